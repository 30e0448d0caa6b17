/**
 * Page-weight budgets on the demo site, in bytes after gzip (sizes, never times): what a client
 * on a slow phone downloads before a report is usable, and what a new hire's playbook page costs.
 * A failure lists every page over its budget with its size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { allJavaScript, initialJavaScript } from '../helpers/weight.ts';

const KB = 1024;
/**
 * Report pages: all the JavaScript they can load, chunks loaded on demand included (the chart
 * island draws as figures scroll in; moving chart.js into a lazy chunk must not dodge the budget).
 */
const BUDGET = { reportJs: 55 * KB, playbookJs: 15 * KB, html: 100 * KB } as const;

const dist = inject('demoDist');
const pages = () => listFiles(dist).filter((file) => file.endsWith('.html'));
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** `page: size` for every page whose measure exceeds the budget. */
function over(files: string[], measure: (file: string) => number, budget: number): string[] {
  return files.flatMap((file) => {
    const bytes = measure(file);
    return bytes > budget ? [`${file}: ${kb(bytes)} (budget ${kb(budget)})`] : [];
  });
}

describe('page-weight budgets of the demo site', () => {
  it('ships at most 55 KB of JavaScript (gzip), on demand included, on every report page and hub', () => {
    const reports = pages().filter((file) => file.startsWith('r/'));
    const months = reports.filter((file) => /^r\/[^/]+\/\d{4}-\d{2}\/index\.html$/.test(file));
    expect(months.length).toBeGreaterThan(0);
    // The measure sees the chart island (chart.js is most of the budget), so a pass means something.
    expect(allJavaScript(dist, months.at(-1)!).gzipBytes).toBeGreaterThan(20 * KB);
    expect(
      over(reports, (file) => allJavaScript(dist, file).gzipBytes, BUDGET.reportJs),
      'report pages over the JavaScript budget',
    ).toEqual([]);
  });

  it('ships at most 15 KB of JavaScript (gzip) on every playbook page', () => {
    const playbook = pages().filter((file) => file.startsWith('playbook/'));
    expect(playbook.length).toBeGreaterThan(0);
    expect(
      over(playbook, (file) => initialJavaScript(dist, file).gzipBytes, BUDGET.playbookJs),
      'playbook pages over the JavaScript budget',
    ).toEqual([]);
  });

  it('has no HTML page over 100 KB (gzip)', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(0);
    expect(
      over(all, (file) => gzipSync(fs.readFileSync(path.join(dist, file))).length, BUDGET.html),
      'HTML pages over budget',
    ).toEqual([]);
  });
});
