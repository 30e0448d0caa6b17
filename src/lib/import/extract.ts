/**
 * A table and its column plan → observations: one per row and platform, with the row's date and
 * the values it has. A missing cell stays missing; a cell that is not a count is a problem with its
 * line and column, in the project's one problem format.
 */
import { show, type Problem } from '../problems.ts';
import { dayOrderOf, parseDateParts, withYears, type DateParts } from './dates.ts';
import { ImportError } from './errors.ts';
import type { ColumnPlan, Source } from './format.ts';
import { platformOfNetwork } from './formats/networks.ts';
import { isMissing, parseNumber } from './numbers.ts';
import type { Table, TableRow } from './read-table.ts';

export interface Observation {
  line: number;
  platform: string;
  /** `YYYY-MM-DD`; absent when the export has no dates. */
  date?: string;
  /** Metric id → value; a metric without a value is absent. */
  values: Record<string, number>;
}

export interface ExtractOptions {
  /** The file as named in messages. */
  file: string;
  /** The platform of rows whose format does not say it (--platform, or the format's own). */
  platform?: string;
  /** Keep only this platform's rows of a file with several networks. */
  onlyPlatform?: string;
  /** The year of the first date, for dates without one. */
  year?: number;
}

export function extractObservations(table: Table, plan: ColumnPlan, options: ExtractOptions): Observation[] {
  const rows = plan.totalsOnly && table.totals ? [table.totals] : table.rows;
  const problems: Problem[] = [];
  const dates = plan.date ? rowDates(rows, plan.date, options) : [];
  const observations: Observation[] = [];
  rows.forEach((row, index) => {
    const byPlatform = new Map<string, Record<string, number>>();
    const network = plan.network ? row.cells[plan.network.index] ?? '' : undefined;
    if (network !== undefined && isMissing(network) && hasNumbers(row, plan)) problems.push(networkProblem(row, plan.network!, options.file));
    for (const source of plan.sources) {
      const platform = source.platform ?? (network === undefined ? options.platform : isMissing(network) ? undefined : platformOfNetwork(network));
      if (!platform || (options.onlyPlatform && platform !== options.onlyPlatform)) continue;
      const values = byPlatform.get(platform) ?? {};
      byPlatform.set(platform, values);
      const value = sourceValue(row, source, table, options.file, problems);
      if (value !== undefined) values[source.metric] = value;
    }
    const hasValues = [...byPlatform.values()].some((values) => Object.keys(values).length > 0);
    const date = dates[index];
    if (plan.date && date === undefined) {
      // A row without a date and without numbers is a note under the table, not data.
      if (hasValues) problems.push(dateProblem(row, plan.date, options.file));
      return;
    }
    for (const [platform, values] of byPlatform) observations.push({ line: row.line, platform, ...(date ? { date } : {}), values });
  });
  if (problems.length) throw new ImportError(`${options.file} has ${problems.length === 1 ? 'a cell' : `${problems.length} cells`} Rolebook cannot read; nothing was written`, 'content', problems);
  return observations;
}

/** Each row's date (undefined where the cell is empty or unreadable); asks for --year when dates have none. */
function rowDates(rows: readonly TableRow[], date: { index: number; label: string }, options: ExtractOptions): (string | undefined)[] {
  const cells = rows.map((row) => row.cells[date.index] ?? '');
  const order = dayOrderOf(cells);
  const parts: (DateParts | undefined)[] = cells.map((cell) => (isMissing(cell) ? undefined : parseDateParts(cell, order)));
  const yearless = parts.find((p) => p && p.year === undefined);
  if (yearless && options.year === undefined) {
    const example = cells[parts.indexOf(yearless)];
    throw new ImportError(`${options.file} has dates without a year (such as ${show(example)}): pass --year YYYY, the year of its first row`, 'usage');
  }
  return withYears(parts, options.year);
}

function dateProblem(row: TableRow, date: { index: number; label: string }, file: string): Problem {
  const cell = row.cells[date.index] ?? '';
  const at = { file, line: row.line, column: date.index + 1, field: date.label };
  if (isMissing(cell)) return { ...at, message: 'has numbers but no date', expected: 'a date on every row with data' };
  return { ...at, message: `${show(cell)} is not a date`, expected: 'a date such as 2024-09-27, 9/27/2024 or Sep 27, 2024' };
}

/** Whether any of the row's metric cells holds something: a row with none is a note, not data. */
function hasNumbers(row: TableRow, plan: ColumnPlan): boolean {
  return plan.sources.some((source) => source.columns.some((column) => !isMissing(row.cells[column] ?? '')));
}

function networkProblem(row: TableRow, network: { index: number; label: string }, file: string): Problem {
  return { file, line: row.line, column: network.index + 1, field: network.label, message: 'is empty', expected: 'the network of the row, such as "Instagram"' };
}

/** The first of the source's columns with a value, as a count; problems for anything else. */
function sourceValue(row: TableRow, source: Source, table: Table, file: string, problems: Problem[]): number | undefined {
  for (const column of source.columns) {
    const cell = row.cells[column] ?? '';
    const parsed = parseNumber(cell, table.decimal);
    if (parsed.kind === 'missing') continue;
    const at = { file, line: row.line, column: column + 1, field: table.header[column]! };
    if (parsed.kind === 'text') problems.push({ ...at, message: `${show(cell)} is not a number`, expected: `a count such as ${table.decimal === ',' ? '1.234 or 1234,5' : '1,234 or 1234.5'}` });
    else if (parsed.percent) problems.push({ ...at, message: `${show(cell)} is a percentage`, expected: `a count for ${source.metric}` });
    else if (parsed.value < 0) problems.push({ ...at, message: `${show(cell)} is negative`, expected: `a count for ${source.metric}, zero or more` });
    else return parsed.value;
    return undefined;
  }
  return undefined;
}
