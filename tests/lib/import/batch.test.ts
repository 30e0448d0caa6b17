/** Several exports in one import: planned one after the other on the same snapshots, all or nothing. */
import { describe, expect, it } from 'vitest';
import { planImports } from '../../../src/lib/import/batch.ts';
import { utf8 } from './bytes.ts';
import { acmeRequest, importFailure } from './requests.ts';

const BASE = acmeRequest({ '2025-01': 'platform,followers\ninstagram,900\n' });

const TOTALS = { file: 'Totals.csv', bytes: utf8('Date,Views\n2025-01-30,10\n2025-01-31,12\n2025-02-01,7\n') };
const FOLLOWS = { file: 'Follows.csv', bytes: utf8('sep=,\n"Instagram follows"\n"Date","Primary"\n"2025-01-31T00:00:00","3"\n') };
const SCORES = { file: 'scores.csv', bytes: utf8('Name,Score\nAna,3\n') };

describe('planImports', () => {
  it('merges each export into the snapshots as the ones before it left them', () => {
    const batch = planImports([TOTALS, FOLLOWS], BASE);
    expect(batch.plans.map((p) => p.file)).toEqual(['Totals.csv', 'Follows.csv']);
    expect(batch.files.map((f) => [f.period, f.exists, f.changed, f.text])).toEqual([
      ['2025-01', true, true, 'platform,video_views,followers,new_followers\ninstagram,,900,3\nyoutube,22,,\n'],
      ['2025-02', false, true, 'platform,video_views\nyoutube,7\n'],
    ]);
    expect(batch.files[0]!.changes.map((c) => `${c.platform} ${c.action}`)).toEqual(['youtube added', 'instagram filled']);
  });

  it('refuses them all when one cannot be imported, with every reason', () => {
    const error = importFailure(() => planImports([TOTALS, SCORES, { file: 'Bad.csv', bytes: utf8('Date,Views\n2025-01-30,lots\n') }], BASE));
    expect(error.kind).toBe('content');
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('2 of 3 exports cannot be imported, so none was (nothing was written):');
    expect(lines[1]).toBe('scores.csv: is not an export Rolebook recognises (its header is "Name", "Score").');
    expect(lines.slice(-2)).toEqual([
      'Bad.csv: has a cell Rolebook cannot read; nothing was written',
      '  Bad.csv:2:2: Views: "lots" is not a number (expected a count such as 1,234 or 1234.5)',
    ]);
  });

  it('refuses two exports of the same numbers', () => {
    const error = importFailure(() => planImports([TOTALS, { ...TOTALS, file: 'Totals (1).csv' }], BASE));
    expect(error.message).toBe(
      '1 of 2 exports cannot be imported, so none was (nothing was written):\n' +
        'Totals (1).csv: 2025-01: youtube video_views comes from both Totals.csv and Totals (1).csv\n' +
        '2025-02: youtube video_views comes from both Totals.csv and Totals (1).csv\n' +
        'Two exports of the same numbers: import only one of them; nothing was written.',
    );
  });

  it('is a usage error only when every export needs an option', () => {
    const overview = { file: 'Overview.csv', bytes: utf8('Date,Video Views,Profile Views\nApril 12,3,1\n') };
    expect(importFailure(() => planImports([overview, { ...overview, file: 'Overview (1).csv' }], BASE)).kind).toBe('usage');
    expect(importFailure(() => planImports([overview, SCORES], BASE)).kind).toBe('content');
  });
});
