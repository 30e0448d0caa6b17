import { describe, expect, it } from 'vitest';
import { aggregatePlatforms, aggregateSnapshot, hasValue, sumExact, type Measure } from '../../../src/lib/reports/aggregate.ts';
import { csv, METRICS } from './build-context.ts';

/** Metric id → measure of one platform, for compact expectations. */
function measures(snapshot: Parameters<typeof aggregateSnapshot>[0], platforms: string[], period = '2026-10'): Record<string, Record<string, Measure>> {
  return Object.fromEntries(aggregateSnapshot(snapshot, period, METRICS, platforms).map((p) => [p.platform, Object.fromEntries(p.metrics)]));
}

describe('aggregateSnapshot: monthly rows', () => {
  const snapshot = csv('2026-10', 'platform,impressions,engagements,saves,followers', 'instagram,1000,100,12,5000', 'linkedin,3000,30,,800');

  it('takes the row of each platform, in the client order', () => {
    const result = aggregateSnapshot(snapshot, '2026-10', METRICS, ['linkedin', 'instagram']);
    expect(result.map((p) => p.platform)).toEqual(['linkedin', 'instagram']);
    expect(result[1]!.metrics.get('impressions')).toEqual({ value: 1000 });
    expect(result[1]!.metrics.get('followers')).toEqual({ value: 5000 });
  });

  it('has one entry per registered metric, including metrics the file has no column for', () => {
    const [instagram] = aggregateSnapshot(snapshot, '2026-10', METRICS, ['instagram']);
    expect([...instagram!.metrics.keys()]).toEqual(METRICS.map((m) => m.id));
    expect(instagram!.metrics.get('clicks')).toEqual({ reason: 'Link clicks not measured on instagram' });
  });

  it('reads an empty cell as not measured, never 0', () => {
    expect(measures(snapshot, ['linkedin']).linkedin!.saves).toEqual({ reason: 'Saves not measured on linkedin' });
  });

  it('tells apart a metric that is not measured from one that has a value', () => {
    const [instagram, linkedin] = aggregatePlatforms(snapshot, '2026-10', METRICS, ['instagram', 'linkedin']);
    expect(linkedin!.unmeasured.has('saves')).toBe(true);
    expect(instagram!.unmeasured.has('saves')).toBe(false);
    expect(linkedin!.absent).toBeUndefined();
  });
});

describe('aggregateSnapshot: daily rows', () => {
  it('sums a flow over the days', () => {
    const snapshot = csv(
      '2026-10',
      'platform,date,impressions,spend',
      'instagram,2026-10-01,100,87.06',
      'instagram,2026-10-02,250,70.90',
      'instagram,2026-10-03,50,0.01',
    );
    // 100 + 250 + 50; 87.06 + 70.90 + 0.01 (exactly, without floating-point noise)
    expect(measures(snapshot, ['instagram']).instagram).toMatchObject({ impressions: { value: 400 }, spend: { value: 157.97 } });
  });

  it('takes a stock from the latest date, whatever the row order', () => {
    const snapshot = csv(
      '2026-10',
      'platform,date,followers',
      'instagram,2026-10-03,130',
      'instagram,2026-10-01,110',
      'facebook,2026-10-02,60',
      'facebook,2026-10-03,70',
      'instagram,2026-10-02,120',
      'facebook,2026-10-01,50',
    );
    const result = measures(snapshot, ['instagram', 'facebook']);
    expect(result.instagram!.followers).toEqual({ value: 130 });
    expect(result.facebook!.followers).toEqual({ value: 70 });
  });

  it('takes a stock from the latest date that has it', () => {
    const snapshot = csv('2026-10', 'platform,date,followers', 'instagram,2026-10-01,110', 'instagram,2026-10-02,120', 'instagram,2026-10-03,');
    expect(measures(snapshot, ['instagram']).instagram!.followers).toEqual({ value: 120 });
  });

  it('gives no data for a flow missing on some days, with how many', () => {
    const snapshot = csv(
      '2026-10',
      'platform,date,impressions,engagements',
      'instagram,2026-10-01,100,10',
      'instagram,2026-10-02,200,',
      'instagram,2026-10-03,300,',
      'instagram,2026-10-04,400,40',
    );
    expect(measures(snapshot, ['instagram']).instagram).toMatchObject({
      impressions: { value: 1000 },
      engagements: { reason: 'Engagements missing on 2 of 4 days on instagram' },
    });
  });

  it('counts a day without a row as a missing day', () => {
    const snapshot = csv(
      '2026-10',
      'platform,date,impressions',
      'instagram,2026-10-01,100',
      'facebook,2026-10-01,10',
      'instagram,2026-10-02,200',
      'instagram,2026-10-03,300',
      'facebook,2026-10-03,30',
    );
    expect(measures(snapshot, ['facebook']).facebook!.impressions).toEqual({ reason: 'Impressions missing on 1 of 3 days on facebook' });
  });

  it('reads a flow empty on every day as not measured', () => {
    const snapshot = csv('2026-10', 'platform,date,impressions,saves', 'linkedin,2026-10-01,100,', 'linkedin,2026-10-02,200,');
    expect(measures(snapshot, ['linkedin']).linkedin!.saves).toEqual({ reason: 'Saves not measured on linkedin' });
  });
});

describe('aggregateSnapshot: nothing to read', () => {
  it('gives every metric of every platform no data without a snapshot', () => {
    const result = aggregatePlatforms(undefined, '2026-09', METRICS, ['instagram', 'facebook']);
    for (const platform of result) {
      expect(platform.absent).toBe('no snapshot for 2026-09');
      expect([...platform.metrics.values()].every((m) => !hasValue(m) && m.reason === 'no snapshot for 2026-09')).toBe(true);
      expect(platform.metrics.size).toBe(METRICS.length);
    }
  });

  it('gives every metric of a platform without a row no data', () => {
    const snapshot = csv('2026-10', 'platform,impressions', 'instagram,1000');
    const [, tiktok] = aggregatePlatforms(snapshot, '2026-10', METRICS, ['instagram', 'tiktok']);
    expect(tiktok!.absent).toBe('no row for tiktok in 2026-10');
    expect(tiktok!.metrics.get('impressions')).toEqual({ reason: 'no row for tiktok in 2026-10' });
    expect(tiktok!.metrics.get('followers')).toEqual({ reason: 'no row for tiktok in 2026-10' });
  });
});

describe('sumExact', () => {
  it('adds decimals without floating-point noise', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([2315.62, 1448.69])).toBe(3764.31);
  });

  it('adds whole numbers as they are, and nothing as 0', () => {
    expect(sumExact([503827, 312620, 171804])).toBe(988251);
    expect(sumExact([])).toBe(0);
  });
});
