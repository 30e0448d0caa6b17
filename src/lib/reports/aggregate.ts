/**
 * One period's snapshot rows → one value per platform and registered metric.
 * A flow is the sum of the period's rows, a stock the value of the latest row that has it, a
 * unique count (reach) the value of a row covering the period, never a sum of days.
 * What cannot be known becomes "no data" with a reason, never 0: a partial sum would be a wrong number.
 */
import type { Metric } from '../../schemas/metric.ts';
import { en, type Messages } from '../i18n/en.ts';
import { monthsText } from './periods.ts';
import type { Snapshot, SnapshotRow } from '../snapshot-csv.ts';

/**
 * How "no data" reasons are worded: the catalogue's reason words, periods and platforms as the
 * report names them. The default is English with ids, for tools and tests that have no client.
 */
export interface ReasonWords {
  t: Messages['reason'];
  /** A month (`YYYY-MM`, as snapshots and a period's months are named) as the report names it. */
  period: (month: string) => string;
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
export function aggregateSnapshot(
  snapshot: Snapshot | undefined,
  period: string,
  metrics: readonly Metric[],
  platforms: readonly string[],
  words: ReasonWords = ENGLISH_REASONS,
): PlatformMetrics[] {
  return aggregatePlatforms(snapshot, period, metrics, platforms, words);
}

/** `aggregateSnapshot` with the detail the engine uses to build the `all` scope. */
export function aggregatePlatforms(
  snapshot: Snapshot | undefined,
  period: string,
  metrics: readonly Metric[],
  platforms: readonly string[],
  words: ReasonWords = ENGLISH_REASONS,
): PlatformAggregate[] {
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
      const measure =
        metric.kind === 'flow' ? flow(rows, metric, days, words) : metric.kind === 'unique' ? unique(rows, metric, snapshot.daily, words) : stock(rows, metric);
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

/** One month of a platform's aggregate, as `rollUpMonths` combines them. */
export interface MonthAggregate {
  month: string;
  /** Whether the client has a snapshot file for the month (a platform can still lack a row in it). */
  hasSnapshot: boolean;
  aggregate: PlatformAggregate;
}

/**
 * One platform's aggregate over several months (a quarter, a year), from each month's aggregate,
 * oldest first, by the rules of a single month. A flow is the sum over the months; a month
 * without the platform's data makes it no data naming the months, since a sum over fewer months
 * would be passed off as the total. A unique count (reach) cannot be added up from months (a person
 * reached in two months would count twice), so it is no data unless one month is the whole span.
 * A stock is the value of the latest month that has it, as
 * within a month it is the latest day's, provided the span's last month has the platform's data:
 * an older value is not the end of the period. A metric measured in none of the months with data is
 * unmeasured, so the `all` scope leaves the platform out with a note, as it does for one month.
 */
export function rollUpMonths(months: readonly MonthAggregate[], metrics: readonly Metric[], words: ReasonWords = ENGLISH_REASONS): PlatformAggregate {
  if (months.length === 0) throw new Error('rollUpMonths: a period covers at least one month');
  if (months.length === 1) return months[0]!.aggregate;
  const platform = months[0]!.aggregate.platform;
  const gaps = absentMonths(months, platform, words);
  const endGap = absentMonths(months.slice(-1), platform, words);
  const present = months.filter((m) => !m.aggregate.absent);
  if (present.length === 0) {
    // Nothing at all, but a stock's reason names only the month it would be read from.
    const absent = absentPlatform(platform, metrics, gaps!);
    for (const metric of metrics) if (metric.kind === 'stock') absent.metrics.set(metric.id, { reason: endGap! });
    return absent;
  }
  const unmeasured = new Set<string>();
  const measures = new Map<string, Measure>();
  for (const metric of metrics) {
    const monthly = present.map(({ month, aggregate }) => ({
      month,
      measure: aggregate.metrics.get(metric.id)!,
      unmeasured: aggregate.unmeasured.has(metric.id),
    }));
    if (monthly.every((m) => m.unmeasured)) {
      unmeasured.add(metric.id);
      measures.set(metric.id, { reason: words.t.notMeasured(metric.label, words.platform(platform)) });
    } else if (metric.kind === 'flow') measures.set(metric.id, gaps ? { reason: gaps } : flowOverMonths(monthly, metric, platform, words));
    else if (metric.kind === 'unique')
      measures.set(metric.id, monthly.find((m) => !m.unmeasured && !hasValue(m.measure))?.measure ?? { reason: words.t.uniqueOverMonths(metric.label) });
    else measures.set(metric.id, endGap ? { reason: endGap } : stockAtEnd(monthly));
  }
  return { platform, metrics: measures, unmeasured };
}

interface MonthMeasure {
  month: string;
  measure: Measure;
  unmeasured: boolean;
}

/** Why some months have no data for the platform ("no snapshot for 2026-08"), or undefined when all do. */
function absentMonths(months: readonly MonthAggregate[], platform: string, words: ReasonWords): string | undefined {
  const noSnapshot = months.filter((m) => !m.hasSnapshot).map((m) => m.month);
  const noRow = months.filter((m) => m.hasSnapshot && m.aggregate.absent).map((m) => m.month);
  const reasons = [
    ...(noSnapshot.length > 0 ? [words.t.noSnapshot(monthsText(noSnapshot, words.period, words.list))] : []),
    ...(noRow.length > 0 ? [words.t.noRow(words.platform(platform), monthsText(noRow, words.period, words.list))] : []),
  ];
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

function flowOverMonths(monthly: readonly MonthMeasure[], metric: Metric, platform: string, words: ReasonWords): Measure {
  // A month that lost days says so in its own reason; the first such month speaks for the span.
  const incomplete = monthly.find((m) => !m.unmeasured && !hasValue(m.measure));
  if (incomplete) return incomplete.measure;
  const unmeasuredIn = monthly.filter((m) => m.unmeasured).map((m) => m.month);
  if (unmeasuredIn.length > 0)
    return { reason: words.t.notMeasuredIn(metric.label, words.platform(platform), monthsText(unmeasuredIn, words.period, words.list)) };
  return { value: sumExact(monthly.map((m) => (m.measure as { value: number }).value)) };
}

function stockAtEnd(monthly: readonly MonthMeasure[]): Measure {
  return (monthly.findLast((m) => hasValue(m.measure)) ?? monthly.at(-1)!).measure;
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
  // Most metrics are counts: no digits to find.
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return 0;
  const text = String(value);
  if (text.includes('e')) return Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
