/**
 * "Any static host": the fixture (with the report cases) built with
 * ROLEBOOK_SITE=https://org.github.io/team-playbook/, as GitHub Pages serves a project site.
 * Every URL is below /team-playbook/, canonical links are absolute, the sitemap lists playbook
 * pages and never a report, and robots.txt keeps crawlers out of the reports below the base.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { listFiles, readText } from '../helpers/dist.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { loadPage } from '../helpers/html.ts';
import { brokenLinks } from '../helpers/links.ts';
import { REPORT_CASES, SUBPATH_BASE, SUBPATH_SECRET, SUBPATH_SITE, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf } from '../helpers/reports.ts';

const dist = inject('subpathDist');
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const root = copyRoot(VALID_FIXTURE);
fs.cpSync(REPORT_CASES, root, { recursive: true, filter: (source) => path.basename(source) !== 'README.md' });
const cases = casesOf(root, { ROLEBOOK_SHARE_SECRET: SUBPATH_SECRET });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Every href and src of every built HTML page, with the page it is on. */
function allLinks(): { page: string; link: string }[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .flatMap((page) => {
      const $ = cheerio.load(readText(dist, page));
      return $('[href], [src]')
        .get()
        .flatMap((element) => ['href', 'src'].map((name) => $(element).attr(name)).filter((link) => link !== undefined))
        .map((link) => ({ page, link: link.trim() }));
    });
}

describe('a site built for https://org.github.io/team-playbook/', () => {
  it('starts every root-relative href and src with /team-playbook/', () => {
    const links = allLinks();
    expect(links.length).toBeGreaterThan(1000);
    const outside = links.filter(({ link }) => link.startsWith('/') && !link.startsWith('//') && !link.startsWith(SUBPATH_BASE));
    expect(outside).toEqual([]);
    // What is left: absolute URLs (canonical links, edit links), anchors and relative links.
    const other = links.filter(({ link }) => !link.startsWith('/'));
    for (const { page, link } of other) expect(SCHEME.test(link) || link.startsWith('#') || /^[\w.-]/.test(link), `${page}: ${link}`).toBe(true);
  });

  it('has no broken internal link or anchor when served below /team-playbook/', () => {
    expect(brokenLinks(dist, SUBPATH_BASE)).toEqual([]);
  });

  // The fixture's pages mention no glossary term in their text, so the glossary links' base is
  // covered by tests/lib/playbook/views/rehype-glossary-links.test.ts; any that exist are checked here.
  it('links the version switcher, the header and any glossary terms below the base', () => {
    const $ = loadPage(dist, 'playbook/1.0/roles/support-agent/index.html');
    expect($('a.brand').attr('href')).toBe(SUBPATH_BASE);
    expect($('link[rel="icon"]').attr('href')).toBe(`${SUBPATH_BASE}favicon.svg`);
    const switcher = $('a[data-same-page]')
      .map((_, a) => a.attribs.href)
      .get();
    expect(switcher).toContain(`${SUBPATH_BASE}playbook/next/roles/support-agent/`);
    const glossary = listFiles(dist)
      .filter((file) => file.startsWith('playbook/') && file.endsWith('.html'))
      .flatMap((file) =>
        loadPage(
          dist,
          file,
        )('a[href*="/glossary/#"]')
          .map((_, a) => a.attribs.href)
          .get(),
      );
    for (const href of glossary) expect(href).toMatch(/^\/team-playbook\/playbook\/(\d+\.\d+|next)\/glossary\/#term-/);
  });

  it('loads the search index from below the base and gives results URLs below it', () => {
    const scripts = listFiles(dist).filter((file) => file.startsWith('_astro/') && file.endsWith('.js'));
    const search =
      scripts.map((file) => readText(dist, file)).find((text) => text.includes('pagefind/pagefind.js')) ??
      loadPage(dist, 'playbook/1.0/index.html')('script').text();
    expect(search).toContain('/team-playbook/');
    expect(search).toContain('baseUrl');
    expect(fs.existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('gives every page an absolute canonical link, the versioned URL on an alias page', () => {
    const canonical = (file: string) => loadPage(dist, file)('link[rel="canonical"]').attr('href');
    expect(canonical('index.html')).toBe(SUBPATH_SITE);
    expect(canonical('playbook/1.0/roles/account-lead/index.html')).toBe(`${SUBPATH_SITE}playbook/1.0/roles/account-lead/`);
    expect(canonical('playbook/roles/account-lead/index.html')).toBe(`${SUBPATH_SITE}playbook/1.0/roles/account-lead/`);
  });

  it('links a report hub, its reports and their data.csv below the base, and scopes the passphrase there', () => {
    const open = cases.find((c) => c.source.id === 'tiny-bakery')!;
    const hub = loadPage(dist, `r/${open.token}/index.html`);
    const period = open.periods.at(-1)!;
    expect(hub(`a[href="${period}/"]`).length).toBeGreaterThan(0);
    const report = loadPage(dist, `r/${open.token}/${period}/index.html`);
    expect(report('a[download]').attr('href')).toBe('data.csv');
    expect(fs.existsSync(path.join(dist, `r/${open.token}/${period}/data.csv`))).toBe(true);
    const locked = cases.find((c) => c.source.id === 'locked-client')!;
    expect(loadPage(dist, `r/${locked.token}/index.html`)('form[data-scope]').attr('data-scope')).toBe(`${SUBPATH_BASE}r/${locked.token}/`);
  });

  it('writes a sitemap of the home page and versioned playbook pages, never a report or an alias', () => {
    const index = readText(dist, 'sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps).toEqual([`${SUBPATH_SITE}sitemap-0.xml`]);
    const urls = [...readText(dist, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls).toContain(SUBPATH_SITE);
    expect(urls).toContain(`${SUBPATH_SITE}playbook/1.0/roles/account-lead/`);
    expect(urls).toContain(`${SUBPATH_SITE}playbook/next/`);
    for (const url of urls) {
      expect(url.startsWith(SUBPATH_SITE), url).toBe(true);
      expect(url, url).not.toContain('/r/');
      expect(url === SUBPATH_SITE || /^playbook\/(\d+\.\d+|next)\//.test(url.slice(SUBPATH_SITE.length)), url).toBe(true);
    }
    for (const c of cases) expect(urls.join('\n')).not.toContain(c.token);
  });

  it('keeps crawlers out of the reports below the base and names the sitemap in robots.txt', () => {
    expect(readText(dist, 'robots.txt')).toBe(`User-agent: *\nDisallow: /team-playbook/r/\n\nSitemap: ${SUBPATH_SITE}sitemap-index.xml\n`);
  });
});

describe('a site built without ROLEBOOK_SITE', () => {
  const plain = inject('fixtureDist');

  it('writes no sitemap, and robots.txt names none', () => {
    expect(listFiles(plain).filter((file) => file.includes('sitemap'))).toEqual([]);
    expect(readText(plain, 'robots.txt')).toBe('User-agent: *\nDisallow: /r/\n');
  });

  it('gives a canonical link only where the page is an alias, as a root-relative path', () => {
    expect(loadPage(plain, 'playbook/roles/account-lead/index.html')('link[rel="canonical"]').attr('href')).toBe('/playbook/1.0/roles/account-lead/');
    expect(loadPage(plain, 'playbook/1.0/roles/account-lead/index.html')('link[rel="canonical"]').length).toBe(0);
  });
});
