import { describe, expect, it } from 'vitest';
import {
  calendarPeriod,
  endMonth,
  isPeriodId,
  monthsText,
  isWhole,
  lastPeriods,
  monthPeriod,
  parsePeriod,
  previous,
  reportPeriods,
  yearBefore,
  type Period,
} from '../../../src/lib/reports/periods.ts';

/** A period as `id [first..last]`, so expectations read like the calendar. */
const show = (period: Period) => `${period.id} [${period.months[0]}..${period.months.at(-1)}]`;

describe('parsePeriod', () => {
  it('reads a month, a quarter and a year with the months each covers', () => {
    expect(parsePeriod('2026-10')).toEqual({ kind: 'month', id: '2026-10', months: ['2026-10'] });
    expect(parsePeriod('2026-Q3')).toEqual({ kind: 'quarter', id: '2026-Q3', months: ['2026-07', '2026-08', '2026-09'] });
    expect(parsePeriod('2026-Q1').months).toEqual(['2026-01', '2026-02', '2026-03']);
    const year = parsePeriod('2026');
    expect(year.kind).toBe('year');
    expect(year.months).toHaveLength(12);
    expect([year.months[0], year.months.at(-1)]).toEqual(['2026-01', '2026-12']);
  });

  it('rejects what is not a period, saying what is expected', () => {
    const expected = '(expected a month YYYY-MM, a quarter YYYY-Qn with n from 1 to 4, or a year YYYY)';
    for (const id of ['2026-13', '2026-00', '2026-1', '2026-Q5', '2026-Q0', '2026-q3', '26', '2026-10-01', '', ' 2026']) {
      expect(() => parsePeriod(id), id).toThrow(`"${id}" is not a period ${expected}`);
      expect(isPeriodId(id), id).toBe(false);
    }
    expect(isPeriodId('2026-Q4')).toBe(true);
  });

  it('takes only months where a month is required', () => {
    expect(monthPeriod('2026-03').id).toBe('2026-03');
    expect(() => monthPeriod('2026-Q1')).toThrow('"2026-Q1" is not a month (expected YYYY-MM)');
  });
});

describe('previous', () => {
  it('is the month before, across a year boundary', () => {
    expect(previous(parsePeriod('2026-10')).id).toBe('2026-09');
    expect(previous(parsePeriod('2026-01')).id).toBe('2025-12');
  });

  it('is the quarter before: Q1 steps back to the previous year’s Q4', () => {
    expect(previous(parsePeriod('2026-Q3'))).toEqual(parsePeriod('2026-Q2'));
    expect(previous(parsePeriod('2026-Q1'))).toEqual(parsePeriod('2025-Q4'));
  });

  it('is the year before', () => {
    expect(previous(parsePeriod('2026'))).toEqual(parsePeriod('2025'));
  });

  it('keeps the span of a partial period: the same months of the period before', () => {
    const [q4] = reportPeriods(['2026-09', '2026-10']).quarter.slice(-1);
    expect(show(q4!)).toBe('2026-Q4 [2026-10..2026-10]');
    expect(show(previous(q4!))).toBe('2026-Q3 [2026-07..2026-07]');
    const [year] = reportPeriods(['2025-12', '2026-10']).year.slice(-1);
    expect(show(previous(year!))).toBe('2025 [2025-01..2025-10]');
  });
});

describe('yearBefore', () => {
  it('is the same month, quarter or year a year earlier, with the same span', () => {
    expect(yearBefore(parsePeriod('2026-02')).id).toBe('2025-02');
    expect(yearBefore(parsePeriod('2026-Q1'))).toEqual(parsePeriod('2025-Q1'));
    expect(yearBefore(parsePeriod('2026'))).toEqual(parsePeriod('2025'));
    const { quarter } = reportPeriods(['2025-05', '2025-06']);
    expect(quarter.map(show)).toEqual(['2025-Q2 [2025-05..2025-06]']);
    expect(show(yearBefore(quarter[0]!))).toBe('2024-Q2 [2024-05..2024-06]');
  });
});

