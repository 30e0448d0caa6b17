/** Per-post and per-day rows → a period: flows summed, stocks at the period's end, holes left empty. */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/import/extract.ts';
import { rollUp, type MetricKind } from '../../../src/lib/import/rollup.ts';

const kinds = new Map<string, MetricKind>([
  ['impressions', 'flow'],
  ['likes', 'flow'],
  ['followers', 'stock'],
]);

let line = 1;
const row = (date: string | undefined, values: Record<string, number>): Observation => ({
  line: line++,
  platform: 'instagram',
  ...(date ? { date } : {}),
  values,
});

describe('rollUp to period totals', () => {
  it('sums flows and takes a stock on the latest date that has it, whatever the file order', () => {
    const { rows, notes } = rollUp(
      [
        row('2024-09-30', { impressions: 100, likes: 5, followers: 1500 }),
        row('2024-09-02', { impressions: 87.06, likes: 1, followers: 1400 }),
        row('2024-09-15', { impressions: 70.9, likes: 2 }),
      ],
      kinds,
      false,
    );
    expect(rows).toEqual([{ values: { impressions: 257.96, likes: 8, followers: 1500 } }]);
    expect(notes).toEqual([]);
  });

  it('takes the stock from the last day that has a value, not the last day of the file', () => {
    const { rows } = rollUp([row('2024-09-29', { followers: 1490 }), row('2024-09-30', { impressions: 3 })], kinds, false);
    expect(rows[0]!.values.followers).toBe(1490);
  });

  it('sums several posts of one day, and several rows of an export without dates', () => {
    expect(rollUp([row(undefined, { likes: 2 }), row(undefined, { likes: 3 })], kinds, false).rows).toEqual([{ values: { likes: 5 } }]);
  });

  it('leaves a flow that some rows lack empty, and says so: a partial sum would be a wrong number', () => {
    const { rows, notes } = rollUp([row('2024-09-01', { impressions: 10, likes: 1 }), row('2024-09-02', { likes: 2 })], kinds, false);
    expect(rows).toEqual([{ values: { likes: 3 } }]);
    expect(notes).toEqual(['impressions has no value on 1 of 2 rows, so it is left empty (a partial sum would be a wrong number)']);
  });

  it('leaves out a metric no row has, and never writes 0', () => {
    const { rows } = rollUp(
      [row('2024-09-01', {}), row('2024-09-02', { likes: 0 })],
      new Map([
        ['likes', 'flow'],
        ['followers', 'stock'],
      ]),
      false,
    );
    expect(rows).toEqual([{ values: {} }]);
  });

  it('rolls up only the metrics it is given kinds for', () => {
    expect(rollUp([row('2024-09-01', { likes: 1, saves: 4 })], kinds, false).rows).toEqual([{ values: { likes: 1 } }]);
  });
});

describe('rollUp to daily rows', () => {
  it('makes one row per day, in date order, summing the posts of a day', () => {
    const { rows } = rollUp(
      [row('2024-09-02', { likes: 4, followers: 10 }), row('2024-09-01', { likes: 1 }), row('2024-09-02', { likes: 5, followers: 12 })],
      kinds,
      true,
    );
    expect(rows).toEqual([
      { date: '2024-09-01', values: { likes: 1 } },
      { date: '2024-09-02', values: { likes: 9, followers: 12 } },
    ]);
  });

  it("leaves a day's flow empty when one of its posts lacks it", () => {
    const { rows, notes } = rollUp([row('2024-09-01', { likes: 1 }), row('2024-09-01', {})], kinds, true);
    expect(rows).toEqual([{ date: '2024-09-01', values: {} }]);
    expect(notes).toEqual(['likes has no value on 1 of 2 rows on 2024-09-01, so it is left empty (a partial sum would be a wrong number)']);
  });
});
