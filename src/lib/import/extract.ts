/**
 * A table and its column plan → observations: one per row and platform, with the row's date and
 * the values it has. What a blank cell means depends on the row (format.ts `Grain`); a cell that
 * is not a count is a problem with its line and column, in the project's one problem format.
 */
import { show, type Problem } from '../problems.ts';
import type { Metric } from '../../schemas/metric.ts';
import { rowDates, type RowDates } from './row-dates.ts';
import { ImportError } from './errors.ts';
import type { ColumnPlan, Grain, Source } from './format.ts';
import { platformOfNetwork } from './formats/networks.ts';
import { isMissing, parseNumber } from './numbers.ts';
import type { Table, TableRow } from './read-table.ts';

export interface Observation {
  line: number;
  platform: string;
  /** `YYYY-MM-DD`; absent when the export has no dates. For a row covering several days, its first. */
  date?: string;
  /** The last day of a row that covers several (Ads Manager's "Reporting ends"). */
  until?: string;
  /** Metric id → value; a metric without a value is absent. */
  values: Record<string, number>;
  /** The metrics the row reports, with or without a value: a row of another series does not count as a blank. */
  reports?: string[];
  /** Metric id → the 0-based column its value was read from, to name a negative value's cell. */
  columns?: Record<string, number>;
}

export interface ExtractOptions {
  /** The file as named in messages. */
  file: string;
  /** The platform of rows whose format does not say it (--platform, or the format's own). */
  platform?: string;
  /** Keep only this platform's rows of a file with several networks. */
  onlyPlatform?: string;
  /** --year, for dates without one. */
  year?: number;
  /** The kinds of the metrics: only a flow may be negative in an export (a correction). */
  kinds: ReadonlyMap<string, Metric['kind']>;
}

export interface Extraction {
  observations: Observation[];
  /** Rows left out as not data, with the reason (a summary row). */
  skipped: { line: number; reason: string }[];
  /** How dates without a year were completed, for the summary. */
  years?: string;
}

export function extractObservations(table: Table, plan: ColumnPlan, options: ExtractOptions): Extraction {
  const grain: Grain = plan.grain ?? (plan.date ? 'days' : 'totals');
  const all = plan.totalsOnly && table.totals ? [table.totals] : table.rows;
  const skipped: { line: number; reason: string }[] = [];
  const rows = all.filter((row) => {
    const reason = plan.skip?.(row);
    if (reason) skipped.push({ line: row.line, reason });
    return !reason;
  });
  const problems: Problem[] = [];
  const dates: RowDates = rowDates(rows, plan, grain, options, problems);
  const observations: Observation[] = [];
  rows.forEach((row, index) => {
    const byPlatform = new Map<string, Observation>();
    const network = plan.network ? (row.cells[plan.network.index] ?? '') : undefined;
    if (network !== undefined && isMissing(network) && hasNumbers(row, plan)) problems.push(networkProblem(row, plan.network!, options.file));
    for (const source of plan.sources) {
      if ((source.section ?? 0) !== (row.section ?? 0) && plan.sources.some((s) => s.section !== undefined)) continue;
      const platform = source.platform ?? (network === undefined ? options.platform : isMissing(network) ? undefined : platformOfNetwork(network));
      if (!platform || (options.onlyPlatform && platform !== options.onlyPlatform)) continue;
      const observation = byPlatform.get(platform) ?? { line: row.line, platform, values: {}, reports: [], columns: {} };
      byPlatform.set(platform, observation);
      observation.reports!.push(source.metric);
      const read = sourceValue(row, source, grain, table, options, problems);
      if (read !== undefined) {
        observation.values[source.metric] = read.value;
        observation.columns![source.metric] = read.column;
      }
    }
    const hasValues = [...byPlatform.values()].some((o) => Object.keys(o.values).some((metric) => !isCount(plan, metric)));
    const date = dates.dates[index];
    if (dates.dated && date === undefined) {
      // A row without a date and without numbers is a note under the table, not data.
      const problem = hasValues ? dates.problem(row) : undefined;
      if (problem) problems.push(problem);
      return;
    }
    const until = dates.until[index];
    for (const observation of byPlatform.values())
      observations.push({ ...observation, ...(date ? { date } : {}), ...(until && until !== date ? { until } : {}) });
  });
  if (problems.length)
    throw new ImportError(
      `${options.file} has ${problems.length === 1 ? 'a cell' : `${problems.length} cells`} Rolebook cannot read; nothing was written`,
      'content',
      problems,
    );
  return { observations, skipped, ...(dates.years ? { years: dates.years } : {}) };
}

