/**
 * What an import format is: a header signature that recognises the file, and a plan that says
 * which column holds the date, the platform and each canonical metric, and why every other
 * column is left out. Formats live in formats/, one module per platform's exports.
 */
import { isMissing } from './numbers.ts';
import type { Table, TableRow } from './read-table.ts';

/**
 * What one row of an export is, which decides what a blank cell means:
 * - `items`: a post, a video, a message, an ad campaign: a blank cell means the item has none of it
 *   (Meta leaves "Link clicks" blank on a post without a link), so a month has the metric when any
 *   of its items has a value;
 * - `days`: a day (or a week) of an account's series: a blank cell is a value the platform did not
 *   give, so a month with a blank day has no total for that metric;
 * - `totals`: one row that already covers the period (YouTube's Total row, an export without dates).
 */
export type Grain = 'items' | 'days' | 'totals';

/** A metric read from one column, or from alternatives of which each row uses the first with a value. */
export interface Source {
  metric: string;
  columns: number[];
  /** The header names, as written. */
  label: string;
  /** The platform of this column when each network has its own columns (Hootsuite). */
  platform?: string;
  /**
   * How the columns make one value: `first` (the default) takes the first with a value, for
   * alternative names; `sum` adds them, for the parts of a metric ("Page Reactions by Type - Like",
   * "- Love"…; organic and paid video views).
   */
  combine?: 'first' | 'sum';
  /**
   * Count rows rather than read numbers: every row is one (posts, inbound messages), or, with
   * `values`, the rows whose cell in `columns[0]` is one of them (Sentiment "Positive").
   */
  count?: { values?: readonly string[] };
  /** Only the rows of this section of a file that holds several series (read-table.ts). */
  section?: number;
  /** Only the rows for which this holds count for the metric (Ads Manager's "Results" of a conversion objective). */
  rows?: (row: TableRow) => boolean;
}

export interface Ignored {
  /** The header name, as written. */
  label: string;
  reason: string;
}

export interface ColumnPlan {
  /** The column with each row's date; absent when the export has none (then --period says the month). */
  date?: { index: number; label: string };
  /** The column naming each row's network (Sprout Social): one file, several platforms. */
  network?: { index: number; label: string };
  /** The platform of every row, when the file tells it. */
  platform?: string;
  sources: Source[];
  ignored: Ignored[];
  /** Read the file's Total row rather than its data rows (YouTube Table data by content). */
  totalsOnly?: boolean;
  /** When the file holds nothing Rolebook can use: why, and what to do instead. */
  nothing?: string;
  /** What a row is; by default `days` with a date column and `totals` without. */
  grain?: Grain;
  /** A row as the summary counts them ("post", "video", "day"); "row" by default. */
  rowNoun?: string;
  /**
   * The column with the date the file was exported (TikTok Content's "Time"): a date without a
   * year is the latest such date on or before it.
   */
  anchor?: { index: number; label: string };
  /** Rows that each cover a range of days (Meta Ads Manager's "Reporting starts" and "Reporting ends"), when there is no date column. */
  range?: { start: { index: number; label: string }; end: { index: number; label: string } };
  /** Rows that are not data (a summary row over the others), with the reason, for the summary. */
  skip?: (row: TableRow) => string | undefined;
  /** The currency the file's money is in, as its header says it ("Amount spent (EUR)"). */
  currency?: { code: string; label: string };
  /** What the format noticed about the file, one sentence each, for the summary. */
  notes?: string[];
}

export interface ImportFormat {
  id: string;
  /** As a lead knows the export: "YouTube Studio: Table data (by content)". */
  name: string;
  /** One line on how to recognise the file, for the message about an unrecognised one. */
  signature: string;
  matches(table: Table): boolean;
  plan(table: Table): ColumnPlan;
  /** For a format that cannot tell its platform: the ids --platform usually takes. */
  platformHint?: readonly string[];
}

/** Why a column is not imported. */
export const REASON = {
  notTracked: 'not a metric Rolebook tracks',
  rate: 'a rate, recomputed from counts',
  average: 'an average, not a count',
  text: 'text, not a number',
  id: 'an identifier, not a number to add up',
  empty: 'empty in this file',
  newFollowers: 'new followers in the period, not the follower total (followers is the total at the end of the period)',
  postFollows: 'follows counted on this post only, not all the follows the account gained (new_followers comes from the daily follows series)',
  people: 'people, counted once each, not actions',
  netFollowers: 'the change in followers, not the follower total (followers is the total at the end of the period)',
  duplicateOf: (label: string) => `duplicate of "${label}"`,
  partOf: (label: string) => `a part of "${label}", which is imported`,
} as const;

