/**
 * Dates as exports write them, to `YYYY-MM-DD`:
 *   `2024-09-27`, `2024-09-27T00:00:00`, `2021-05-30 16:03 +0000` (the date as written in its offset,
 *   never converted to the machine's time zone), `8/19/2015` or `19/08/2015` (the order decided for
 *   the whole column), `19.08.2024`, `Sep 27, 2024`, `Sun, Aug 30, 2026`, `27. Okt. 2024`,
 *   `28 de março de 2024`, `18 января`, `9月13日`, and dates without a year (`February 28`,
 *   `28 févr.`), which take their year from a date the file states (anchoredDate) or from `--year`.
 * No `Date` parsing anywhere: it would apply the local time zone and guess formats.
 */
import { isWeekday, monthOf } from './month-names.ts';

export interface DateParts {
  /** Absent when the cell names no year. */
  year?: number;
  month: number;
  day: number;
}

/** How a numeric date with slashes orders its parts: US `8/19/2015` or European `19/8/2015`. */
export type DayOrder = 'mdy' | 'dmy';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s,])/;
/** Chinese, Japanese and Korean: `2024年9月13日`, `9月13日`, `9월 13일`. */
const CJK = /^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?=$|[\s,])/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?=$|[T\s,])/;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s?m\.?)?/gi;
const OFFSET = /(?:^|\s)(?:utc|gmt)?[+-]\d{2}:?\d{2}\b|\b(?:utc|gmt)\b/gi;
/** Words a date may carry besides its month and weekday: "28 de março de 2024", "the 28th of May". */
const FILLERS = new Set(['de', 'del', 'of', 'the', 'st', 'nd', 'rd', 'th', 'at', 'um', 'a', 'le', 'el', 'em', 'am', 'pm']);

export function parseDateParts(cell: string, order: DayOrder = 'mdy'): DateParts | undefined {
  const text = cell.trim();
  const iso = ISO.exec(text);
  if (iso) return checked({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const cjk = CJK.exec(text);
  if (cjk) return checked({ ...(cjk[1] ? { year: Number(cjk[1]) } : {}), month: Number(cjk[2]), day: Number(cjk[3]) });
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    const year = numeric[4]!.length === 2 ? 2000 + Number(numeric[4]) : Number(numeric[4]);
    // Dots are only ever European (19.08.2024).
    const dayFirst = numeric[2] === '.' || order === 'dmy';
    return checked({ year, month: dayFirst ? b : a, day: dayFirst ? a : b });
  }
  return worded(text);
}

/** `Sep 27, 2024`, `Sun, Aug 30, 2026`, `27. Okt. 2024`, `February 28`. */
function worded(text: string): DateParts | undefined {
  const tokens =
    text
      .replace(TIME, ' ')
      .replace(OFFSET, ' ')
      .match(/\p{L}+|\d+/gu) ?? [];
  const words = tokens.filter((token) => !/^\d/.test(token));
  const numbers = tokens.filter((token) => /^\d/.test(token));
  let months = words.filter((word) => monthOf(word) !== undefined);
  // "mar." is Tuesday in French and Spanish as well as March: a weekday that is also a month
  // only counts as the month when there is no other.
  if (months.length > 1) months = months.filter((word) => !isWeekday(word));
  if (months.length !== 1) return undefined;
  const others = words.filter((word) => word !== months[0]);
  if (others.some((word) => !isWeekday(word) && !FILLERS.has(word.toLowerCase()))) return undefined;
  const years = numbers.filter((n) => n.length === 4);
  const days = numbers.filter((n) => n.length <= 2);
  if (years.length > 1 || days.length !== 1 || years.length + days.length !== numbers.length) return undefined;
  const parts: DateParts = { month: monthOf(months[0]!)!, day: Number(days[0]) };
  if (years.length) parts.year = Number(years[0]);
  return checked(parts);
}

function checked(parts: DateParts): DateParts | undefined {
  const { year, month, day } = parts;
  if (month < 1 || month > 12 || day < 1) return undefined;
  // Without a year, 29 February may still be real.
  const date = new Date(Date.UTC(year ?? 2000, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? parts : undefined;
}

/**
 * The order of a column's numeric dates: `dmy` as soon as one cell starts with a day above 12,
 * otherwise `mdy` (what US-made exports write).
 */
export function dayOrderOf(cells: Iterable<string>): DayOrder {
  for (const cell of cells) {
    const match = NUMERIC.exec(cell.trim());
    if (match && match[2] !== '.' && Number(match[1]) > 12) return 'dmy';
  }
  return 'mdy';
}

/**
 * The latest date with the month and day of `parts` on or before `anchor`: a post listed in an
 * export made on 13 January and dated "December 28" was posted on 28 December of the year before.
 */
export function anchoredDate(parts: DateParts, anchor: { year: number; month: number; day: number }): string {
  const onOrBefore = parts.month < anchor.month || (parts.month === anchor.month && parts.day <= anchor.day);
  let year = onOrBefore ? anchor.year : anchor.year - 1;
  // 29 February goes back to the last leap year.
  while (!checked({ year, month: parts.month, day: parts.day })) year -= 1;
  return isoDate(year, parts.month, parts.day);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Full dates for a column in file order. A date without a year takes the year that puts it
 * closest to the date before it, so a chronological series wraps past New Year in either
 * direction; the first one takes `year`. Returns undefined for a date without a year when no
 * `year` is given.
 */
export function withYears(column: readonly (DateParts | undefined)[], year: number | undefined): (string | undefined)[] {
  let previous: { year: number; month: number; day: number } | undefined;
  return column.map((parts) => {
    if (!parts) return undefined;
    let full: { year: number; month: number; day: number } | undefined;
    if (parts.year !== undefined) full = { ...parts, year: parts.year };
    else if (previous) full = closestYear(parts, previous);
    else if (year !== undefined) full = { ...parts, year };
    if (!full) return undefined;
    previous = full;
    return isoDate(full.year, full.month, full.day);
  });
}

function closestYear(parts: DateParts, previous: { year: number; month: number; day: number }): { year: number; month: number; day: number } {
  const before = Date.UTC(previous.year, previous.month - 1, previous.day);
  const candidates = [previous.year - 1, previous.year, previous.year + 1].map((year) => ({ ...parts, year }));
  const distance = (c: { year: number; month: number; day: number }) => Math.abs(Date.UTC(c.year, c.month - 1, c.day) - before);
  return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}
