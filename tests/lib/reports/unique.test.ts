/** `unique` metrics (reach): never summed over days, used as is from a row covering the month, summed across platforms with a note. */
import { describe, expect, it } from 'vitest';
import { aggregateSnapshot } from '../../../src/lib/reports/aggregate.ts';
import { computeKpis } from '../../../src/lib/reports/engine.ts';
import { parsePeriod } from '../../../src/lib/reports/periods.ts';
import type { Metric } from '../../../src/schemas/metric.ts';
import { context, csv, kpi, METRICS } from './build-context.ts';

const UNIQUE: Metric[] = METRICS.map((m) => (m.id === 'reach' ? { ...m, kind: 'unique' } : m));
const ctx = (snapshots: ReturnType<typeof csv>[], platforms = ['instagram', 'facebook']) => ({
  ...context({ kpis: [kpi('reach', 'reach', { unit: 'count' }), kpi('save-rate', 'saves / reach')], platforms, snapshots }),
  metrics: UNIQUE,
});
const all = (results: ReturnType<typeof computeKpis>, id: string) => results.find((r) => r.kpi === id && r.platform === 'all')!;

describe('unique metrics', () => {
  it('use a row covering the month as it is', () => {
    const [instagram] = aggregateSnapshot(csv('2026-10', 'platform,reach', 'instagram,5400'), '2026-10', UNIQUE, ['instagram']);
    expect(instagram!.metrics.get('reach')).toEqual({ value: 5400 });
  });

  it('are never summed over daily rows: no data, with the reason', () => {
    const daily = csv('2026-10', 'platform,date,reach,impressions', 'instagram,2026-10-01,1000,1500', 'instagram,2026-10-02,1200,1600');
    const [instagram] = aggregateSnapshot(daily, '2026-10', UNIQUE, ['instagram']);
    expect(instagram!.metrics.get('reach')).toEqual({
      reason: "Reach counts people once per day: a month's figure cannot be added up from days and needs a monthly export",
    });
    // A flow in the same file is still summed.
    expect(instagram!.metrics.get('impressions')).toEqual({ value: 3100 });
  });

  it('make a KPI that reads them no data on daily rows, for the platform and for all', () => {
    const results = computeKpis(
      ctx([csv('2026-10', 'platform,date,reach,saves', 'instagram,2026-10-01,1000,10', 'facebook,2026-10-01,800,4')]),
      parsePeriod('2026-10'),
    );
    expect(all(results, 'reach').value).toMatchObject({ reason: expect.stringMatching(/^Reach counts people once per day/) });
    expect(results.find((r) => r.kpi === 'save-rate' && r.platform === 'instagram')!.value).toMatchObject({ reason: expect.stringMatching(/once per day/) });
  });

  it('are added across platforms, with a note that a person on two platforms counts twice', () => {
    const results = computeKpis(ctx([csv('2026-10', 'platform,reach,saves', 'instagram,5000,50', 'facebook,3000,30')]), parsePeriod('2026-10'));
    expect(all(results, 'reach')).toMatchObject({ value: { value: 8000 }, note: 'Reach added across platforms: someone on two platforms counts twice' });
    // saves / reach over all: (50 + 30) / (5000 + 3000), a ratio of sums.
    expect(all(results, 'save-rate').value).toEqual({ value: 0.01 });
  });

  it('need no such note for one platform', () => {
    const results = computeKpis(ctx([csv('2026-10', 'platform,reach', 'instagram,5000')], ['instagram']), parsePeriod('2026-10'));
    expect(all(results, 'reach')).toEqual(expect.objectContaining({ value: { value: 5000 } }));
    expect(all(results, 'reach').note).toBeUndefined();
  });
});