/** A header compared without case, accents, quotes or runs of spaces. */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/["“”„]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Index of the first header matching one of the names, or -1. */
export function columnIndex(header: readonly string[], names: readonly string[]): number {
  const wanted = new Set(names.map(normalizeHeader));
  return header.findIndex((cell) => wanted.has(normalizeHeader(cell)));
}

/** Whether the header has a column for each group of alternative names. */
export function hasColumns(table: Table, ...groups: (readonly string[])[]): boolean {
  return groups.every((names) => columnIndex(table.header, names) >= 0);
}

export interface ColumnRule {
  /** Header names, in any language the export comes in. */
  names?: readonly string[];
  /** Or a pattern over the header as written. */
  pattern?: RegExp;
  metric?: string;
  /** Why the column is left out. */
  ignore?: string;
  /** The matching columns are parts of the metric, to be added (see `Source.combine`). */
  combine?: 'sum';
  /** The rule applies only to the columns for which this holds (a duplicate header told apart by its description). */
  when?: (table: Table, index: number) => boolean;
}

export interface ColumnSpec {
  date?: readonly string[];
  network?: readonly string[];
  /** Columns the format reads otherwise (an export date), neither metrics nor ignored. */
  skip?: readonly string[];
  /** In priority order: the first rule that matches a column decides; for one metric, the first rule present wins. */
  rules: readonly ColumnRule[];
}

/** A source that counts the rows: one post, one message each. */
export function countRows(metric: string, label: string): Source {
  return { metric, columns: [], label, count: {} };
}

/** Apply a format's rules to a header: every column ends up as the date, a source or ignored with a reason. */
export function planColumns(table: Table, spec: ColumnSpec): Pick<ColumnPlan, 'date' | 'network' | 'sources' | 'ignored'> {
  const plan: Pick<ColumnPlan, 'date' | 'network' | 'sources' | 'ignored'> = { sources: [], ignored: [] };
  const ignored: (Ignored & { index: number })[] = [];
  const groups = new Map<number, { rule: ColumnRule; columns: number[] }>();
  table.header.forEach((label, index) => {
    if (label === '') return;
    const name = normalizeHeader(label);
    if (spec.skip?.some((n) => normalizeHeader(n) === name)) return;
    if (!plan.date && spec.date?.some((n) => normalizeHeader(n) === name)) plan.date = { index, label };
    else if (!plan.network && spec.network?.some((n) => normalizeHeader(n) === name)) plan.network = { index, label };
    else {
      const ruleIndex = spec.rules.findIndex(
        (rule) => (rule.names?.some((n) => normalizeHeader(n) === name) || rule.pattern?.test(label)) && (!rule.when || rule.when(table, index)),
      );
      const rule = spec.rules[ruleIndex];
      if (!rule) ignored.push({ index, label, reason: defaultReason(table, index, label) });
      else if (rule.metric) groups.set(ruleIndex, { rule, columns: [...(groups.get(ruleIndex)?.columns ?? []), index] });
      else ignored.push({ index, label, reason: rule.ignore ?? REASON.notTracked });
    }
  });
  const winners = new Map<string, string>();
  for (const ruleIndex of [...groups.keys()].sort((a, b) => a - b)) {
    const { rule, columns } = groups.get(ruleIndex)!;
    const label = columns.map((c) => table.header[c]!).join(' / ');
    const winner = winners.get(rule.metric!);
    if (winner) for (const c of columns) ignored.push({ index: c, label: table.header[c]!, reason: REASON.duplicateOf(winner) });
    else {
      winners.set(rule.metric!, label);
      plan.sources.push({ metric: rule.metric!, columns, label, ...(rule.combine ? { combine: rule.combine } : {}) });
    }
  }
  plan.sources.sort((a, b) => a.columns[0]! - b.columns[0]!);
  plan.ignored = ignored.sort((a, b) => a.index - b.index).map(({ label, reason }) => ({ label, reason }));
  return plan;
}

const RATE_NAME = /\brate\b|%|\bctr\b|click-through|klickrate|\btasa\b|porcentaje|\btaux\b|\bquote\b/i;
const AVERAGE_NAME = /\baverage\b|\bavg\b|durchschnitt|promedio|moyenne/i;
const ID_NAME = /(^|[\s-])id$/i;

/** The reason for a column no rule names: a rate, an average, an id, text, empty, or a number Rolebook has no metric for. */
export function defaultReason(table: Table, index: number, label: string): string {
  const cells = table.rows.map((row) => row.cells[index] ?? '').filter((cell) => !isMissing(cell));
  if (RATE_NAME.test(label) || cells.some((cell) => cell.endsWith('%'))) return REASON.rate;
  if (AVERAGE_NAME.test(label)) return REASON.average;
  if (ID_NAME.test(label)) return REASON.id;
  if (cells.length === 0) return REASON.empty;
  const numeric = /^[-−+]?[\d.,\s\u00a0\u202f']*\d[\d.,\s\u00a0\u202f']*(?:[eE][+-]?\d+)?$/;
  if (cells.some((cell) => !numeric.test(cell) && !isMissing(cell))) return REASON.text;
  return REASON.notTracked;
}
