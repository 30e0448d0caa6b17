import { describe, expect, it } from 'vitest';
import type { ReportBrand } from '../../../src/lib/reports/brand.ts';
import { onSite, reportShell } from '../../../src/lib/reports/report-shell.ts';
import { en } from './client-fixture.ts';

const t = en.t.layout;
const brand: ReportBrand = {
  accent: { light: '#0b6b66' },
  logo: { src: '/r/abc/logo-1234.svg', width: 80, height: 40 },
  logoDark: { src: 'https://cdn.example.com/dark.svg' },
  footer: 'Prepared by <strong>Acme Agency</strong>',
};
const input = { title: 'Hafen Bikes · October 2026 report', clientName: 'Hafen Bikes', brand, locked: false };

describe('reportShell of an open page', () => {
  const shell = reportShell(input, t, '/team-playbook/');

  it('names the client and the period in the title, and the client in the header and description', () => {
    expect(shell.title).toBe('Hafen Bikes · October 2026 report');
    expect(shell.clientName).toBe('Hafen Bikes');
    expect(shell.description).toBe('Private report for Hafen Bikes.');
  });

  it('puts a logo path below the base, and leaves an https:// logo as it is', () => {
    expect(shell.logo).toEqual({ src: '/team-playbook/r/abc/logo-1234.svg', width: 80, height: 40 });
    expect(shell.logoDark).toEqual({ src: 'https://cdn.example.com/dark.svg' });
  });

  it('sets the accent and the running head of the printed pages', () => {
    expect(shell.bodyStyle).toBe('--brand-light: #0b6b66');
    expect(shell.htmlStyle).toBe(`--print-header: ${shell.printHeader}`);
    expect(shell.printHeader).toBe("'Hafen Bikes · October 2026 report'");
  });

  it("shows the agency's footer, Rolebook's when it has none, and nothing for an empty one", () => {
    expect(shell.footer).toEqual({ html: brand.footer });
    expect(reportShell({ ...input, brand: { ...brand, footer: undefined } }, t, '/').footer).toEqual({ text: t.footer });
    expect(reportShell({ ...input, brand: { ...brand, footer: '' } }, t, '/').footer).toBeUndefined();
  });

  it('has nothing to seal', () => {
    expect(shell.sealed).toBeUndefined();
  });
});

describe('reportShell of a locked page', () => {
  const shell = reportShell({ ...input, locked: true }, t, '/');

  it('names neither the client nor the period anywhere outside the ciphertext', () => {
    const outside = JSON.stringify({ ...shell, sealed: undefined, printHeader: undefined });
    expect(outside).not.toContain('Hafen');
    expect(outside).not.toContain('October');
    expect(outside).not.toContain('Acme');
    expect(shell.title).toBe(t.privateReport);
    expect(shell.clientName).toBe(t.privateReport);
    expect(shell.description).toBe(t.encryptedDescription);
  });

  it('shows no logo, no accent and no running head outside, and seals the logo and footer with the report', () => {
    expect([shell.logo, shell.logoDark, shell.bodyStyle, shell.htmlStyle]).toEqual([undefined, undefined, undefined, undefined]);
    expect(shell.sealed).toEqual({ logo: brand.logo, footer: brand.footer });
    expect(shell.footer).toBeUndefined();
  });

  it("keeps Rolebook's own footer, which names nobody", () => {
    expect(reportShell({ ...input, brand: { ...brand, footer: undefined }, locked: true }, t, '/').footer).toEqual({ text: t.footer });
  });

  it('seals no footer when the agency has none', () => {
    expect(reportShell({ ...input, brand: { ...brand, footer: '' }, locked: true }, t, '/').sealed?.footer).toBeUndefined();
  });
});

describe('onSite', () => {
  it('leaves no logo unset, and a data: URI as it is', () => {
    expect(onSite(undefined, '/base/')).toBeUndefined();
    expect(onSite({ src: 'data:image/svg+xml;base64,AAAA' }, '/base/')).toEqual({ src: 'data:image/svg+xml;base64,AAAA' });
  });

  it('keeps a path unchanged at the domain root', () => {
    expect(onSite({ src: '/r/abc/logo.svg' }, '/')).toEqual({ src: '/r/abc/logo.svg' });
  });
});