function isCount(plan: ColumnPlan, metric: string): boolean {
  return plan.sources.some((s) => s.metric === metric && s.count && !s.count.values);
}

/** Whether any of the row's metric cells holds something: a row with none is a note, not data. */
function hasNumbers(row: TableRow, plan: ColumnPlan): boolean {
  return plan.sources.some((source) => !source.count && source.columns.some((column) => !isMissing(row.cells[column] ?? '')));
}

function networkProblem(row: TableRow, network: { index: number; label: string }, file: string): Problem {
  return {
    file,
    line: row.line,
    column: network.index + 1,
    field: network.label,
    message: 'is empty',
    expected: 'the network of the row, such as "Instagram"',
  };
}

/**
 * The source's value on a row. Alternatives: the first column with a value. Parts: their sum,
 * where a blank part is none of it on an item and a missing value on a day. Counts: 1 or 0.
 */
function sourceValue(
  row: TableRow,
  source: Source,
  grain: Grain,
  table: Table,
  options: ExtractOptions,
  problems: Problem[],
): { value: number; column: number } | undefined {
  if (source.rows && !source.rows(row)) return undefined;
  if (source.count) {
    if (!source.count.values) return { value: 1, column: -1 };
    const cell = (row.cells[source.columns[0]!] ?? '').trim().toLowerCase();
    return { value: source.count.values.some((v) => v.toLowerCase() === cell) ? 1 : 0, column: source.columns[0]! };
  }
  const values: { value: number; column: number }[] = [];
  let missing = 0;
  for (const column of source.columns) {
    const value = cellValue(row, column, source.metric, table, options, problems);
    if (value === undefined) missing += 1;
    else values.push({ value, column });
    if (source.combine !== 'sum' && value !== undefined) return { value, column };
  }
  if (source.combine !== 'sum' || values.length === 0) return undefined;
  if (missing > 0 && grain !== 'items') return undefined;
  return { value: values.reduce((sum, v) => sum + v.value, 0), column: values[0]!.column };
}

function cellValue(row: TableRow, column: number, metric: string, table: Table, options: ExtractOptions, problems: Problem[]): number | undefined {
  const cell = row.cells[column] ?? '';
  const parsed = parseNumber(cell, table.decimal);
  if (parsed.kind === 'missing') return undefined;
  const at = { file: options.file, line: row.line, column: column + 1, field: table.header[column]! };
  const kind = options.kinds.get(metric);
  if (parsed.kind === 'text')
    problems.push({
      ...at,
      message: `${show(cell)} is not a number`,
      expected: `a count such as ${table.decimal === ',' ? '1.234 or 1234,5' : '1,234 or 1234.5'}`,
    });
  else if (parsed.percent) problems.push({ ...at, message: `${show(cell)} is a percentage`, expected: `a count for ${metric}` });
  // A negative flow is a platform's correction (comments deleted after the day they were counted):
  // it belongs in the month's sum, which rollup.ts checks. A stock or a unique count is never negative.
  else if (parsed.value < 0 && kind !== 'flow') problems.push({ ...at, message: `${show(cell)} is negative`, expected: `a count for ${metric}, zero or more` });
  else return parsed.value;
  return undefined;
}
