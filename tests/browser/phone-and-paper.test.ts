/**
 * Report pages where clients read them: on a 375 px phone (nothing wider than the screen, the
 * KPI table scrolls in its box with its KPI names kept in view), in dark mode (the dark logo,
 * loaded and shown), and on paper: A4 and Letter, laid out at the printable width with nothing
 * wider than it or clipped, and printed to PDFs whose every page names the client and period.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatter } from '../../src/lib/reports/format.ts';
import { browserTestsEnabled, chartsDrawn, openPage, useBrowserSite, type Browser, type Page } from '../helpers/browser.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { DEMO_CONTENT, REPORT_CASES, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf, type ClientCase } from '../helpers/reports.ts';

const MM = 96 / 25.4;
/** The printable width in CSS px: the sheet less report.css's `@page` side margins (12 mm each). */
const PAPER = {
  A4: { width: 210 * MM, height: 297 * MM },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
} as const;
const SIDE_MARGINS = 2 * 12 * MM;

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('PDF text checks skipped: no pdftotext (apt-get install -y poppler-utils)');
    return false;
  }
})();

const latest = (c: ClientCase) => `/r/${c.token}/${c.periods.at(-1)}/`;

async function openDrawn(browser: Browser, url: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const { page } = await openPage(browser, viewport);
  await page.emulateMedia({ colorScheme });
  await page.goto(url);
  expect((await chartsDrawn(page)).every(Boolean), url).toBe(true);
  return page;
}