describe('lastPeriods', () => {
  it('lists the periods ending at the given one, oldest first', () => {
    expect(lastPeriods(parsePeriod('2026-02'), 3).map((p) => p.id)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(lastPeriods(parsePeriod('2026-Q2'), 3).map((p) => p.id)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('is the period alone for 1, and empty for 0', () => {
    expect(lastPeriods(parsePeriod('2026-10'), 1).map((p) => p.id)).toEqual(['2026-10']);
    expect(lastPeriods(parsePeriod('2026-10'), 0)).toEqual([]);
  });
});

describe('endMonth', () => {
  it('is the last month a period covers', () => {
    expect(endMonth(parsePeriod('2026-Q3'))).toEqual(parsePeriod('2026-09'));
    expect(endMonth(reportPeriods(['2026-01', '2026-10']).year[0]!)).toEqual(parsePeriod('2026-10'));
  });
});

describe('reportPeriods', () => {
  // The demo clients' data: May 2025 to October 2026.
  const months = Array.from({ length: 18 }, (_, i) => `${2025 + Math.floor((i + 4) / 12)}-${String(((i + 4) % 12) + 1).padStart(2, '0')}`);
  const periods = reportPeriods(months);

  it('has every month with data, oldest first', () => {
    expect(months[0]).toBe('2025-05');
    expect(months.at(-1)).toBe('2026-10');
    expect(periods.month.map((p) => p.id)).toEqual(months);
  });

  it('has every quarter and year holding one of them, clipped to the months from the first to the latest', () => {
    expect(periods.quarter.map(show)).toEqual([
      '2025-Q2 [2025-05..2025-06]',
      '2025-Q3 [2025-07..2025-09]',
      '2025-Q4 [2025-10..2025-12]',
      '2026-Q1 [2026-01..2026-03]',
      '2026-Q2 [2026-04..2026-06]',
      '2026-Q3 [2026-07..2026-09]',
      '2026-Q4 [2026-10..2026-10]',
    ]);
    expect(periods.year.map(show)).toEqual(['2025 [2025-05..2025-12]', '2026 [2026-01..2026-10]']);
    expect(periods.quarter.map(isWhole)).toEqual([false, true, true, true, true, true, false]);
  });

  it('keeps a missing month inside the span, so its period shows the gap instead of hiding it', () => {
    const gappy = reportPeriods(['2026-03', '2026-01', '2026-05']);
    expect(gappy.month.map((p) => p.id)).toEqual(['2026-01', '2026-03', '2026-05']);
    expect(gappy.quarter.map(show)).toEqual(['2026-Q1 [2026-01..2026-03]', '2026-Q2 [2026-04..2026-05]']);
    expect(gappy.quarter[0]!.months).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('is empty without data, and rejects what is not a month', () => {
    expect(reportPeriods([])).toEqual({ month: [], quarter: [], year: [] });
    expect(() => reportPeriods(['2026-Q1'])).toThrow('"2026-Q1" is not a month (expected YYYY-MM)');
  });
});

describe('calendarPeriod', () => {
  it('is the whole quarter or year a partial one belongs to', () => {
    const { quarter, year } = reportPeriods(['2026-01', '2026-10']);
    expect(calendarPeriod(quarter.at(-1)!)).toEqual(parsePeriod('2026-Q4'));
    expect(calendarPeriod(year[0]!)).toEqual(parsePeriod('2026'));
    expect(calendarPeriod(parsePeriod('2026-10'))).toEqual(parsePeriod('2026-10'));
  });
});

describe('monthsText', () => {
  it('lists months in order, runs of three or more as a range', () => {
    expect(monthsText(['2026-08'])).toBe('2026-08');
    expect(monthsText(['2026-09', '2026-08'])).toBe('2026-08, 2026-09');
    expect(monthsText(['2025-03', '2025-01', '2025-02', '2025-04', '2025-10', '2025-12', '2026-01', '2026-02'])).toBe(
      '2025-01 – 2025-04, 2025-10, 2025-12 – 2026-02',
    );
  });
});

describe('period values', () => {
  // The engine's and the formatter's caches are keyed by the period value: however a period is
  // reached, the same months of the same kind must be the same object, or every cache misses.
  it('are one object per kind and months, however they are reached', () => {
    expect(previous(parsePeriod('2026-10'))).toBe(parsePeriod('2026-09'));
    expect(endMonth(parsePeriod('2026-Q3'))).toBe(parsePeriod('2026-09'));
    expect(lastPeriods(parsePeriod('2026-03'), 4)[0]).toBe(previous(previous(previous(parsePeriod('2026-03')))));
    const clipped = reportPeriods(['2025-05', '2026-10']);
    expect(previous(clipped.year.at(-1)!)).not.toBe(parsePeriod('2025'));
    expect(previous(previous(clipped.year.at(-1)!))).toBe(previous(previous(reportPeriods(['2026-01', '2026-10']).year[0]!)));
  });
});
