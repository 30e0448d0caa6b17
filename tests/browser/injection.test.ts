/**
 * Content strings are data: the valid fixture with tests/fixtures/injection/ laid over it puts
 * HTML and script payloads in every string an author controls in YAML and frontmatter. Built
 * once, every page type is opened in Chromium (report charts hovered for their tooltips) and
 * no payload may run, open a dialog or become markup; titles, meta descriptions and embedded
 * JSON carry the payloads as text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { browserTestsEnabled, openPage, scrollThroughCharts, useBrowserSite, type Page } from '../helpers/browser.ts';
import { astroBuild } from '../helpers/build.ts';
import { listFiles } from '../helpers/dist.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { loadPage } from '../helpers/html.ts';
import { htmlFile, pageTypes, type PageType } from '../helpers/links.ts';
import { EDIT_BASE, FIXTURES, VALID_FIXTURE } from '../helpers/paths.ts';
import { clientCases } from '../helpers/reports.ts';

/** What the fixture appends to every text field (see tests/fixtures/injection/). */
const PAYLOAD = [
  '</script><script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '"><svg onload=window.__xss=3>',
  '{{7*7}} ${window.__xss=5}',
  '--> <!--',
].join(' ');
/** Written alone in list fields a link could be made of (tools, team members, highlights, glossary). */
const JS_URL = 'javascript:window.__xss=4';

/** Pages whose `<title>` and description are made from content strings (the others are fixed text). */
const CONTENT_HEAD = new Set([
  'role',
  'role (latest alias)',
  'compare',
  'matrix per role',
  'KPI',
  'onboarding',
  'report hub',
  'report',
  'report with commentary',
]);

const root = copyRoot(VALID_FIXTURE);
fs.cpSync(path.join(FIXTURES, 'injection'), root, { recursive: true, filter: (source) => path.basename(source) !== 'README.md' });
const dist = path.join(inject('outputDir'), 'injectionDist');

function injectionPages(): PageType[] {
  const { tree } = checkContent(root);
  const client = clientCases(tree)[0]!;
  const commented = client.source.reports[0]!.id;
  return [...pageTypes(root), { name: 'report with commentary', url: `/r/${client.token}/${commented}/` }];
}

beforeAll(() => {
  const { problems } = checkContent(root);
  if (problems.length) throw new Error(`the injection fixture has content problems:\n${problems.map((p) => formatProblem(p)).join('\n')}`);
  const { status, output } = astroBuild(root, dist, { ROLEBOOK_EDIT_URL: EDIT_BASE });
  if (status !== 0) throw new Error(`astro build of the injection fixture failed:\n${output}`);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Attributes a browser follows or loads as a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset'];

/** Every attribute that runs code or navigates to code, as `page: <tag attr="…">`. */
function scriptAttributes(file: string): string[] {
  const $ = loadPage(dist, file);
  const found: string[] = [];
  $('*').each((_, element) => {
    const node = $(element);
    for (const [name, value] of Object.entries(node.attr() ?? {})) {
      const url = URL_ATTRIBUTES.includes(name) && /^\s*javascript:/i.test(value);
      if (/^on/i.test(name) || url) found.push(`${file}: <${node.prop('tagName')?.toLowerCase()} ${name}="${value.slice(0, 40)}">`);
    }
  });
  return found;
}

describe('the injection site as built', () => {
  it('has no inline event handler or javascript: URL on any page (Rolebook writes none)', () => {
    const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.flatMap(scriptAttributes)).toEqual([]);
  });

  it('builds every page type', () => {
    for (const { url } of injectionPages()) expect(fs.existsSync(path.join(dist, htmlFile(url))), url).toBe(true);
  });

  it('gives glossary links the definition, payload included, as a plain title', () => {
    const role = injectionPages().find((p) => p.name === 'role')!;
    const titles = loadPage(
      dist,
      htmlFile(role.url),
    )('a.term[title]')
      .map((_, a) => a.attribs.title!)
      .get();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((title) => title.startsWith(JS_URL) && title.includes(PAYLOAD))).toBe(true);
  });

  it('refuses a javascript: logo, the one link-like field, before anything is built', () => {
    const evil = copyRoot(root);
    const clientFile = path.join(evil, 'clients/tiny-bakery/client.yaml');
    fs.writeFileSync(clientFile, fs.readFileSync(clientFile, 'utf8').replace(/logo: '[^']*'/, `logo: '${JS_URL}'`));
    const messages = checkContent(evil).problems.map((p) => formatProblem(p));
    fs.rmSync(evil, { recursive: true, force: true });
    expect(messages).toEqual([expect.stringMatching(/^clients\/tiny-bakery\/client\.yaml:\d+: branding\.logo: /)]);
  });
});

interface PageFindings {
  xss: unknown;
  handlers: string[];
  title: string;
  description: string;
  text: string;
  json: { parsed: boolean; strings: string[] }[];
}

/** What a page looks like to a script after the payloads had every chance to run. */
function findings(page: Page): Promise<PageFindings> {
  return page.evaluate((urlAttributes) => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((a) => /^on/i.test(a.name) || (urlAttributes.includes(a.name) && /^\s*javascript:/i.test(a.value)))
          .map((a) => `<${element.localName} ${a.name}>`),
      ),
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      text: document.body.textContent ?? '',
      json: [...document.querySelectorAll('script[type="application/json"]')].map((script) => {
        try {
          return { parsed: true, strings: strings(JSON.parse(script.textContent ?? '')) };
        } catch {
          return { parsed: false, strings: [] };
        }
      }),
    };
  }, URL_ATTRIBUTES);
}

