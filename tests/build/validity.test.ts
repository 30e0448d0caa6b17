/**
 * The demo site is valid HTML on every page type (html-validate, configured here rather than in
 * a config file), and no internal link or anchor anywhere in `dist/` is broken.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { brokenLinks, htmlFile, pageTypes } from '../helpers/links.ts';
import { DEMO_CONTENT } from '../helpers/paths.ts';

const dist = inject('demoDist');

const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Lists may carry a name (in WAI-ARIA, role list takes its name from the author): the traits,
    // tiles and matrix-legend lists are named so a screen reader says what the list is. The rule
    // still refuses aria-label on elements whose role cannot take a name.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // A wide table scrolls in a focusable `<div role="region" aria-label>` so keyboard users can
    // scroll it: a scroll container, not a thematic section of the document. Every other
    // prefer-native-element case stays an error.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // compressHTML: true collapses whitespace without removing it, so a line break of the source
    // (inside a Markdown paragraph, between a word and a link) stays as one character, sometimes
    // at a line end. Removing it would glue words together (tests/build/spacing.test.ts).
    'no-trailing-whitespace': 'off',
  },
};

describe('html-validate on every page type of the demo site', () => {
  const validator = new HtmlValidate(new StaticConfigLoader(CONFIG));

  for (const { name, url } of pageTypes(DEMO_CONTENT)) {
    it(`has no errors: ${name} (${url})`, async () => {
      const report = await validator.validateString(fs.readFileSync(path.join(dist, htmlFile(url)), 'utf8'), url);
      const messages = report.results.flatMap((result) => result.messages).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
      expect(messages).toEqual([]);
    });
  }

  it('is configured to find errors (a page with a duplicate id and a stray end tag fails)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a">x</p><p id="a">y</div></body></html>',
    );
    const rules = report.results.flatMap((result) => result.messages).map((m) => m.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'close-order']));
  });
});

describe('internal links and anchors over the whole demo dist/', () => {
  it('has no broken link or anchor on any page', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('ships the search script the search island imports at run time', () => {
    expect(fs.existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });
});

describe('the link checker', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-links-'));
  afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

  it('reports every broken link and anchor at once, and accepts the working ones', () => {
    const write = (file: string, html: string) => {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), `<!doctype html><html><body>${html}</body></html>`);
    };
    write(
      'index.html',
      '<h1 id="top">x</h1><a href="/docs/">ok</a><a href="docs/#intro">ok</a><a href="/docs/#missing">bad anchor</a><a href="/nowhere/">bad</a><a href="#top">ok</a><a href="#gone">bad</a>',
    );
    write(
      'docs/index.html',
      '<h2 id="intro">x</h2><a href="../">ok</a><a href="page.html">ok</a><a href="./pages/">bad</a><img src="pic.png"><a href="https://example.com/x">external</a><script src="/pagefind/pagefind.js"></script>',
    );
    write('docs/page.html', '<a href="/docs">ok, a folder</a><a href="mailto:a@b.c">external</a>');
    expect(brokenLinks(site).sort()).toEqual(
      [
        '/ → /docs/#missing (no element with id "missing")',
        '/ → /nowhere/ (no such file)',
        '/ → #gone (no element with id "gone")',
        '/docs/ → ./pages/ (no such file)',
        '/docs/ → pic.png (no such file)',
      ].sort(),
    );
  });
});
