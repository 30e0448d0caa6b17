/**
 * Nothing of the demo in another agency's site: the fixture content root (its own roles, client
 * and logo) builds pages that say only what its content says, with no demo words, files or
 * client names; a client's logo is published only in that client's report folder (a passphrase
 * client's, tests/fixtures/report-cases/clients/locked-client/logo.svg, not at all: see the
 * "publishes nothing readable" test of reports.test.ts); and a root
 * with a playbook but no clients/, reports or versions/ builds quietly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { astroBuild } from '../helpers/build.ts';
import { listFiles, readText } from '../helpers/dist.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { loadPage, textOf } from '../helpers/html.ts';
import { DEMO_CONTENT, PROJECT, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf } from '../helpers/reports.ts';

/** Words of the demo content (its fields, roles, platforms and clients) no other agency's site may carry. */
const DEMO_WORDS = /social media|community manag|moderat|marketer|instagram|tiktok|northwind|hafen|brightpath/i;
const TEXT_FILE = /\.(?:html|js|css|json|svg|txt|xml|csv)$/;

describe("the fixture agency's site", () => {
  const dist = inject('fixtureDist');
  const $ = loadPage(dist, 'index.html');

  it('introduces the playbook with its own role titles', () => {
    expect(textOf($, '.lead')).toMatch(
      /^Who does what in the agency, role by role: Account Lead and Support Agent\. How each role's success is measured and how a new hire gets started\. /,
    );
    expect($('meta[name="description"]').attr('content')).toBe(
      "The agency playbook: who does what (Account Lead and Support Agent), how each role's success is measured, and how a new hire gets started.",
    );
    const home = loadPage(dist, 'playbook/index.html');
    expect(textOf(home, '.lead')).toContain('role by role: Account Lead and Support Agent.');
  });

  it("carries none of the demo's words or client names in any file", () => {
    const carrying = listFiles(dist).filter((file) => TEXT_FILE.test(file) && DEMO_WORDS.test(readText(dist, file)));
    expect(carrying).toEqual([]);
  });

  it('names the KPIs where lower is better instead of assuming which they are', () => {
    const kpis = loadPage(dist, 'playbook/kpis/index.html');
    expect(textOf(kpis, 'p.muted')).toMatch(/^(?:Higher is better for every KPI(?: except .+, where lower is better)?|Lower is better for every KPI)\.$/);
  });

  it("publishes the client's logos only in its report folder, under names that do not name it", () => {
    const [client] = casesOf(VALID_FIXTURE);
    const logos = listFiles(dist).filter((file) => /logo/i.test(file));
    expect(logos).toHaveLength(2);
    for (const file of logos) expect(file).toMatch(new RegExp(`^r/${client!.token}/logo-(?:dark-)?[0-9a-f]{12}\\.svg$`));
    const source = (name: string) => fs.readFileSync(path.join(VALID_FIXTURE, 'clients/tiny-bakery', name), 'utf8');
    expect(logos.map((file) => readText(dist, file)).sort()).toEqual([source('logo-dark.svg'), source('logo.svg')].sort());
    const hub = loadPage(dist, `r/${client!.token}/index.html`);
    expect(hub('.brand-bar img.logo:not(.logo-dark)').attr('src')).toBe(`/${logos.find((f) => !f.includes('dark'))}`);
    expect(hub('.brand-bar img.logo-dark').attr('src')).toBe(`/${logos.find((f) => f.includes('dark'))}`);
  });

  it('ships a public/ folder with nothing client-specific', () => {
    expect(listFiles(path.join(PROJECT, 'public'))).toEqual(['favicon.svg']);
    for (const id of fs.readdirSync(path.join(DEMO_CONTENT, 'clients'))) {
      expect(
        listFiles(path.join(PROJECT, 'public')).some((file) => file.includes(id)),
        id,
      ).toBe(false);
    }
  });
});

describe('a content root with a playbook and nothing else', () => {
  const root = copyRoot(VALID_FIXTURE);
  fs.rmSync(path.join(root, 'clients'), { recursive: true });
  fs.rmSync(path.join(root, 'versions'), { recursive: true });
  const outDir = path.join(inject('outputDir'), 'playbook-only');
  const { status, output } = astroBuild(root, outDir, { ROLEBOOK_SHARE_SECRET: 'a-secret-for-the-playbook-only-test' });

  it('builds with exit 0 and no warning', () => {
    expect(status, output).toBe(0);
    expect(output).not.toContain('does not exist or is empty');
    expect(output).not.toContain('No files found matching');
    expect(output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
  });

  it('builds the draft playbook and no report folder', () => {
    expect(fs.existsSync(path.join(outDir, 'playbook/next/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(outDir, 'r'))).toBe(false);
    expect(textOf(loadPage(outDir, 'index.html'), '.lead')).toContain('role by role: Account Lead and Support Agent.');
  });
});