/** Moves the mouse across every chart canvas so the island draws its readouts from the labels. */
async function hoverCharts(page: Page): Promise<number> {
  await scrollThroughCharts(page);
  const canvases = await page.locator('figure[data-chart] canvas').all();
  for (const canvas of canvases) {
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    for (const x of [0.1, 0.3, 0.5, 0.7, 0.9]) await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.5, { steps: 3 });
  }
  return canvases.length;
}

describe.runIf(browserTestsEnabled())('the injection site in Chromium', () => {
  const site = useBrowserSite(() => dist, { beforeAll, afterAll });

  for (const { name, url } of injectionPages()) {
    it(`runs no payload and shows it as text: ${name}`, async () => {
      const { page } = await openPage(site.browser);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${site.url}${url}`);
      if (name.startsWith('report') && name !== 'report hub') expect(await hoverCharts(page)).toBeGreaterThan(0);
      await page.locator('h1').hover();
      const found = await findings(page);
      expect(found.xss, 'window.__xss').toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(found.handlers).toEqual([]);
      expect(found.text).toContain(PAYLOAD);
      if (CONTENT_HEAD.has(name)) {
        expect(found.title).toContain(PAYLOAD);
        expect(found.description).toContain(PAYLOAD);
      }
      expect(found.json.every((script) => script.parsed)).toBe(true);
      if (name.startsWith('report') && name !== 'report hub') {
        expect(found.json.length).toBeGreaterThan(0);
        for (const script of found.json) expect(script.strings.some((s) => s.includes(PAYLOAD))).toBe(true);
      }
      await page.close();
    });
  }

  it('lists search results with payload titles as text', async () => {
    const { page, errors } = await openPage(site.browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.url}/playbook/`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-input').fill('Account Lead');
    // Once under a loaded CI run no result came in 30 s: say what the search showed and what failed.
    await page
      .locator('.results li a')
      .first()
      .waitFor()
      .catch(async (error: Error) => {
        throw new Error(
          `${error.message}\nsearch status: "${await page.locator('rolebook-search .status').textContent()}"\npage errors: ${errors.join('; ') || 'none'}`,
        );
      });
    const titles = await page.locator('.results li a').allTextContents();
    expect(titles.some((title) => title.includes(PAYLOAD))).toBe(true);
    const found = await findings(page);
    expect(found.xss).toBeUndefined();
    expect(found.handlers).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
