/**
 * White-label reports as built: the logo keeps its shape in a box reserved before it loads, the
 * accent reaches 3:1 in both schemes, the agency's footer replaces Rolebook's (and Rolebook is
 * named only where the agency leaves the default), and printed pages get the client and period.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { decryptText, parsePayload } from '../../src/lib/crypto/page-crypto.ts';
import { NON_TEXT_CONTRAST, schemeContrast } from '../../src/lib/reports/accent.ts';
import { readText } from '../helpers/dist.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { loadPage, textOf } from '../helpers/html.ts';
import { DEMO_CONTENT, REPORT_CASES, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf, type ClientCase } from '../helpers/reports.ts';

const demo = inject('demoDist');
const demoCases = casesOf(DEMO_CONTENT);
const pagesOf = (c: ClientCase) => [`r/${c.token}/index.html`, `r/${c.token}/${c.periods.at(-1)}/index.html`];

/** An SVG's shape from its viewBox, read here with a regex of its own (not the code under test). */
function viewBoxRatio(file: string): number {
  const [, , width, height] = /viewBox="([^"]+)"/.exec(fs.readFileSync(file, 'utf8'))![1]!.split(/\s+/).map(Number);
  return width! / height!;
}

describe('demo report branding', () => {
  it('draws each logo 40 px high with its own shape, in a box its width and height attributes reserve', () => {
    let logos = 0;
    for (const c of demoCases) {
      const branding = c.source.client!.data.branding;
      for (const file of pagesOf(c)) {
        const $ = loadPage(demo, file);
        for (const [selector, name] of [
          ['img.logo:not(.logo-dark)', branding.logo],
          ['img.logo-dark', branding.logoDark],
        ] as const) {
          const img = $(`.brand-bar ${selector}`);
          expect(img, `${file} ${selector}`).toHaveLength(1);
          const [width, height] = [Number(img.attr('width')), Number(img.attr('height'))];
          expect(height, file).toBe(40);
          // Rounded to whole pixels: the shape is right to within half a pixel of width.
          expect(Math.abs(width - 40 * viewBoxRatio(path.join(DEMO_CONTENT, 'clients', c.source.id, name!))), `${file} ${selector}`).toBeLessThanOrEqual(0.5);
          expect(width / height, 'a wordmark, not a square').toBeGreaterThan(3);
          expect(fs.existsSync(path.join(demo, img.attr('src')!)), img.attr('src')).toBe(true);
          logos += 1;
        }
      }
    }
    expect(logos).toBe(demoCases.length * 4);
  });

  it('sets the accent for both schemes, each at least 3:1 against its page', () => {
    for (const c of demoCases) {
      const style = loadPage(demo, pagesOf(c)[1]!)('body').attr('style') ?? '';
      const light = /--brand-light: (#[0-9a-f]{6})/.exec(style)?.[1];
      const dark = /--brand-dark: (#[0-9a-f]{6})/.exec(style)?.[1];
      expect(light, c.name).toBe(c.source.client!.data.branding.accent!.toLowerCase());
      expect(schemeContrast(light!, 'light'), c.name).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
      expect(schemeContrast(dark!, 'dark'), c.name).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
    }
  });

  it("shows the agency's footer instead of Rolebook's, and then names Rolebook nowhere on the page", () => {
    const withFooter = demoCases.filter((c) => c.source.client!.data.branding.footer);
    const withDefault = demoCases.filter((c) => !c.source.client!.data.branding.footer);
    expect(withFooter.length).toBeGreaterThan(0);
    expect(withDefault.length).toBeGreaterThan(0);
    for (const c of withFooter) {
      for (const file of pagesOf(c)) {
        const $ = loadPage(demo, file);
        expect($('.report-footer strong').text(), file).toBe('Kaimauer Social');
        expect($('.report-footer a').attr('href'), file).toBe('https://kaimauer.example');
        expect(textOf($, 'body'), file).not.toMatch(/rolebook/i);
        expect($('title').text() + ($('meta[name="description"]').attr('content') ?? ''), file).not.toMatch(/rolebook/i);
      }
    }
    for (const c of withDefault) {
      for (const file of pagesOf(c)) expect(textOf(loadPage(demo, file), '.report-footer'), file).toMatch(/^Prepared with Rolebook\./);
    }
  });

  it('gives printed pages a running head with the client and the period', () => {
    for (const c of demoCases) {
      const $ = loadPage(demo, pagesOf(c)[1]!);
      const head = $('html').attr('style') ?? '';
      expect(head, c.name).toMatch(/^--print-header: '.*'$/);
      expect(head, c.name).toContain(c.name);
      expect(head, c.name).toContain('2026');
    }
  });
});

describe('branding of fixture clients: payloads and a passphrase', () => {
  const dist = inject('reportsDist');
  const root = copyRoot(VALID_FIXTURE);
  fs.cpSync(REPORT_CASES, root, { recursive: true });
  const cases = casesOf(root);
  const byId = (id: string) => cases.find((c) => c.source.id === id)!;

  it('shows HTML in a footer as the characters typed, never as elements', () => {
    const evil = byId('evil-corp');
    for (const file of pagesOf(evil)) {
      const $ = loadPage(dist, file);
      expect($('.report-footer b, .report-footer img, .report-footer [onmouseover]'), file).toHaveLength(0);
      expect(textOf($, '.report-footer'), file).toContain(`Made by <b onmouseover="window.__xss='footer'">Evil</b>`);
      expect($('.report-footer a').attr('href')).toBe('https://evil.example');
    }
  });

  it("seals a passphrase client's footer with its report: outside the ciphertext there is none", async () => {
    const locked = byId('locked-client');
    const page = `r/${locked.token}/2026-02/index.html`;
    const html = readText(dist, page);
    expect(html).not.toContain('Sealed footer');
    const $ = loadPage(dist, page);
    expect($('.report-footer')).toHaveLength(0);
    expect($('html').attr('style')).toBeUndefined();
    const opened = cheerio.load(
      await decryptText(parsePayload($('[data-encrypted-payload]').text()), inject('lockedPassphrase'), `/${page.replace('index.html', '')}`),
    );
    expect(opened('.report-footer').text()).toBe('Sealed footer of Locked Client Ltd');
    expect(opened('[data-print-header]').attr('data-print-header')).toMatch(/^'Locked Client Ltd · .*2026.*'$/);
  });
});
