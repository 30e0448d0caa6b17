/**
 * Report periods as values: a month (`2026-10`), a quarter (`2026-Q3`) or a year (`2026`), and
 * the months it covers. An id is parsed once, where it enters (a file name, a route), and the
 * value is passed on; nothing downstream re-parses a string to learn what a period is.
 *
 * A period may cover only part of its calendar span: a client whose data starts in May 2025 and
 * ends in October 2026 has a year 2025 of May–December and a year 2026 of January–October.
 * `previous` and `yearBefore` keep that span (the same months of the earlier period), so a
 * partial period is only ever compared with the same stretch of months: like with like.
 * `previous()` inside a KPI formula is different: it reads the whole period before
 * (`calendarPeriod`), so a stock's opening value is the end of that period and follower growth
 * for 2026 to date runs from the end of December 2025.
 */

export type PeriodKind = 'month' | 'quarter' | 'year';

/** A value: never changed once made (its neighbours are remembered per value). */
export interface Period {
  kind: PeriodKind;
  /** The calendar period the report belongs to, and its URL segment: `2026-10`, `2026-Q3`, `2026`. */
  id: string;
  /**
   * The months covered, oldest first, as `YYYY-MM`: every month of the calendar period, or a
   * consecutive run of them when the client's data starts or ends inside it. Never empty.
   */
  months: readonly string[];
}

/** How many months a whole period of each kind has; also how far `previous` steps back. */
const LENGTH: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, year: 12 };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/**
 * The whole period an id names: `2026-10`, `2026-Q3` or `2026`. Throws with what was expected
 * for anything else (`2026-13`, `2026-Q5`, `26`).
 */
export function parsePeriod(id: string): Period {
  const month = MONTH.exec(id);
  if (month) return whole('month', index(Number(month[1]), Number(month[2])));
  const quarter = QUARTER.exec(id);
  if (quarter) return whole('quarter', index(Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1));
  const year = YEAR.exec(id);
  if (year) return whole('year', index(Number(year[1]), 1));
  throw new Error(`"${id}" is not a period (expected a month YYYY-MM, a quarter YYYY-Qn with n from 1 to 4, or a year YYYY)`);
}

/** Whether `id` names a period, without throwing: for code that lists candidate names. */
export function isPeriodId(id: string): boolean {
  return MONTH.test(id) || QUARTER.test(id) || YEAR.test(id);
}

/** The first and last month a period covers. */
export function firstMonth(period: Period): string {
  return period.months[0]!;
}

export function lastMonth(period: Period): string {
  return period.months.at(-1)!;
}

/** Whether the period covers its whole calendar span (every month of the quarter or year). */
export function isWhole(period: Period): boolean {
  return period.months.length === LENGTH[period.kind];
}

/**
 * The period before, of the same kind and with the same span: `2026-10` → `2026-09`,
 * `2026-Q1` → `2025-Q4`, `2026` (January–October) → `2025` (January–October).
 */
export function previous(period: Period): Period {
  return memo(previousOf, period, () => shifted(period, -LENGTH[period.kind]));
}

/** The same period a year before, with the same span: `2026-Q3` → `2025-Q3`, `2026-10` → `2025-10`. */
export function yearBefore(period: Period): Period {
  return memo(yearBeforeOf, period, () => shifted(period, -12));
}

/**
 * The whole calendar period a (possibly partial) period belongs to: `2026` for January–October
 * 2026. What `previous()` in a formula reads is the whole period before this one.
 */
export function calendarPeriod(period: Period): Period {
  return memo(calendarOf, period, () => (isWhole(period) ? period : containing(period.kind, monthIndex(firstMonth(period)))));
}

/**
 * Months as a reason names them: runs of three or more as a range, "2025-01 – 2025-04, 2025-10",
 * so a year with a gap does not list ten months one by one. `name` names a month ("January 2025")
 * and `list` joins the pieces in the locale's words; by default ids and commas.
 */
export function monthsText(
  months: readonly string[],
  name: (month: string) => string = String,
  list: (items: readonly string[]) => string = (items) => items.join(', '),
): string {
  const runs: number[][] = [];
  for (const month of [...new Set(months)].map(monthIndex).sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run.at(-1)! + 1 === month) run.push(month);
    else runs.push([month]);
  }
  return list(
    runs.flatMap((run) => (run.length >= 3 ? [`${name(monthId(run[0]!))} – ${name(monthId(run.at(-1)!))}`] : run.map((month) => name(monthId(month))))),
  );
}

/** The period's last month as a month period: where a quarter's monthly trend ends. */
export function endMonth(period: Period): Period {
  return whole('month', monthIndex(lastMonth(period)));
}

/** The `count` periods ending at `period`, oldest first, each `previous` of the next. */
export function lastPeriods(period: Period, count: number): Period[] {
  const periods: Period[] = [];
  for (let current = period; periods.length < count; current = previous(current)) periods.unshift(current);
  return periods;
}

