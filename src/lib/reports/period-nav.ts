/**
 * A report's neighbours: the report before and the report after it, among the reports of its own
 * kind. A quarter's neighbours are quarters, never the months inside it, so "next" on Q3 reads Q4.
 */
import type { Period, ReportPeriods } from './periods.ts';

export interface PeriodNeighbours {
  /** Unset on the client's first report of this kind. */
  previous?: Period;
  /** Unset on the client's latest report of this kind. */
  next?: Period;
}

/** `periods` lists each kind oldest first, as `reportPeriods` makes them; `period` is found by id. */
export function periodNeighbours(periods: ReportPeriods, period: Period): PeriodNeighbours {
  const siblings = periods[period.kind];
  const index = siblings.findIndex((p) => p.id === period.id);
  // A period the client has no report for has no place among them, so no neighbours either.
  if (index < 0) return {};
  return { previous: siblings[index - 1], next: siblings[index + 1] };
}
