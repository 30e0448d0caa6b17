/**
 * What a blank cell means depends on the row. On a per-post export a blank is none of it on that
 * post (Meta leaves "Link clicks" blank on a post without a link), and a month has the metric when
 * any of its posts has a value. On a per-day export a blank is a value the platform did not give,
 * and the month's total stays empty, never a partial sum and never 0.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/import/extract.ts';
import { planImport, type ImportRequest } from '../../../src/lib/import/plan.ts';
import { rollUp, type MetricKind } from '../../../src/lib/import/rollup.ts';
import { utf8 } from './bytes.ts';
import { acmeRequest } from './requests.ts';

function plan(text: string, options: Partial<ImportRequest> = {}) {
  return planImport({
    file: 'export.csv',
    bytes: utf8(text),
    ...acmeRequest(),
    ...options,
  });
}

const POSTS = 'Post ID,Page name,Publish time,Permalink,Views,Link Clicks\n';

describe('per-post exports', () => {
  it('count a blank on a post as none of it', () => {
    const result = plan(
      `${POSTS}1,Kestrel,01/05/2025 10:00,https://f/1,100,\n2,Kestrel,01/06/2025 10:00,https://f/2,50,4\n3,Kestrel,01/07/2025 10:00,https://f/3,20,\n`,
    );
    expect(result.files[0]!.text).toBe('platform,posts,impressions,clicks\nfacebook,3,170,4\n');
    expect(result.files[0]!.notes).toEqual([]);
  });

  it('leave a metric out of a month none of whose posts has it, and keep it in the month that has', () => {
    const result = plan(`${POSTS}1,Kestrel,01/05/2025 10:00,https://f/1,100,\n2,Kestrel,02/06/2025 10:00,https://f/2,50,4\n`);
    expect(result.files.map((file) => file.text)).toEqual([
      'platform,posts,impressions\nfacebook,1,100\n',
      'platform,posts,impressions,clicks\nfacebook,1,50,4\n',
    ]);
  });
});

describe('per-day exports', () => {
  it('leave a month with a blank day empty for that metric, and say so', () => {
    const result = plan('Date,Views,Impressions\n2025-01-01,10,100\n2025-01-02,12,\n');
    expect(result.files[0]!.text).toBe('platform,video_views\nyoutube,22\n');
    expect(result.files[0]!.notes).toEqual([
      'youtube: impressions has no value on 1 of 2 rows in 2025-01, so it is left empty (a partial sum would be a wrong number)',
    ]);
  });
});

describe('rollUp by grain', () => {
  const kinds = new Map<string, MetricKind>([
    ['clicks', 'flow'],
    ['reach', 'unique'],
  ]);
  const row = (line: number, values: Record<string, number>): Observation => ({
    line,
    platform: 'facebook',
    date: '2025-01-05',
    values,
    reports: ['clicks', 'reach'],
  });

  it('sums the posts that have a value', () => {
    expect(rollUp([row(2, { clicks: 3 }), row(3, {})], kinds, { daily: false, grain: 'items' }).rows).toEqual([{ values: { clicks: 3 } }]);
  });

  it('leaves the days with a hole empty', () => {
    expect(rollUp([row(2, { clicks: 3 }), row(3, {})], kinds, { daily: false, grain: 'days' }).rows).toEqual([{ values: {} }]);
  });

  it('never counts a row of another series as a blank', () => {
    const other: Observation = { line: 9, platform: 'facebook', date: '2025-01-05', values: { reach: 4 }, reports: ['reach'] };
    expect(rollUp([row(2, { clicks: 3 }), other], new Map([['clicks', 'flow']]), { daily: false, grain: 'days' }).rows).toEqual([{ values: { clicks: 3 } }]);
  });

  it("never uses a post's reach for the month, not even the only post's", () => {
    const { rows, notes } = rollUp([row(2, { reach: 40 })], kinds, { daily: false, grain: 'items', period: '2025-01' });
    expect(rows).toEqual([{ values: {} }]);
    expect(notes).toEqual([
      "reach counts people once per post, and one post's figure is not the month's in 2025-01; it is left empty (a month's reach comes from the platform's figure for the whole month)",
    ]);
  });
});