/** Boxes that stick out of the printable width, and boxes whose content their overflow clips. */
function paperProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}${el.closest('[data-kpi]') ? `[${el.closest('[data-kpi]')!.getAttribute('data-kpi')}]` : ''}`;
    if (document.scrollingElement!.scrollWidth > width) problems.push(`the page is ${document.scrollingElement!.scrollWidth} px wide`);
    for (const el of document.querySelectorAll('figure, table, .tile, canvas, .scroll, section, h1, h2, p, dl')) {
      if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
      const box = el.getBoundingClientRect();
      if (box.left < -0.5 || box.right > width + 0.5) problems.push(`${name(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} px of ${width}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
      const { overflowX, overflowY } = getComputedStyle(el);
      const clipsX = overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      const clipsY = overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1;
      if (clipsX || clipsY)
        problems.push(
          `${name(el)} clips its content (overflow ${overflowX}/${overflowY}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
    }
    return problems;
  });
}

describe.runIf(browserTestsEnabled())('demo reports on a phone, in dark mode and on paper', () => {
  const site = useBrowserSite(() => inject('demoDist'), { beforeAll, afterAll });
  const cases = casesOf(DEMO_CONTENT);

  it('is no wider than a 375 px phone, and the KPI table scrolls in its box with the KPI names in view', async () => {
    for (const c of cases) {
      const page = await openDrawn(site.browser, `${site.url}${latest(c)}`, { width: 375, height: 812 });
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth), c.name).toBeLessThanOrEqual(0);
      const scroller = page.locator('.kpi-scroll');
      expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth), `${c.name}: the table is wider than a phone`).toBe(true);
      expect(await page.locator('.kpi-scroll .scroll-hint').isVisible(), `${c.name}: the hint shows while the table overflows`).toBe(true);
      await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const hidden = await scroller.evaluate((el) => {
        const port = el.getBoundingClientRect();
        const problems: string[] = [];
        for (const th of el.querySelectorAll<HTMLElement>('tbody th[scope="row"], thead th:first-child')) {
          th.scrollIntoView({ block: 'center', inline: 'nearest' });
          const box = th.getBoundingClientRect();
          // In the box, and on top: the cell at its middle is the KPI name, not a number scrolled under it.
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          if (box.left < port.left - 0.5 || box.right > port.right + 0.5 || !th.contains(top)) problems.push(th.textContent!.trim());
        }
        if (el.scrollLeft === 0) problems.push('the box did not scroll');
        return problems;
      });
      expect(hidden, `${c.name}: KPI names out of view once the table is scrolled right`).toEqual([]);
      // The last platform column came into view.
      const last = page.locator('.kpi-table tbody tr').first().locator('td').last();
      expect(
        await last.evaluate((td, port) => td.getBoundingClientRect().right <= port!.getBoundingClientRect().right + 0.5, await scroller.elementHandle()),
      ).toBe(true);
      await page.close();
    }
  });

  it('shows no scroll hint where the table fits', async () => {
    const page = await openDrawn(site.browser, `${site.url}${latest(cases[0]!)}`, { width: 1280, height: 900 });
    expect(await page.locator('.kpi-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.locator('.scroll-hint').isVisible()).toBe(false);
    await page.close();
  });

  it('shows the dark logo in dark mode and the light one on paper, whatever the scheme', async () => {
    for (const c of cases) {
      const page = await openDrawn(site.browser, `${site.url}${latest(c)}`, { width: 1280, height: 900 }, 'dark');
      const shown = () =>
        page.locator('.brand-bar img.logo').evaluateAll((imgs) =>
          imgs
            .filter((img) => img.getClientRects().length > 0)
            .map((img) => ({
              dark: img.classList.contains('logo-dark'),
              loaded: (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
            })),
        );
      await page.waitForFunction(() => document.querySelector<HTMLImageElement>('img.logo-dark')?.complete);
      expect(await shown(), c.name).toEqual([{ dark: true, loaded: true }]);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await shown(), `${c.name} printed`).toEqual([{ dark: false, loaded: true }]);
      // Paper keeps the light colours: dark text on white.
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.meta')!).color)).toBe('rgb(79, 91, 102)');
      await page.close();
    }
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`lays out on ${format} within the printable width, nothing clipped, without navigation or download`, async () => {
      const width = Math.floor(PAPER[format].width - SIDE_MARGINS);
      for (const c of cases) {
        // Drawn for a wide screen first, as a reader prints what they were looking at.
        const page = await openDrawn(site.browser, `${site.url}${latest(c)}`, { width: 1280, height: 900 });
        await page.setViewportSize({ width, height: 1000 });
        await page.emulateMedia({ media: 'print' });
        expect(await paperProblems(page), `${c.name} on ${format}`).toEqual([]);
        for (const selector of ['.period-nav', 'a[download]', '[data-unlock]', '.scroll-hint', '.private']) {
          expect(await page.locator(selector).first().isVisible(), `${selector} on paper`).toBe(false);
        }
        expect(
          await page
            .locator('.tile')
            .first()
            .evaluate((el) => getComputedStyle(el).breakInside),
        ).toBe('avoid');
        expect(
          await page
            .locator('h2')
            .first()
            .evaluate((el) => getComputedStyle(el).breakAfter),
        ).toBe('avoid');
        await page.close();
      }
    });
  }

  for (const [format, preferCSSPageSize] of [
    ['A4', false],
    ['Letter', false],
    ['A4', true],
  ] as const) {
    it(`prints ${format}${preferCSSPageSize ? ' (CSS page size)' : ''} to a PDF whose every page names the client and period`, async () => {
      const folder = path.join(inject('outputDir'), 'pdf');
      fs.mkdirSync(folder, { recursive: true });
      for (const c of cases) {
        const page = await openDrawn(site.browser, `${site.url}${latest(c)}`, { width: 1280, height: 900 });
        const headings = await page.locator('main h2').allTextContents();
        const pdf = await page.pdf({ format, preferCSSPageSize, printBackground: true });
        await page.close();
        const file = path.join(folder, `${c.source.id}-${format}${preferCSSPageSize ? '-css' : ''}.pdf`);
        fs.writeFileSync(file, pdf);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        if (!hasPoppler) continue;
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
        // A month's report: more than a cover, less than a page per section twice over.
        expect(pages, `${c.name} ${format}`).toBeGreaterThanOrEqual(3);
        expect(pages, `${c.name} ${format}`).toBeLessThanOrEqual(2 * headings.length);
        const period = formatter(c.source.client!.data.locale, 'EUR').period(c.byKind.month.at(-1)!);
        // pdftotext ends each page with a form feed: one run gives every page's text.
        const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
        expect(texts.length - 1, `${c.name} ${format}: pages in the text`).toBe(pages);
        for (let n = 1; n <= pages; n += 1) {
          const text = texts[n - 1]!;
          expect(text, `${c.name} ${format} page ${n}`).toContain(c.name);
          expect(text, `${c.name} ${format} page ${n}`).toContain(period);
          expect(text, `${c.name} ${format} page ${n}`).toMatch(new RegExp(`\\b${n} ?/ ?${pages}\\b`));
          // No section heading is the last thing on a page (the page number aside).
          const lines = text
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line && !/^\d+ ?\/ ?\d+$/.test(line));
          expect(headings, `${c.name} ${format} page ${n} ends with a heading`).not.toContain(lines.at(-1));
        }
        // For looking at, when the run's output is kept (ROLEBOOK_KEEP_TEST_OUTPUT=1): tests/.output/run-*/pdf/*.png.
        if (process.env.ROLEBOOK_KEEP_TEST_OUTPUT) execFileSync('pdftoppm', ['-png', '-r', '50', file, file.replace(/\.pdf$/, '')]);
      }
    });
  }
});

describe.runIf(browserTestsEnabled())('a passphrase report on paper', () => {
  const site = useBrowserSite(() => inject('reportsDist'), { beforeAll, afterAll });
  const root = copyRoot(VALID_FIXTURE);
  fs.cpSync(REPORT_CASES, root, { recursive: true });
  const locked = casesOf(root).find((c) => c.source.id === 'locked-client')!;

  it('names the client on printed pages only once the page is open, and prints no unlock form', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.url}/r/${locked.token}/2026-02/`);
    const head = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-header'));
    expect(await head()).toBe('');
    await page.getByLabel('Passphrase').fill(inject('lockedPassphrase'));
    await page.getByRole('button', { name: 'Open report' }).click();
    await page.locator('.tile').first().waitFor({ timeout: 20_000 });
    expect(await head()).toMatch(/^'Locked Client Ltd · .*2026.*'$/);
    expect(await page.locator('.sealed-footer').textContent()).toBe('Sealed footer of Locked Client Ltd');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-unlock]').isVisible()).toBe(false);
    if (hasPoppler) {
      const file = path.join(inject('outputDir'), 'locked-A4.pdf');
      fs.writeFileSync(file, await page.pdf({ format: 'A4' }));
      expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' })).toMatch(/Locked Client Ltd · /);
    }
    await page.close();
  });
});
