/** The summary: each month written with its rows, how years were found, ignored columns in runs. */
import { describe, expect, it } from 'vitest';
import { groupIgnored, summarizeImport } from '../../../src/lib/import/summary.ts';
import { importCases, planCase } from './cases.ts';

const named = (name: string) => importCases().find((c) => c.name === name)!;

describe('summarizeImport', () => {
  it('lists every month with the rows it was made from, and the years the dates got', () => {
    const text = summarizeImport(planCase(named('tiktok-content-yearless')), { file: 'Content.csv', rootLabel: 'content', dryRun: true });
    expect(text).toContain('Read Content.csv: TikTok: Content, 5 videos for tiktok, dated by "Post time".\n');
    expect(text).toContain('Dates without a year in "Post time" are placed on or before the export date in "Time", "January 13" in 2026 (--year).\n');
    expect(text).toContain(
      'Months:\n  2025-11: 1 video, 2025-11-20\n  2025-12: 2 videos, 2025-12-02 to 2025-12-28\n  2026-01: 2 videos, 2026-01-02 to 2026-01-10\n',
    );
    expect(text).toContain(
      'Would write 3 files for 3 periods (dry run: nothing was written):\n  content/clients/acme/snapshots/2025-11.csv: new; added tiktok, 1 row: posts, likes, comments, shares, video_views\n',
    );
  });

  it('lists the values refused because corrections outweigh the counts, as file:line:column', () => {
    const text = summarizeImport(planCase(named('tiktok-overview-corrections')), { file: 'Overview.csv', rootLabel: 'content', dryRun: false });
    expect(text).toContain(
      'Refused (corrections outweigh the counts, so these months are left empty for that metric):\n' +
        '  Overview.csv:6:5: Comments: tiktok: -7 is a correction, and comments adds up to -2 in 2025-01 (expected comments in 2025-01 adding up to zero or more)\n',
    );
  });
});

describe('groupIgnored', () => {
  it('puts a run of breakdown columns with one reason on one line', () => {
    const reason = 'a breakdown of the audience by age, place or language, not a total';
    expect(
      groupIgnored([
        { label: 'Daily Unlikes', reason: 'people who unliked the Page' },
        { label: 'Lifetime Likes by Country - CA', reason },
        { label: 'Lifetime Likes by Country - DE', reason },
        { label: 'Lifetime Likes by Country - SE', reason },
        { label: 'Lifetime Likes by City - Oslo', reason },
      ]),
    ).toEqual([
      { label: 'Daily Unlikes', reason: 'people who unliked the Page' },
      { label: 'Lifetime Likes by Country - CA … SE (3 columns)', reason },
      { label: 'Lifetime Likes by City - Oslo', reason },
    ]);
  });
});
