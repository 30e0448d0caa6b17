/** What the phone-and-paper and printed-PDF browser tests share: paper sizes, opening a drawn report, poppler. */
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { chartsDrawn, openPage, type Browser, type Page } from './browser.ts';
import type { ClientCase } from './reports.ts';

const MM = 96 / 25.4;
/** The printable width in CSS px: the sheet less report.css's `@page` side margins (12 mm each). */
export const PAPER = {
  A4: { width: 210 * MM, height: 297 * MM },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
} as const;
export const SIDE_MARGINS = 2 * 12 * MM;

export const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('PDF text checks skipped: no pdftotext (apt-get install -y poppler-utils)');
    return false;
  }
})();

/** The client's latest month report. */
export const latest = (c: ClientCase) => `/r/${c.token}/${c.periods.at(-1)}/`;

/** A report opened at `viewport`, with every chart drawn. */
export async function openDrawn(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await openPage(browser, viewport);
  await page.goto(url);
  expect((await chartsDrawn(page)).every(Boolean), url).toBe(true);
  return page;
}

/** Boxes that stick out of the printable width, and boxes whose content their overflow clips. */
export function paperProblems(page: Page): Promise<string[]> {
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
