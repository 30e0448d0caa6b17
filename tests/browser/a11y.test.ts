/**
 * axe-core in Chromium on every page type of the demo site, in the light and the dark colour
 * scheme, the report after its charts are drawn: no serious or critical violation.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, openPage, scrollThroughCharts, useBrowserSite, type Page } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/links.ts';
import { DEMO_CONTENT, PROJECT } from '../helpers/paths.ts';

const AXE = path.join(PROJECT, 'node_modules/axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe's violations on the page as it is now, with the first few offending selectors. */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Axe = { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> };
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(document);
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((node) => node.target.map(String).join(' ')) }));
  });
}

const describeViolations = (violations: Violation[]) => violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(' | ')}`).join('\n');

describe.runIf(browserTestsEnabled())('accessibility of the demo site (axe-core)', () => {
  const site = useBrowserSite(() => inject('demoDist'), { beforeAll, afterAll });

  // One page load per page type, checked in the light scheme and then, switched in place, the dark
  // one: the same page a reader toggles, and half the loads (and chart drawing) of one per scheme.
  for (const { name, url } of pageTypes(DEMO_CONTENT)) {
    it(`has no serious or critical violation, light and dark: ${name}`, async () => {
      const { page } = await openPage(site.browser);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${site.url}${url}`);
      if (name === 'report') {
        await scrollThroughCharts(page);
        await page.waitForFunction(() => document.querySelectorAll('figure[data-chart] .chart-table:not(.visually-hidden)').length === 0);
      }
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // Two frames: the new scheme's styles are applied and painted before axe reads colours.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
        const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious, `${colorScheme}:\n${describeViolations(serious)}`).toEqual([]);
      }
      await page.close();
    });
  }
});