/** The month a `YYYY-MM` id names, as a period. Throws for anything else. */
export function monthPeriod(month: string): Period {
  const period = parsePeriod(month);
  if (period.kind !== 'month') throw new Error(`"${month}" is not a month (expected YYYY-MM)`);
  return period;
}

/** The reports a client has: its months, and every quarter and year one of those months falls in. */
export interface ReportPeriods {
  /** Oldest first, each kind. */
  month: Period[];
  quarter: Period[];
  year: Period[];
}

/**
 * The periods a report exists for, from the months that have a snapshot: each of those months,
 * and each quarter and year holding at least one of them, clipped to the months from the first
 * snapshot to the latest. A month missing inside that span stays in it (its period then has no
 * data, with the reason), so a gap is never hidden by a shorter period.
 */
export function reportPeriods(months: Iterable<string>): ReportPeriods {
  const indexes = [...new Set(months)].map(monthIndex).sort((a, b) => a - b);
  if (indexes.length === 0) return { month: [], quarter: [], year: [] };
  const first = indexes[0]!;
  const last = indexes.at(-1)!;
  const covering = (kind: PeriodKind): Period[] => {
    const periods = new Map<string, Period>();
    for (const month of indexes) {
      const period = containing(kind, month);
      if (!periods.has(period.id)) periods.set(period.id, clipped(period, first, last));
    }
    return [...periods.values()];
  };
  return { month: indexes.map((month) => whole('month', month)), quarter: covering('quarter'), year: covering('year') };
}

/** Every report period, in the order a client's reports are listed and built: months, then quarters, then years, each oldest first. */
export function allPeriods(periods: ReportPeriods): Period[] {
  return [...periods.month, ...periods.quarter, ...periods.year];
}

// A report asks for the same few periods' neighbours again and again (every KPI, platform and
// trend point): each is worked out once per period value, and month ids are converted once.
const previousOf = new WeakMap<Period, Period>();
const yearBeforeOf = new WeakMap<Period, Period>();
const calendarOf = new WeakMap<Period, Period>();

function memo(cache: WeakMap<Period, Period>, period: Period, make: () => Period): Period {
  let found = cache.get(period);
  if (!found) cache.set(period, (found = make()));
  return found;
}

// ——— months as numbers: year × 12 + (month − 1), so stepping is arithmetic ———

const indexOfMonth = new Map<string, number>();
const idOfMonth = new Map<number, string>();

function index(year: number, month: number): number {
  return year * 12 + month - 1;
}

function monthIndex(month: string): number {
  let value = indexOfMonth.get(month);
  if (value === undefined) {
    const match = MONTH.exec(month);
    if (!match) throw new Error(`"${month}" is not a month (expected YYYY-MM)`);
    indexOfMonth.set(month, (value = index(Number(match[1]), Number(match[2]))));
  }
  return value;
}

function monthId(value: number): string {
  let id = idOfMonth.get(value);
  if (id === undefined) {
    const year = Math.floor(value / 12);
    if (year < 0 || year > 9999) throw new Error(`month ${value} is outside the years 0000–9999`);
    idOfMonth.set(value, (id = `${String(year).padStart(4, '0')}-${String((value % 12) + 1).padStart(2, '0')}`));
  }
  return id;
}

/**
 * One value per distinct period: the same kind and months give the same object, however it was
 * reached (parsed, stepped back from, clipped), so the caches keyed by period value above, the
 * engine's and the formatter's hit instead of recomputing a key or a neighbour. Periods are few
 * (a client's years of months, quarters and years), so the table stays small.
 */
const interned = new Map<string, Period>();

function period(kind: PeriodKind, start: number, length: number): Period {
  const key = `${kind} ${start} ${length}`;
  let found = interned.get(key);
  if (!found) {
    const months = Array.from({ length }, (_, i) => monthId(start + i));
    interned.set(key, (found = { kind, id: idOf(kind, start), months }));
  }
  return found;
}

/** The calendar period of `kind` that starts at month `start` (which must be its first month). */
function whole(kind: PeriodKind, start: number): Period {
  return period(kind, start, LENGTH[kind]);
}

function idOf(kind: PeriodKind, month: number): string {
  const [year, number] = monthId(month).split('-') as [string, string];
  if (kind === 'month') return `${year}-${number}`;
  if (kind === 'quarter') return `${year}-Q${Math.floor((Number(number) - 1) / 3) + 1}`;
  return year;
}

/** The whole calendar period of `kind` that month `month` lies in. */
function containing(kind: PeriodKind, month: number): Period {
  return whole(kind, month - (month % LENGTH[kind]));
}

function clipped(whole: Period, first: number, last: number): Period {
  const start = Math.max(first, monthIndex(firstMonth(whole)));
  const end = Math.min(last, monthIndex(lastMonth(whole)));
  return period(whole.kind, start, end - start + 1);
}

/** The same span `by` months later (negative: earlier); the id is the calendar period it then lies in. */
function shifted(span: Period, by: number): Period {
  return period(span.kind, monthIndex(firstMonth(span)) + by, span.months.length);
}
