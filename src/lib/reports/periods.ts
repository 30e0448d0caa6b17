/** Report periods are calendar months written `YYYY-MM`. */

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parts(period: string): { year: number; month: number } {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`"${period}" is not a period (expected YYYY-MM)`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

function format(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month before `period`: `previousPeriod('2026-01')` is `'2025-12'`. Throws for a malformed period. */
export function previousPeriod(period: string): string {
  const { year, month } = parts(period);
  return month === 1 ? format(year - 1, 12) : format(year, month - 1);
}

/** The `count` periods ending at `period`, oldest first: `lastPeriods('2026-02', 3)` is `['2025-12', '2026-01', '2026-02']`. */
export function lastPeriods(period: string, count: number): string[] {
  parts(period);
  const periods: string[] = [];
  let current = period;
  for (let i = 0; i < count; i += 1) {
    periods.unshift(current);
    current = previousPeriod(current);
  }
  return periods;
}
