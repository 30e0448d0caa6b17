/**
 * The real exports in ../shared/real-exports (twenty files people committed to public
 * repositories, not copied into the project): each is handled as that folder's README says, and
 * every number of every month was checked by hand, outside Rolebook (Python's csv module, flows
 * summed, stocks at the last day, blanks on posts as none and on days as missing). Skipped where
 * the folder does not exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { planImport, type ImportPlan, type ImportRequest } from '../../../src/lib/import/plan.ts';
import { PROJECT } from '../../helpers/paths.ts';
import { acmeRequest, importFailure } from './requests.ts';

const REAL = path.join(PROJECT, '..', 'shared', 'real-exports');
const present = fs.existsSync(REAL);

function importReal(file: string, options: Partial<ImportRequest> = {}): ImportPlan {
  return planImport({
    file,
    bytes: fs.readFileSync(path.join(REAL, file)),
    ...acmeRequest({}, { currency: 'EUR' }),
    ...options,
  });
}

/** Each month the plan writes, as metric → number, for one platform. */
function months(plan: ImportPlan, platform: string): Record<string, Record<string, number>> {
  return Object.fromEntries(
    plan.files
      .filter((file) => file.changes.length)
      .map((file) => {
        const rows = parse(file.text, { columns: true }) as Record<string, string>[];
        expect(rows.map((row) => row.platform)).toEqual([platform]);
        return [
          file.period,
          Object.fromEntries(
            Object.entries(rows[0]!)
              .filter(([key, value]) => key !== 'platform' && value !== '')
              .map(([key, value]) => [key, Number(value)]),
          ),
        ];
      }),
  );
}

