/**
 * Each row's date, from a date column or from a range of days, and never a silently wrong year.
 * A date without a year ("April 12") takes one from a date the file states (TikTok Content's
 * export date in "Time": a post is dated on or before it) or from --year; when neither settles
 * it the import stops and asks. How the years were found goes into the summary.
 */
import { show, type Problem } from '../problems.ts';
import { anchoredDate, dayOrderOf, isoDate, parseDateParts, withYears, type DateParts } from './dates.ts';
import { ImportError } from './errors.ts';
import type { ColumnPlan, Grain } from './format.ts';
import { isMissing } from './numbers.ts';
import type { TableRow } from './read-table.ts';

export interface RowDates {
  /** Whether rows need a date: the export has a date column or a range. */
  dated: boolean;
  /** `YYYY-MM-DD` per row, or undefined where the cell is empty or unreadable. */
  dates: (string | undefined)[];
  /** The last day of a row covering a range. */
  until: (string | undefined)[];
  /** How dates without a year were completed, one sentence. */
  years?: string;
  /** The problem of a row with numbers and no readable date; undefined when it was already given. */
  problem(row: TableRow): Problem | undefined;
}

interface Column {
  index: number;
  label: string;
}

export function rowDates(rows: readonly TableRow[], plan: ColumnPlan, grain: Grain, options: { file: string; year?: number }, problems: Problem[]): RowDates {
  if (plan.date) return fromColumn(rows, plan.date, plan.anchor, grain, options, problems);
  if (plan.range) return fromRange(rows, plan.range, options.file);
  return { dated: false, dates: [], until: [], problem: () => ({ file: options.file, message: 'has no date' }) };
}

function fromColumn(
  rows: readonly TableRow[],
  date: Column,
  anchor: Column | undefined,
  grain: Grain,
  options: { file: string; year?: number },
  problems: Problem[],
): RowDates {
  const problem = (row: TableRow) => dateProblem(row, date, options.file);
  const parts = partsOf(rows, date);
  const yearless = parts.findIndex((p) => p && p.year === undefined);
  const base = { dated: true, until: [], problem };
  if (yearless < 0) return { ...base, dates: parts.map((p) => (p ? isoDate(p.year!, p.month, p.day) : undefined)) };
  const example = show(rows[yearless]!.cells[date.index] ?? '');
  if (anchor) return anchored(rows, parts, date, anchor, example, options, problems);
  if (options.year === undefined) {
    const ask =
      grain === 'days' ? ': pass --year YYYY, the year of its first row' : ', and nothing in the file says their year: pass --year YYYY, the year of its rows';
    throw new ImportError(`${options.file} has dates without a year (such as ${example})${ask}`, 'usage');
  }
  if (grain === 'days') {
    return {
      ...base,
      dates: withYears(parts, options.year),
      years: `Dates without a year: the first row is in ${options.year} (--year), and each next one follows on from the row before, past New Year if it comes`,
    };
  }
  const year = options.year;
  return {
    ...base,
    dates: parts.map((p) => (p ? isoDate(p.year ?? year, p.month, p.day) : undefined)),
    years: `Dates without a year are taken to be in ${year} (--year)`,
  };
}

/** Dates without a year, each the latest such date on or before its row's export date. */
function anchored(
  rows: readonly TableRow[],
  parts: readonly (DateParts | undefined)[],
  date: Column,
  anchor: Column,
  example: string,
  options: { file: string; year?: number },
  problems: Problem[],
): RowDates {
  const anchors = partsOf(rows, anchor);
  const withoutYear = anchors.find((a) => a && a.year === undefined);
  if (withoutYear && options.year === undefined) {
    const at = anchors.indexOf(withoutYear);
    throw new ImportError(
      `${options.file} has dates without a year in "${date.label}" (such as ${example}), and its export date in "${anchor.label}" has none either (${show(rows[at]!.cells[anchor.index] ?? '')}): pass --year YYYY, the year the file was exported`,
      'usage',
    );
  }
  const reported = new Set<number>();
  const dates = rows.map((row, index) => {
    const p = parts[index];
    if (!p) return undefined;
    if (p.year !== undefined) return isoDate(p.year, p.month, p.day);
    const a = anchors[index];
    if (!a) {
      reported.add(row.line);
      problems.push({
        file: options.file,
        line: row.line,
        column: anchor.index + 1,
        field: anchor.label,
        message: `${show(row.cells[anchor.index] ?? '')} is not a date`,
        expected: `the date the file was exported, which "${date.label}" is counted back from`,
      });
      return undefined;
    }
    return anchoredDate(p, { year: a.year ?? options.year!, month: a.month, day: a.day });
  });
  const exported = anchors.find(Boolean)!;
  const shown = withoutYear
    ? `${show(rows[anchors.indexOf(exported)]!.cells[anchor.index] ?? '')} in ${options.year} (--year)`
    : show(rows[anchors.indexOf(exported)]!.cells[anchor.index] ?? '');
  return {
    dated: true,
    until: [],
    problem: (row) => (reported.has(row.line) ? undefined : dateProblem(row, date, options.file)),
    dates,
    years: `Dates without a year in "${date.label}" are placed on or before the export date in "${anchor.label}", ${shown}`,
  };
}

function partsOf(rows: readonly TableRow[], column: Column): (DateParts | undefined)[] {
  const cells = rows.map((row) => row.cells[column.index] ?? '');
  const order = dayOrderOf(cells);
  return cells.map((cell) => (isMissing(cell) ? undefined : parseDateParts(cell, order)));
}

/** Rows covering a range of days: dated by the first, and refused when a range spans months. */
function fromRange(rows: readonly TableRow[], range: { start: Column; end: Column }, file: string): RowDates {
  const full = (parts: DateParts | undefined) => (parts?.year !== undefined ? isoDate(parts.year, parts.month, parts.day) : undefined);
  const starts = partsOf(rows, range.start).map(full);
  const ends = partsOf(rows, range.end).map(full);
  const across = starts.findIndex((start, index) => start && ends[index] && start.slice(0, 7) !== ends[index]!.slice(0, 7));
  if (across >= 0) {
    throw new ImportError(
      `${file} reports line ${rows[across]!.line} over ${starts[across]} to ${ends[across]}, more than one month, and a total cannot be split into months: export it again broken down by month or by day (Ads Manager: Breakdown → By time), or one month at a time`,
    );
  }
  return { dated: true, dates: starts, until: ends, problem: (row) => dateProblem(row, range.start, file) };
}

function dateProblem(row: TableRow, date: Column, file: string): Problem {
  const cell = row.cells[date.index] ?? '';
  const at = { file, line: row.line, column: date.index + 1, field: date.label };
  if (isMissing(cell)) return { ...at, message: 'has numbers but no date', expected: 'a date on every row with data' };
  return { ...at, message: `${show(cell)} is not a date`, expected: 'a date such as 2024-09-27, 9/27/2024 or Sep 27, 2024' };
}
