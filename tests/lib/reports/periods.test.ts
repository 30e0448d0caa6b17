import { describe, expect, it } from 'vitest';
import { lastPeriods, previousPeriod } from '../../../src/lib/reports/periods.ts';

describe('previousPeriod', () => {
  it('is the month before', () => {
    expect(previousPeriod('2026-10')).toBe('2026-09');
    expect(previousPeriod('2026-02')).toBe('2026-01');
  });

  it('crosses a year boundary', () => {
    expect(previousPeriod('2026-01')).toBe('2025-12');
  });

  it('rejects what is not a period', () => {
    expect(() => previousPeriod('2026-13')).toThrow('"2026-13" is not a period (expected YYYY-MM)');
    expect(() => previousPeriod('2026-1')).toThrow('is not a period');
  });
});

describe('lastPeriods', () => {
  it('lists the periods ending at the given one, oldest first', () => {
    expect(lastPeriods('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('covers a year of periods', () => {
    expect(lastPeriods('2026-10', 12)).toEqual([
      '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04',
      '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10',
    ]);
  });

  it('is the period alone for 1, and empty for 0', () => {
    expect(lastPeriods('2026-10', 1)).toEqual(['2026-10']);
    expect(lastPeriods('2026-10', 0)).toEqual([]);
  });
});