/** File → the platform, the options the README names, and every month's numbers as checked by hand. */
const IMPORTED: Record<string, { platform: string; options: Partial<ImportRequest>; months: Record<string, Record<string, number>> }> = {
  'facebook-legacy-page-1.csv': {
    platform: 'facebook',
    options: {},
    months: {
      '2014-01': { impressions: 0, followers: 0, new_followers: 0 },
      '2014-02': { impressions: 1762, followers: 128, new_followers: 21 },
    },
  },
  'facebook-legacy-posts-1.csv': {
    platform: 'facebook',
    options: {},
    months: {
      '2014-02': { posts: 3, impressions: 313, likes: 2, comments: 1 },
    },
  },
  'hootsuite-account-metrics-1.csv': {
    platform: 'facebook',
    options: {},
    months: {
      '2018-07': { likes: 18048 },
      '2018-08': { likes: 26126 },
      '2018-09': { likes: 8462 },
    },
  },
  'hootsuite-post-performance-1.csv': {
    platform: 'facebook',
    options: {},
    months: {
      '2018-09': { impressions: 37741, comments: 23, shares: 166, clicks: 22, video_views: 1604, posts: 7, likes: 80 },
    },
  },
  'meta-daily-follows-1.csv': {
    platform: 'facebook',
    options: { platform: 'facebook' },
    months: {
      '2025-01': { new_followers: 15 },
      '2025-02': { new_followers: 31 },
      '2025-03': { new_followers: 19 },
      '2025-04': { new_followers: 1 },
    },
  },
  'meta-daily-instagram-linkclicks-1.csv': {
    platform: 'instagram',
    options: {},
    months: {
      '2026-05': { clicks: 2417 },
      '2026-06': { clicks: 7421 },
    },
  },
  'meta-facebook-posts-1.csv': {
    platform: 'facebook',
    options: {},
    months: {
      '2025-01': { posts: 63, impressions: 3854, engagements: 40, likes: 29, comments: 6, shares: 5, clicks: 5 },
      '2025-02': { posts: 111, impressions: 6930, engagements: 65, likes: 42, comments: 9, shares: 14, clicks: 11 },
      '2025-03': { posts: 58, impressions: 4179, engagements: 18, likes: 12, comments: 5, shares: 1, clicks: 5 },
      '2025-04': { posts: 29, impressions: 1019, engagements: 4, likes: 4, comments: 0, shares: 0 },
    },
  },
  'meta-instagram-posts-1.csv': {
    platform: 'instagram',
    options: {},
    months: {
      '2025-03': { posts: 49, impressions: 8517, likes: 216, comments: 1, shares: 8, saves: 3 },
      '2025-04': { posts: 29, impressions: 2414, likes: 58, comments: 0, shares: 0, saves: 1 },
    },
  },
  'tiktok-business-followers-1.csv': {
    platform: 'tiktok',
    options: {},
    months: {
      '2025-10': { new_followers: 10 },
      '2025-11': { new_followers: 219 },
      '2025-12': { new_followers: 180 },
    },
  },
  'tiktok-business-videos-1.csv': {
    platform: 'tiktok',
    options: {},
    months: {
      '2025-10': { posts: 1, video_views: 172353, likes: 1774, comments: 42, shares: 413, saves: 180 },
      '2025-11': { posts: 19, video_views: 29146, likes: 926, comments: 25, shares: 74, saves: 34 },
      '2025-12': { posts: 31, video_views: 337439, likes: 4781, comments: 68, shares: 1498, saves: 356 },
    },
  },
  'tiktok-overview-1.csv': {
    platform: 'tiktok',
    options: { year: 2025 },
    months: {
      '2025-04': { video_views: 7919, likes: 51, shares: 3, comments: 2 },
    },
  },
  'tiktok-overview-3.csv': {
    platform: 'tiktok',
    options: { year: 2025 },
    months: {
      '2025-02': { video_views: 0, likes: 0, shares: 0, comments: 0 },
      '2025-03': { video_views: 14941, likes: 830, shares: 27, comments: 77 },
      '2025-04': { video_views: 224411, likes: 5724, shares: 216, comments: 977 },
      '2025-05': { video_views: 124080, likes: 4450, shares: 287, comments: 1008 },
      '2025-06': { video_views: 153400, likes: 4278, shares: 503, comments: 704 },
      '2025-07': { video_views: 126332, likes: 2838, shares: 97, comments: 307 },
      '2025-08': { video_views: 222585, likes: 1544, shares: 108, comments: 46 },
      '2025-09': { video_views: 377543, likes: 680, shares: 825, comments: 17 },
      '2025-10': { video_views: 174548, likes: 491, shares: 30, comments: 24 },
      '2025-11': { video_views: 231952, likes: 418, shares: 67, comments: 9 },
      '2025-12': { video_views: 307459, likes: 668, shares: 68, comments: 10 },
      '2026-01': { video_views: 431357, likes: 943, shares: 83 },
      '2026-02': { video_views: 557590, likes: 809, shares: 61 },
    },
  },
  'x-account-content-1.csv': {
    platform: 'x',
    options: {},
    months: {
      '2026-05': { posts: 2, impressions: 167, engagements: 6, likes: 3, comments: 1, shares: 0, saves: 0, clicks: 0 },
      '2026-06': { posts: 5, impressions: 244, engagements: 12, likes: 2, comments: 1, shares: 0, saves: 0, clicks: 0 },
      '2026-07': { posts: 63, impressions: 1701, engagements: 126, likes: 60, comments: 4, shares: 18, saves: 2, clicks: 0 },
      '2026-08': { posts: 307, impressions: 13993, engagements: 874, likes: 425, comments: 60, shares: 2, saves: 3, clicks: 0 },
    },
  },
  'x-daily-tweet-activity-1.csv': {
    platform: 'x',
    options: {},
    months: {
      '2021-04': { posts: 31, impressions: 77472, engagements: 708, likes: 153, comments: 3, shares: 134, clicks: 158, new_followers: 0 },
    },
  },
  'youtube-table-content-1.csv': {
    platform: 'youtube',
    options: { period: '2026-06' },
    months: {
      '2026-06': { video_views: 181588, impressions: 50929 },
    },
  },
  'youtube-table-geography-1.csv': {
    platform: 'youtube',
    options: { period: '2026-06' },
    months: {
      '2026-06': { video_views: 15503810 },
    },
  },
  'youtube-totals-1.csv': {
    platform: 'youtube',
    options: {},
    months: {
      '2020-12': { video_views: 31964 },
      '2021-01': { video_views: 1445961 },
      '2021-02': { video_views: 1390743 },
      '2021-03': { video_views: 1416232 },
      '2021-04': { video_views: 1401245 },
      '2021-05': { video_views: 1290044 },
      '2021-06': { video_views: 1190322 },
      '2021-07': { video_views: 1013320 },
      '2021-08': { video_views: 1287443 },
      '2021-09': { video_views: 1200753 },
      '2021-10': { video_views: 1361996 },
      '2021-11': { video_views: 1321736 },
      '2021-12': { video_views: 1152051 },
    },
  },
};

