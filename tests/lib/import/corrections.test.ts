/**
 * Corrections: a negative daily value in an export (TikTok's comments deleted after the day they
 * were counted) is summed into its month; only a month whose total is still negative is refused,
 * for that metric, with the lines of its corrections. A stock or a unique count is never negative.
 */
import { describe, expect, it } from 'vitest';
import { planImport, type ImportRequest } from '../../../src/lib/import/plan.ts';
import { utf8 } from './bytes.ts';
import { acmeRequest, importFailure } from './requests.ts';

function plan(text: string, options: Partial<ImportRequest> = {}, existing: Record<string, string> = {}) {
  return planImport({
    file: 'Overview.csv',
    bytes: utf8(text),
    ...acmeRequest(existing),
    year: 2025,
    ...options,
  });
}

const HEADER = 'Date,Video Views,Profile Views,Likes,Comments,Shares\n';

describe('negative daily values', () => {
  it('are summed into the month, and the note names their lines', () => {
    const result = plan(`${HEADER}August 1,100,1,5,3,0\nAugust 2,90,1,4,-1,0\nAugust 3,80,1,2,-1,1\n`);
    expect(result.files[0]!.text).toBe('platform,likes,comments,shares,video_views\ntiktok,11,1,1,270\n');
    expect(result.files[0]!.notes).toEqual([
      "tiktok: comments: 2 negative values (the platform's corrections, such as deleted comments) summed into the total in 2025-08 (lines 3, 4)",
    ]);
    expect(result.files[0]!.refused).toEqual([]);
  });

  it('refuse only the month whose total is negative, naming each line, and import the rest', () => {
    const result = plan(`${HEADER}August 31,100,1,5,3,0\nSeptember 1,90,1,4,-2,0\nSeptember 2,80,1,2,1,1\n`);
    expect(result.files.map((file) => file.text)).toEqual([
      'platform,likes,comments,shares,video_views\ntiktok,5,3,0,100\n',
      'platform,likes,shares,video_views\ntiktok,6,1,170\n',
    ]);
    expect(result.files[1]!.refused).toEqual([
      {
        file: 'Overview.csv',
        line: 3,
        column: 5,
        field: 'Comments',
        message: 'tiktok: -2 is a correction, and comments adds up to -1 in 2025-09',
        expected: 'comments in 2025-09 adding up to zero or more',
      },
    ]);
  });

  it('on a snapshot with daily rows, refuse the day that stays negative', () => {
    const daily = { '2025-08': 'platform,date,likes\nfacebook,2025-08-01,3\n' };
    const result = plan(`${HEADER}August 1,100,1,5,3,0\nAugust 2,90,1,4,-1,0\n`, {}, daily);
    expect(result.files[0]!.text).toBe(
      'platform,date,likes,comments,shares,video_views\nfacebook,2025-08-01,3,,,\ntiktok,2025-08-01,5,3,0,100\ntiktok,2025-08-02,4,,0,90\n',
    );
    expect(result.files[0]!.refused.map((problem) => problem.message)).toEqual(['tiktok: -1 is a correction, and comments adds up to -1 on 2025-08-02']);
  });

  it('are a problem for a stock, which cannot be corrected by a negative count', () => {
    const error = importFailure(() => plan('Date,Followers\nAugust 1,1200\nAugust 2,-3\n', { file: 'FollowerHistory.csv' }));
    expect(error.problems).toEqual([
      { file: 'FollowerHistory.csv', line: 3, column: 2, field: 'Followers', message: '"-3" is negative', expected: 'a count for followers, zero or more' },
    ]);
  });

  it('refuse the whole import when nothing else is left', () => {
    const error = importFailure(() => plan('Date,Views\n2025-08-01,3\n2025-08-02,-5\n', { file: 'Totals.csv' }));
    expect(error.message).toBe('Nothing to import from Totals.csv (YouTube Studio: Totals, or Table data by date): no month has a value it can use');
  });
});
