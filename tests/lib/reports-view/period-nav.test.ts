import { describe, expect, it } from 'vitest';
import { periodNeighbours } from '../../../src/lib/reports/period-nav.ts';
import { parsePeriod, reportPeriods } from '../../../src/lib/reports/periods.ts';

// May 2025 to February 2026: quarters 2025-Q2 (May–June) to 2026-Q1 (January–February), years 2025 and 2026.
const periods = reportPeriods(['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
const around = (id: string) => {
  const period = [...periods.month, ...periods.quarter, ...periods.year].find((p) => p.id === id)!;
  const { previous, next } = periodNeighbours(periods, period);
  return [previous?.id, next?.id];
};

describe('periodNeighbours', () => {
  it('links a month to the months either side', () => {
    expect(around('2025-09')).toEqual(['2025-08', '2025-10']);
    expect(around('2025-12')).toEqual(['2025-11', '2026-01']);
  });

  it('has no previous on the first report and no next on the latest', () => {
    expect(around('2025-05')).toEqual([undefined, '2025-06']);
    expect(around('2026-02')).toEqual(['2026-01', undefined]);
  });

  it('links quarters to quarters only, never to the months inside them', () => {
    expect(around('2025-Q3')).toEqual(['2025-Q2', '2025-Q4']);
    expect(around('2025-Q2')).toEqual([undefined, '2025-Q3']);
    expect(around('2026-Q1')).toEqual(['2025-Q4', undefined]);
  });

  it('links years to years only', () => {
    expect(around('2025')).toEqual([undefined, '2026']);
    expect(around('2026')).toEqual(['2025', undefined]);
  });

  it('returns the partial periods the client has, with their months', () => {
    const q2 = periods.quarter[0]!;
    expect(periodNeighbours(periods, periods.quarter[1]!).previous).toBe(q2);
    expect(q2.months).toEqual(['2025-05', '2025-06']);
  });

  it('finds a period by id, so a whole period stands for the clipped one of the same id', () => {
    const { previous, next } = periodNeighbours(periods, parsePeriod('2025-Q3'));
    expect([previous?.id, next?.id]).toEqual(['2025-Q2', '2025-Q4']);
  });

  it('has no neighbours for a period the client has no report for, or a client with no reports', () => {
    expect(periodNeighbours(periods, parsePeriod('2024-01'))).toEqual({});
    expect(periodNeighbours(reportPeriods([]), parsePeriod('2025-05'))).toEqual({});
  });

  it('keeps a single report without neighbours', () => {
    const one = reportPeriods(['2025-05']);
    expect(periodNeighbours(one, one.month[0]!)).toEqual({ previous: undefined, next: undefined });
    expect(periodNeighbours(one, one.quarter[0]!)).toEqual({ previous: undefined, next: undefined });
  });
});
