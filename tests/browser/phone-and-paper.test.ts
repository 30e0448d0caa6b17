/**
 * Report pages where clients read them: on a 375 px phone (nothing wider than the screen, the
 * KPI table scrolls in its box with its KPI names kept in view), in dark mode (the dark logo,
 * loaded and shown), and laid out for A4 and Letter at the printable width with nothing wider
 * than it or clipped. The printed PDFs are checked in printed-pdf.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, openPage, useBrowserSite } from '../helpers/browser.ts';
import { latest, openDrawn, PAPER, paperProblems, SIDE_MARGINS } from '../helpers/paper.ts';
import { DEMO_CONTENT } from '../helpers/paths.ts';
import { casesOf } from '../helpers/reports.ts';

describe.runIf(browserTestsEnabled())('demo reports on a phone, in dark mode and laid out for paper', () => {
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
    const { page } = await openPage(site.browser, { width: 1280, height: 900 });
    await page.goto(`${site.url}${latest(cases[0]!)}`);
    expect(await page.locator('.kpi-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.locator('.scroll-hint').isVisible()).toBe(false);
    await page.close();
  });

  it('shows the dark logo in dark mode and the light one on paper, whatever the scheme', async () => {
    for (const c of cases) {
      // The logos only: the charts need not be drawn (the other tests here draw them).
      const { page } = await openPage(site.browser, { width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${site.url}${latest(c)}`);
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

  it('lays out on A4 and Letter within the printable width, nothing clipped, without navigation or download', async () => {
    for (const c of cases) {
      // Drawn for a wide screen first, as a reader prints what they were looking at; then each
      // paper width in turn, in the one page.
      const page = await openDrawn(site.browser, `${site.url}${latest(c)}`, { width: 1280, height: 900 });
      await page.emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter'] as const) {
        await page.setViewportSize({ width: Math.floor(PAPER[format].width - SIDE_MARGINS), height: 1000 });
        expect(await paperProblems(page), `${c.name} on ${format}`).toEqual([]);
        for (const selector of ['.period-nav', 'a[download]', '[data-unlock]', '.scroll-hint', '.private']) {
          expect(await page.locator(selector).first().isVisible(), `${selector} on ${format}`).toBe(false);
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
      }
      await page.close();
    }
  });
});
