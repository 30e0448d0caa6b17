/**
 * Debian's Chromium driven by playwright-core. Browser tests run when Chromium is installed;
 * under CI=true a missing Chromium fails the run instead of skipping it silently.
 */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveDir } from './serve.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export const chromiumPath = CANDIDATES.find((candidate) => fs.existsSync(candidate));

export const browserTestsEnabled = (): boolean => {
  if (chromiumPath) return true;
  if (process.env.CI === 'true') {
    throw new Error(`Chromium is required under CI=true (looked for ${CANDIDATES.join(', ')}); .ci/run installs it with apt-get`);
  }
  console.warn(`browser tests skipped: no Chromium at ${CANDIDATES.join(', ')} (apt-get install -y chromium)`);
  return false;
};

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Playwright gives every launch a fresh temporary profile (user-data-dir), so no state leaks
 * between runs; tests open a context per viewport they need.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: FLAGS });
}

/** A page of the given size, with every console error, page error and failed request collected. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // A navigation cancels what the page it leaves was still loading (its favicon, most often):
  // net::ERR_ABORTED is that, not a failure. A real one is a network error or a status ≥ 400.
  page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  // Closing the page closes its context; by then the browser may be closing too, which is fine.
  page.on('close', () => {
    context.close().catch(() => undefined);
  });
  return { page, errors };
}

/** Horizontal overflow of the page in CSS pixels; 0 means nothing sticks out. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
export type { Browser, Page };

/**
 * The y-axis tick labels of each drawn trend chart, as chart.js holds them: read through the
 * `Chart` the island's module exports (the same module instance the page runs).
 */
export async function trendTickLabels(page: Page): Promise<{ id: string; labels: string[] }[]> {
  const src = await page.locator('script[type="module"][src*="ReportCharts"]').first().getAttribute('src');
  // A string, so that Vitest leaves this import() alone: it runs in the page, not in Node.
  await page.evaluate(`import(${JSON.stringify(src)}).then((island) => { window.__rolebookChart = island.Chart; })`);
  return page.evaluate(() => {
    type Tick = { value: number; label?: string | string[] };
    type ChartClass = { getChart(canvas: HTMLCanvasElement): { scales: Record<string, { ticks: Tick[] }> } | undefined };
    const Chart = (window as unknown as { __rolebookChart: ChartClass }).__rolebookChart;
    return [...document.querySelectorAll<HTMLElement>('figure[data-chart^="trend-"][data-drawn]')].map((figure) => ({
      id: figure.dataset.chart!,
      labels: (Chart.getChart(figure.querySelector('canvas')!)?.scales.y?.ticks ?? []).map((tick) => String(tick.label ?? '')),
    }));
  });
}

/**
 * Serve a built site on loopback and start Chromium for the tests of one `describe` block; both
 * are stopped after it. Read `site.url` and `site.browser` inside the tests.
 */
export function useBrowserSite(
  dist: () => string,
  hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void },
  options: { base?: string } = {},
) {
  const site = {} as { url: string; browser: Browser; close: () => Promise<void> };
  hooks.beforeAll(async () => {
    // `site.url` is the server's origin; a site built with a base is served below it only.
    const server = await serveDir(dist(), options);
    site.url = server.url;
    site.browser = await launchBrowser();
    site.close = async () => {
      await site.browser.close();
      await server.close();
    };
  });
  hooks.afterAll(async () => site.close?.());
  return site;
}

/**
 * Words or numbers the page breaks across two lines, with the text around them. A token is a run
 * of characters without white space, hyphens, dashes or slashes (a compound may wrap at its
 * hyphen); each must lie on one line. Hidden text (display: none, sr-only clips) is skipped.
 */
export function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, [hidden], .sr-only, .visually-hidden')) continue;
      if (parent.getClientRects().length === 0) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\-‐‑–—/]+/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) split.push(`"${match[0]}" in "${text.trim().slice(0, 60)}"`);
      }
    }
    return split;
  });
}

/**
 * Scrolls to every chart figure in turn and waits until each is drawn: the island draws a chart
 * only as it nears the viewport.
 */
export async function scrollThroughCharts(page: Page): Promise<void> {
  for (const figure of await page.locator('figure[data-chart]').all()) {
    await figure.scrollIntoViewIfNeeded();
    await figure.and(page.locator('[data-drawn]')).waitFor();
  }
}

/** Once every chart is drawn (scrolled to each): whether each chart canvas has pixels that are not transparent. */
export async function chartsDrawn(page: Page): Promise<boolean[]> {
  await scrollThroughCharts(page);
  return page.locator('figure[data-chart] canvas').evaluateAll((canvases) =>
    canvases.map((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    }),
  );
}
