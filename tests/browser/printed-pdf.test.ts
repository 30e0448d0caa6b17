/**
 * Reports printed to PDF in Chromium, A4 and Letter (and A4 by the page's own CSS size): every
 * page names the client and the period and carries its page number, and no page ends with a
 * section heading; a passphrase client's printed page names the client only once unlocked.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatter } from '../../src/lib/reports/format.ts';
import { browserTestsEnabled, openPage, useBrowserSite } from '../helpers/browser.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { hasPoppler, latest, openDrawn } from '../helpers/paper.ts';
import { DEMO_CONTENT, REPORT_CASES, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf } from '../helpers/reports.ts';

describe.runIf(browserTestsEnabled())('demo reports printed to PDF', () => {
  const site = useBrowserSite(() => inject('demoDist'), { beforeAll, afterAll });
  const cases = casesOf(DEMO_CONTENT);

  const FORMATS = [
    ['A4', false],
    ['Letter', false],
    ['A4', true],
  ] as const;

  // One page load per client, printed in every format: a reader prints the page they have open.
  for (const c of cases) {
    it(`prints ${c.name}'s latest report to A4, Letter and A4 by its CSS page size, every page naming the client and period`, async () => {
      const folder = path.join(inject('outputDir'), 'pdf');
      fs.mkdirSync(folder, { recursive: true });
      const page = await openDrawn(site.browser, `${site.url}${latest(c)}`, { width: 1280, height: 900 });
      const headings = await page.locator('main h2').allTextContents();
      const period = formatter(c.source.client!.data.locale, 'EUR').period(c.byKind.month.at(-1)!);
      for (const [format, preferCSSPageSize] of FORMATS) {
        const what = `${c.name} ${format}${preferCSSPageSize ? ' (CSS page size)' : ''}`;
        const pdf = await page.pdf({ format, preferCSSPageSize, printBackground: true });
        const file = path.join(folder, `${c.source.id}-${format}${preferCSSPageSize ? '-css' : ''}.pdf`);
        fs.writeFileSync(file, pdf);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        if (!hasPoppler) continue;
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
        // A month's report: more than a cover, less than a page per section twice over.
        expect(pages, what).toBeGreaterThanOrEqual(3);
        expect(pages, what).toBeLessThanOrEqual(2 * headings.length);
        // pdftotext ends each page with a form feed: one run gives every page's text.
        const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
        expect(texts.length - 1, `${what}: pages in the text`).toBe(pages);
        for (let n = 1; n <= pages; n += 1) {
          const text = texts[n - 1]!;
          expect(text, `${what} page ${n}`).toContain(c.name);
          expect(text, `${what} page ${n}`).toContain(period);
          expect(text, `${what} page ${n}`).toMatch(new RegExp(`\\b${n} ?/ ?${pages}\\b`));
          // No section heading is the last thing on a page (the page number aside).
          const lines = text
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line && !/^\d+ ?\/ ?\d+$/.test(line));
          expect(headings, `${what} page ${n} ends with a heading`).not.toContain(lines.at(-1));
        }
        // For looking at, when the run's output is kept (ROLEBOOK_KEEP_TEST_OUTPUT=1): tests/.output/run-*/pdf/*.png.
        if (process.env.ROLEBOOK_KEEP_TEST_OUTPUT) execFileSync('pdftoppm', ['-png', '-r', '50', file, file.replace(/\.pdf$/, '')]);
      }
      await page.close();
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
