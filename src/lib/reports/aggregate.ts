/**
 * One period's snapshot rows → one value per platform and registered metric.
 * A flow is the sum of the period's rows, a stock the value of the latest row that has it, a
 * unique count (reach) the value of a row covering the period, never a sum of days.
 * What cannot be known becomes "no data" with a reason, never 0: a partial sum would be a wrong number.
 */
import type { Metric } from '../../schemas/metric.ts';
import { en, type Messages } from '../i18n/en.ts';
import type { Snapshot, SnapshotRow } from '../snapshot-csv.ts';

/**
 * How "no data" reasons are worded: the catalogue's reason words, periods and platforms as the
 * report names them. The default is English with ids, for tools and tests that have no client.
 */
export interface ReasonWords {
  t: Messages['reason'];
  period: (period: string) => string;
  platform: (id: string) => string;
  /** "instagram, facebook" or "Instagram und Facebook", in the locale's list style. */
  list: (items: readonly string[]) => string;
}

export const ENGLISH_REASONS: ReasonWords = { t: en.reason, period: String, platform: String, list: (items) => items.join(', ') };

/** A number, or "no data" with a reason a client can read. Never NaN, never Infinity. */
export type Measure = { value: number } | { reason: string };

/** Whether a measure holds a number. */
export function hasValue(m: Measure): m is { value: number } {
  return 'value' in m;
}

/** One platform's aggregated metrics for one period. */
export interface PlatformMetrics {
  platform: string;
  /** Metric id → measure; one entry per registered metric. */
  metrics: Map<string, Measure>;
}

/** What the KPI engine needs beyond the measures to decide the scope of `all`. */
export interface PlatformAggregate extends PlatformMetrics {
  /** Why the platform has nothing at all this period (no row, no snapshot); unset when it has rows. */
  absent?: string;
  /** Metrics with no value on any of the platform's rows: not measured there, unlike an incomplete flow. */
  unmeasured: ReadonlySet<string>;
}

/**
 * Aggregates one period for each of the client's platforms, in the order given.
 * `snapshot` undefined means the period has no snapshot file.
 */
export function aggregateSnapshot(snapshot: Snapshot | undefined, period: string, metrics: readonly Metric[], platforms: readonly string[], words: ReasonWords = ENGLISH_REASONS): PlatformMetrics[] {
  return aggregatePlatforms(snapshot, period, metrics, platforms, words);
}

/** `aggregateSnapshot` with the detail the engine uses to build the `all` scope. */
export function aggregatePlatforms(snapshot: Snapshot | undefined, period: string, metrics: readonly Metric[], platforms: readonly string[], words: ReasonWords = ENGLISH_REASONS): PlatformAggregate[] {
  if (!snapshot) return platforms.map((platform) => absentPlatform(platform, metrics, words.t.noSnapshot(words.period(period))));
  const rowsOf = new Map<string, SnapshotRow[]>();
  for (const row of snapshot.rows) {
    const rows = rowsOf.get(row.platform);
    if (rows) rows.push(row);
    else rowsOf.set(row.platform, [row]);
  }
  // A day without a row is as missing as an empty cell, so days are counted over the whole file.
  const days = snapshot.daily ? new Set(snapshot.rows.map((row) => row.date)).size : 1;
  return platforms.map((platform) => {
    const rows = rowsOf.get(platform);
    if (!rows) return absentPlatform(platform, metrics, words.t.noRow(words.platform(platform), words.period(period)));
    const unmeasured = new Set<string>();
    const measures = new Map<string, Measure>();
    for (const metric of metrics) {
      const measure = metric.kind === 'flow' ? flow(rows, metric, days, words) : metric.kind === 'unique' ? unique(rows, metric, snapshot.daily, words) : stock(rows, metric);
      if (!measure) {
        unmeasured.add(metric.id);
        measures.set(metric.id, { reason: words.t.notMeasured(metric.label, words.platform(platform)) });
      } else measures.set(metric.id, measure);
    }
    return { platform, metrics: measures, unmeasured };
  });
}

function absentPlatform(platform: string, metrics: readonly Metric[], reason: string): PlatformAggregate {
  return { platform, absent: reason, metrics: new Map(metrics.map((metric) => [metric.id, { reason }])), unmeasured: new Set() };
}

/** The sum over the rows; undefined when no row has the metric. */
function flow(rows: readonly SnapshotRow[], metric: Metric, days: number, words: ReasonWords): Measure | undefined {
  const values = rows.flatMap((row) => (metric.id in row.values ? [row.values[metric.id]!] : []));
  if (values.length === 0) return undefined;
  const missing = days - values.length;
  if (missing > 0) return { reason: words.t.missingDays(metric.label, missing, days, words.platform(rows[0]!.platform)) };
  return { value: sumExact(values) };
}

/**
 * People counted once over the window the platform measured (reach): a row covering the month is
 * used as it is; daily rows cannot be added up (the same person on two days would count twice), so
 * they give no data with the reason. Undefined when no row has the metric.
 */
function unique(rows: readonly SnapshotRow[], metric: Metric, daily: boolean, words: ReasonWords): Measure | undefined {
  const row = rows.find((r) => metric.id in r.values);
  if (!row) return undefined;
  return daily ? { reason: words.t.uniqueDaily(metric.label) } : { value: row.values[metric.id]! };
}

/** The value on the latest row that has the metric; undefined when no row has it. */
function stock(rows: readonly SnapshotRow[], metric: Metric): Measure | undefined {
  let latest: SnapshotRow | undefined;
  for (const row of rows) {
    if (metric.id in row.values && (!latest || (row.date ?? '') > (latest.date ?? ''))) latest = row;
  }
  return latest && { value: latest.values[metric.id]! };
}

/**
 * A sum rounded to the most decimals among its terms, so 87.06 + 70.9 is 157.96 and not
 * 157.95999999999998 (CSV cells are short decimals; binary floating point would add noise).
 */
export function sumExact(values: readonly number[]): number {
  let sum = 0;
  let decimals = 0;
  for (const value of values) {
    sum += value;
    decimals = Math.max(decimals, decimalsOf(value));
  }
  return decimals > 0 && decimals <= 20 ? Number(sum.toFixed(decimals)) : sum;
}

function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