describe.skipIf(!present)('the real exports in ../shared/real-exports', () => {
  it('are all accounted for here', () => {
    const refused = ['meta-daily-facebook-reach-1.csv', 'meta-instagram-posts-resaved-1.csv', 'youtube-totals-3.csv'];
    expect(
      fs
        .readdirSync(REAL)
        .filter((name) => name.endsWith('.csv'))
        .sort(),
    ).toEqual([...Object.keys(IMPORTED), ...refused].sort());
  });

  describe.each(Object.entries(IMPORTED))('%s', (file, { platform, options, months: expected }) => {
    it(`imports every month for ${platform} with the numbers checked by hand`, () => {
      expect(months(importReal(file, options), platform)).toEqual(expected);
    });
  });

  it('leaves daily and per-post reach out, saying why', () => {
    const notes = importReal('meta-facebook-posts-1.csv').files.flatMap((file) => file.notes);
    expect(notes).toContain(
      "facebook: reach counts people once per post, so 63 posts' values cannot be added into one figure in 2025-01; it is left empty (a month's reach comes from the platform's figure for the whole month)",
    );
    expect(importReal('tiktok-business-followers-1.csv').files.flatMap((file) => file.notes)).toHaveLength(2);
  });

  it('sums the negative daily comments of TikTok Overview into their months, and refuses only the months they outweigh', () => {
    const plan = importReal('tiktok-overview-3.csv', { year: 2025 });
    expect(plan.files.find((file) => file.period === '2025-08')!.notes).toEqual([
      "tiktok: comments: 5 negative values (the platform's corrections, such as deleted comments) summed into the total in 2025-08 (lines 167, 174, 176, 177, 179)",
    ]);
    const refused = plan.files.flatMap((file) => file.refused.map((problem) => `${file.period}:${problem.line}`));
    expect(refused).toHaveLength(15);
    expect(refused.filter((entry) => entry.startsWith('2026-01'))).toHaveLength(11);
    expect(plan.files.find((file) => file.period === '2026-01')!.refused[0]).toEqual({
      file: 'tiktok-overview-3.csv',
      line: 318,
      column: 5,
      field: 'Comments',
      message: 'tiktok: -2 is a correction, and comments adds up to -7 in 2026-01',
      expected: 'comments in 2026-01 adding up to zero or more',
    });
  });

  it('refuses daily reach clearly: a month is not the sum of its days', () => {
    expect(importFailure(() => importReal('meta-daily-facebook-reach-1.csv')).message).toBe(
      "Nothing to import from meta-daily-facebook-reach-1.csv (Meta Business Suite: daily series): reach counts people once per day, and a month's reach is not the sum of its days (the same people come back), so Rolebook does not add them up. " +
        "Take the month's reach from the platform for the whole month and enter it in the snapshot; a snapshot with daily rows takes the daily values as they are.",
    );
  });

  it('names the re-saved Instagram export as damaged, without quoting a caption', () => {
    const error = importFailure(() => importReal('meta-instagram-posts-resaved-1.csv'));
    expect(error.message).toBe(
      'meta-instagram-posts-resaved-1.csv was damaged by re-saving: every line is wrapped in one pair of quotes (a spreadsheet saved the whole export as a single column), so its columns ("Post ID", "Account ID", "Account username", "Account name", …) cannot be told apart. ' +
        'Download the export again from the platform and import it as downloaded, without opening and saving it in a spreadsheet.',
    );
    expect(error.message).not.toMatch(/\p{Script=Cyrillic}/u);
  });

  it('refuses an average, which cannot be summed into a month', () => {
    expect(importFailure(() => importReal('youtube-totals-3.csv')).message).toBe(
      'Nothing to import from youtube-totals-3.csv (YouTube Studio: Totals, or Table data by date): its only metric, "Average view duration", is an average per view, which cannot be added up into a month; export "Views" or "Watch time (hours)" instead.',
    );
  });

  it('asks for what the file does not say: the platform of "Follows", the year of "April 12", the month of a table', () => {
    expect(importFailure(() => importReal('meta-daily-follows-1.csv')).message).toMatch(
      /^meta-daily-follows-1\.csv is a Meta Business Suite: daily series, which does not say its platform: pass --platform facebook or --platform instagram/,
    );
    expect(importFailure(() => importReal('tiktok-overview-1.csv')).message).toBe(
      'tiktok-overview-1.csv has dates without a year (such as "April 12"): pass --year YYYY, the year of its first row',
    );
    expect(importFailure(() => importReal('youtube-table-geography-1.csv')).kind).toBe('usage');
  });
});
