/**
 * Observations → a period's rows, with the semantics of reports/aggregate.ts: a flow is the sum of
 * the rows, a stock the value on the latest date that has one, a unique count (reach) is never
 * added up. What a blank means depends on the rows (format.ts `Grain`): on days, a flow some days
 * lack is left empty (a partial sum would be a wrong number) and said; on items (posts), a blank
 * is none of it, and a month has the metric when any of its items has a value.
 * Negative daily values are the platforms' corrections and are summed in; a period whose sum is
 * still negative cannot be a snapshot value: that value is refused (left empty) and comes back
 * with the lines of its corrections, for the summary.
 */
import type { Metric } from '../../schemas/metric.ts';
import type { Problem } from '../problems.ts';
import { sumExact } from '../reports/aggregate.ts';
import type { Observation } from './extract.ts';
import type { Grain } from './format.ts';

export type MetricKind = Metric['kind'];

export interface RolledRow {
  /** `YYYY-MM-DD` for a daily row; absent for the period's totals. */
  date?: string;
  values: Record<string, number>;
}

export interface LeftOut {
  metric: string;
  /** `unique`: daily or per-post values of a unique count; `partial`: some rows lack the flow; `negative`: corrections outweigh the counts. */
  why: 'unique' | 'partial' | 'negative';
}

/** A period (or day) whose corrections outweigh its counts. */
export interface NegativeTotal {
  metric: string;
  total: number;
  where: string;
  /** The negative cells. */
  cells: { line: number; column: number; value: number }[];
}

export interface RollUp {
  rows: RolledRow[];
  /** What was left empty and why, one sentence each. */
  notes: string[];
  leftOut: LeftOut[];
  negatives: NegativeTotal[];
}

export interface RollUpOptions {
  /** One row per date (for a snapshot that already has daily rows); otherwise one row for the period. */
  daily: boolean;
  grain: Grain;
  /** The period, for messages ("in 2025-08"). */
  period?: string;
}

/** Metrics missing from `kinds` are not rolled up. */
export function rollUp(observations: readonly Observation[], kinds: ReadonlyMap<string, MetricKind>, options: RollUpOptions | boolean): RollUp {
  const opts: RollUpOptions = typeof options === 'boolean' ? { daily: options, grain: 'days' } : options;
  const out: RollUp = { rows: [], notes: [], leftOut: [], negatives: [] };
  if (!opts.daily) {
    out.rows.push(combine(observations, kinds, opts, opts.period ? ` in ${opts.period}` : '', out));
    return out;
  }
  const byDate = new Map<string, Observation[]>();
  for (const observation of observations) {
    const date = observation.date ?? '';
    byDate.set(date, [...(byDate.get(date) ?? []), observation]);
  }
  out.rows = [...byDate.keys()].sort().map((date) => ({ ...combine(byDate.get(date)!, kinds, opts, ` on ${date}`, out), date }));
  return out;
}

function combine(group: readonly Observation[], kinds: ReadonlyMap<string, MetricKind>, options: RollUpOptions, where: string, out: RollUp): RolledRow {
  const values: Record<string, number> = {};
  for (const [metric, kind] of kinds) {
    const reporting = group.filter((o) => o.reports === undefined || o.reports.includes(metric));
    const having = reporting.filter((o) => metric in o.values);
    if (having.length === 0) continue;
    if (kind === 'stock') values[metric] = latest(having).values[metric]!;
    else if (kind === 'unique') unique(metric, having, reporting, options, where, values, out);
    else if (options.grain === 'items' || having.length === reporting.length) {
      const total = sumExact(having.map((o) => o.values[metric]!));
      const negative = having.filter((o) => o.values[metric]! < 0);
      if (total < 0) {
        // A snapshot value is never negative: the period's value is refused, the rest of the import goes on.
        out.leftOut.push({ metric, why: 'negative' });
        out.negatives.push({
          metric,
          total,
          where,
          cells: negative.map((o) => ({ line: o.line, column: o.columns?.[metric] ?? -1, value: o.values[metric]! })),
        });
      } else {
        values[metric] = total;
        if (negative.length)
          out.notes.push(
            `${metric}: ${negative.length} negative ${negative.length === 1 ? 'value' : 'values'} (the platform's corrections, such as deleted comments) summed into the total${where} (lines ${lineList(negative.map((o) => o.line))})`,
          );
      }
    } else {
      out.leftOut.push({ metric, why: 'partial' });
      out.notes.push(
        `${metric} has no value on ${reporting.length - having.length} of ${reporting.length} rows${where}, so it is left empty (a partial sum would be a wrong number)`,
      );
    }
  }
  return { values };
}

/**
 * A unique count (reach) is the platform's figure for its own window: one row covering the group
 * is used as is; several days or posts cannot be added, as the same people come back.
 */
function unique(
  metric: string,
  having: readonly Observation[],
  reporting: readonly Observation[],
  options: RollUpOptions,
  where: string,
  values: Record<string, number>,
  out: RollUp,
): void {
  if (options.grain !== 'items' && having.length === 1 && reporting.length === 1) {
    values[metric] = having[0]!.values[metric]!;
    return;
  }
  out.leftOut.push({ metric, why: 'unique' });
  const per = options.grain === 'items' ? 'post' : 'day';
  const why = having.length === 1 ? `and one ${per}'s figure is not the month's` : `so ${having.length} ${per}s' values cannot be added into one figure`;
  out.notes.push(
    `${metric} counts people once per ${per}, ${why}${where}; it is left empty (a month's ${metric} comes from the platform's figure for the whole month)`,
  );
}

/** The observation with the latest date; among equal dates, the last one in the file. */
function latest(observations: readonly Observation[]): Observation {
  return observations.reduce((best, o) => ((o.date ?? '') >= (best.date ?? '') ? o : best));
}

/** "3, 17, 40" or "3, 17, 40 and 12 more". */
export function lineList(lines: readonly number[], shown = 8): string {
  const sorted = [...lines].sort((a, b) => a - b);
  return sorted.length > shown ? `${sorted.slice(0, shown).join(', ')} and ${sorted.length - shown} more` : sorted.join(', ');
}

/** Problems for the negative cells of a period whose total is negative. */
export function negativeProblems(negative: NegativeTotal, file: string, header: readonly string[]): Problem[] {
  return negative.cells.map((cell) => ({
    file,
    line: cell.line,
    ...(cell.column >= 0 ? { column: cell.column + 1, field: header[cell.column]! } : {}),
    message: `${cell.value} is a correction, and ${negative.metric} adds up to ${negative.total}${negative.where}`,
    expected: `${negative.metric}${negative.where} adding up to zero or more`,
  }));
}
