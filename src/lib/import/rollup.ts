/**
 * One platform's observations in one period → snapshot rows, with the semantics of
 * reports/aggregate.ts: a flow is the sum of the rows, a stock the value on the latest date that
 * has one. A flow some rows lack is left empty (a partial sum would be a wrong number) and said.
 */
import type { Metric } from '../../schemas/metric.ts';
import { sumExact } from '../reports/aggregate.ts';
import type { Observation } from './extract.ts';

export type MetricKind = Metric['kind'];

export interface RolledRow {
  /** `YYYY-MM-DD` for a daily row; absent for the period's totals. */
  date?: string;
  values: Record<string, number>;
}

export interface RollUp {
  rows: RolledRow[];
  /** What was left empty and why, one sentence each. */
  notes: string[];
}

/**
 * `daily`: one row per date (for a snapshot that already has daily rows); otherwise one row for the
 * whole period. Metrics missing from `kinds` are not rolled up.
 */
export function rollUp(observations: readonly Observation[], kinds: ReadonlyMap<string, MetricKind>, daily: boolean): RollUp {
  const notes: string[] = [];
  if (!daily) return { rows: [combine(observations, kinds, '', notes)], notes };
  const byDate = new Map<string, Observation[]>();
  for (const observation of observations) {
    const date = observation.date ?? '';
    byDate.set(date, [...(byDate.get(date) ?? []), observation]);
  }
  const rows = [...byDate.keys()].sort().map((date) => ({ ...combine(byDate.get(date)!, kinds, ` on ${date}`, notes), date }));
  return { rows, notes };
}

function combine(group: readonly Observation[], kinds: ReadonlyMap<string, MetricKind>, where: string, notes: string[]): RolledRow {
  const values: Record<string, number> = {};
  for (const [metric, kind] of kinds) {
    const having = group.filter((o) => metric in o.values);
    if (having.length === 0) continue;
    if (kind === 'stock') values[metric] = latest(having).values[metric]!;
    // A unique count (reach) is the platform's figure for its own window: one observation covering
    // the group is used as is; several (days) cannot be added, as the same people come back.
    else if (kind === 'unique') {
      if (having.length === 1 && group.length === 1) values[metric] = having[0]!.values[metric]!;
      else notes.push(`${metric} counts people once per day, so ${having.length} daily values cannot be added into one figure${where}; it is left empty (export the period's ${metric} from the platform)`);
    }
    else if (having.length === group.length) values[metric] = sumExact(having.map((o) => o.values[metric]!));
    else notes.push(`${metric} has no value on ${group.length - having.length} of ${group.length} rows${where}, so it is left empty (a partial sum would be a wrong number)`);
  }
  return { values };
}

/** The observation with the latest date; among equal dates, the last one in the file. */
function latest(observations: readonly Observation[]): Observation {
  return observations.reduce((best, o) => ((o.date ?? '') >= (best.date ?? '') ? o : best));
}
