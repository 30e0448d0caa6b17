/**
 * Everything a report page shows, computed: tiles, trend and breakdown charts, the full KPI
 * table and the definitions, formatted for the client's locale. The page only arranges it.
 */
import type { Metric } from '../../schemas/metric.ts';
import { parseFormula } from '../formula.ts';
import { formulaText } from '../playbook/formula-text.ts';
import type { PlaybookKpi, PlaybookModel } from '../playbook/model.ts';
import type { Snapshot } from '../snapshot-csv.ts';
import { hasValue, type Measure } from './aggregate.ts';
import { durationScale, type TickAxis } from './chart-ticks.ts';
import { computeKpis, kpiTrend, metricsOfKpi, platformTotals, type KpiResult, type ReportContext } from './engine.ts';
import { endMonth, lastMonth, lastPeriods, previous, yearBefore, type Period } from './periods.ts';
import type { ReportLocale } from './report-locale.ts';
import { sparkline, type Sparkline } from './sparkline.ts';

export interface ReportClient {
  id: string;
  name: string;
  platforms: string[];
  targets: Record<string, number>;
  /** KPI ids in tile order, when the client sets them. */
  tiles?: readonly string[];
  team: Record<string, string>;
}

export interface Tile {
  kpi: PlaybookKpi;
  /** Raw number for `data-value`; undefined when there is no data. */
  raw?: number;
  text: string;
  /** Why there is no value. */
  reason?: string;
  /** The previous period's value, formatted ("September 2026: 4.69 %"); unset when it has none. */
  previous?: string;
  change?: Comparison;
  changeReason?: string;
  /** The change against the same period a year before; unset when either side has no data. */
  yearAgo?: Comparison;
  target?: { text: string; status?: 'met' | 'missed' };
  note?: string;
  /** The KPI over the last 12 periods, drawn on the server; unset with fewer than two values. */
  sparkline?: Sparkline & { label: string };
}

/** A change against another period, in percentage points for percent KPIs and relative otherwise. */
export interface Comparison {
  text: string;
  tone: 'good' | 'bad' | 'flat';
  arrow: '▲' | '▼' | '▶';
  /** The period compared with, in words. */
  against: string;
  /** How good the change is, signed so that more is better, for ranking (relative change). */
  merit: number;
}

export interface TrendChart {
  kind: 'trend';
  id: string;
  title: string;
  unit: PlaybookKpi['unit'];
  labels: string[];
  periods: string[];
  values: (number | null)[];
  /** Formatted values (or "no data: reason") for the table and tooltips. */
  texts: string[];
  /** How the island labels the value axis: unit, locale, currency, h:mm or minutes. */
  axis: TickAxis;
  /** `label` ("Target 4.5%") is drawn at the end of the target line and named in the tooltip. */
  target?: { value: number; text: string; label: string };
  /**
   * The client has fewer than `MIN_TREND_PERIODS` periods of history: the figure shows its table
   * and no chart (one dot on a line says nothing); the view's `trendsNote` says why.
   */
  tooFew: boolean;
}

/** A trend is drawn from this many periods of history; before that its table stands alone. */
export const MIN_TREND_PERIODS = 3;
/** A trend covers at most this many periods, the report's own included. */
export const TREND_PERIODS = 12;

export interface BreakdownChart {
  kind: 'breakdown';
  id: string;
  title: string;
  /** Metric labels (y axis). */
  labels: string[];
  /** Platform names, in the client's order. */
  platforms: string[];
  /** shares[platform][metric]: the platform's fraction of the metric's total; null when not measured. */
  shares: (number | null)[][];
  /** texts[platform][metric]: "1,234 (42%)" or "not measured". */
  texts: string[][];
  /** The share axis: percent in the client's locale. */
  axis: TickAxis;
}

export interface TableCell {
  platform: string;
  text: string;
  reason?: string;
  note?: string;
}

export interface ReportView {
  tiles: Tile[];
  trends: TrendChart[];
  /** "Only one month of history so far: …", once above the trends when they are too short to draw. */
  trendsNote?: string;
  breakdown?: BreakdownChart;
  table: { platforms: { id: string; name: string }[]; rows: { kpi: PlaybookKpi; cells: TableCell[] }[] };
  definitions: { kpi: PlaybookKpi; formula: string }[];
  team: { role: string; name: string }[];
  results: KpiResult[];
}

export const ALL = 'all';

/**
 * The engine caches its results per context object, so the same client, model and snapshots give
 * the same context: a client's 24 report pages, its data.csv files and its hub then aggregate
 * each month once instead of once per page. Bounded, because a build renders the pages of one
 * route client by client and an older client's results are not asked for again.
 */
const recentContexts = new Map<ReadonlyMap<string, Snapshot>, { client: ReportClient; model: PlaybookModel; context: ReportContext }>();
const RECENT_CONTEXTS = 8;

export function reportContext(client: ReportClient, model: PlaybookModel, snapshots: ReadonlyMap<string, Snapshot>, loc: ReportLocale): ReportContext {
  const recent = recentContexts.get(snapshots);
  if (recent && recent.client === client && recent.model === model && recent.context.words === loc.reasons) return recent.context;
  const context: ReportContext = {
    kpis: model.kpis,
    metrics: model.metrics,
    platforms: client.platforms,
    snapshots,
    targets: client.targets,
    words: loc.reasons,
  };
  recentContexts.delete(snapshots);
  recentContexts.set(snapshots, { client, model, context });
  if (recentContexts.size > RECENT_CONTEXTS) recentContexts.delete(recentContexts.keys().next().value!);
  return context;
}

/**
 * The KPIs a client's tiles show, in order: the client's `tiles` list when it has one; otherwise
 * the KPIs it has targets for (in the order it wrote them), then the playbook's headline KPIs.
 */
export function tileKpis(kpis: readonly PlaybookKpi[], client: Pick<ReportClient, 'tiles' | 'targets'>): PlaybookKpi[] {
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const ids = client.tiles ?? [...Object.keys(client.targets), ...kpis.filter((kpi) => kpi.headline).map((kpi) => kpi.id)];
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

const definitions = new WeakMap<PlaybookModel, ReportView['definitions']>();

/** Each KPI's formula in words: the same on every report of a version, so made once per model. */
function definitionsOf(model: PlaybookModel): ReportView['definitions'] {
  let made = definitions.get(model);
  if (!made) {
    const labelOf = labeller(model.metrics);
    made = model.kpis.map((kpi) => {
      const parsed = parseFormula(kpi.formula);
      return { kpi, formula: parsed.ok ? formulaText(parsed.ast, labelOf) : kpi.formula };
    });
    definitions.set(model, made);
  }
  return made;
}

/** The report of one period: a month, or a quarter or year computed from its months. */
export function reportView(
  client: ReportClient,
  model: PlaybookModel,
  snapshots: ReadonlyMap<string, Snapshot>,
  period: Period,
  loc: ReportLocale,
): ReportView {
  const { fmt, t } = loc;
  const context = reportContext(client, model, snapshots, loc);
  const results = computeKpis(context, period);
  const byKpi = new Map<string, Map<string, KpiResult>>();
  for (const result of results) {
    const row = byKpi.get(result.kpi);
    if (row) row.set(result.platform, result);
    else byKpi.set(result.kpi, new Map([[result.platform, result]]));
  }
  const resultOf = (kpi: string, platform: string) => byKpi.get(kpi)!.get(platform)!;
  const allOf = (kpi: string) => resultOf(kpi, ALL);
  const shown = tileKpis(model.kpis, client);
  const against = { previous: fmt.period(previous(period)), yearBefore: fmt.period(yearBefore(period)) };
  // Periods of the page's kind and span: a quarter to date is drawn beside the same months of earlier quarters.
  // Those that end before the client's first snapshot are left out unasked: they can only be the
  // leading "nothing" the sparkline drops, and twelve years of it cost a year's page more than its report.
  const firstData = [...snapshots.keys()].sort()[0];
  const sparkPeriods = lastPeriods(period, 12).filter((p) => firstData !== undefined && lastMonth(p) >= firstData);
  const platforms = [...client.platforms, ALL];
  const window = trendWindow(period, snapshots);
  return {
    results,
    tiles: shown.map((kpi) => ({ ...tile(kpi, allOf(kpi.id), loc, against), sparkline: sparklineOf(context, kpi, sparkPeriods, loc) })),
    trends: shown.map((kpi) => trendChart(context, kpi, window, client.targets[kpi.id], loc)),
    trendsNote: window.length < MIN_TREND_PERIODS ? t.chart.tooFew(window.length, loc.plural) : undefined,
    breakdown: breakdownChart(context, shown, period, client.platforms, model.metrics, loc),
    table: {
      platforms: platforms.map((id) => ({ id, name: id === ALL ? t.report.allPlatforms : loc.platformName(id) })),
      rows: model.kpis.map((kpi) => ({
        kpi,
        cells: platforms.map((platform) => cell(resultOf(kpi.id, platform), kpi, loc)),
      })),
    },
    definitions: definitionsOf(model),
    team: Object.entries(client.team).map(([role, name]) => ({ role: model.roles.find((r) => r.id === role)?.title ?? role, name })),
  };
}

function tile(kpi: PlaybookKpi, result: KpiResult, loc: ReportLocale, against: { previous: string; yearBefore: string }): Tile {
  const previousLabel = against.previous;
  const { fmt, t } = loc;
  const target = result.target === undefined ? undefined : { text: fmt.value(result.target, kpi.unit), status: result.status };
  if (!hasValue(result.value)) return { kpi, text: t.tile.noData, reason: result.value.reason, target, note: result.note };
  const change = comparison(kpi, result.value, result.previous, loc, previousLabel);
  const yearAgo = comparison(kpi, result.value, result.yearBefore, loc, against.yearBefore);
  return {
    kpi,
    raw: result.value.value,
    text: fmt.value(result.value.value, kpi.unit),
    previous: hasValue(result.previous) ? t.tile.previous(fmt.value(result.previous.value, kpi.unit), previousLabel) : undefined,
    change: 'comparison' in change ? change.comparison : undefined,
    changeReason: 'comparison' in change ? undefined : change.reason,
    yearAgo: 'comparison' in yearAgo ? yearAgo.comparison : undefined,
    target,
    note: result.note,
  };
}

/**
 * How `value` compares with `before`: a percent KPI in percentage points (4.69 % → 5.33 % is
 * +0.64 pp, which is how clients read it, not +13.6 %), anything else relative. No data when
 * either side has none, or when a relative change would divide by 0.
 */
export function comparison(
  kpi: Pick<PlaybookKpi, 'unit' | 'direction'>,
  value: Measure,
  before: Measure,
  loc: ReportLocale,
  against: string,
): { comparison: Comparison; value: number } | { reason: string } {
  if (!hasValue(value)) return value;
  if (!hasValue(before)) return before;
  // 12 significant digits: 0.04 − 0.03 is 0.01 on a page and in a data attribute, not 0.010000000000000002.
  const difference = Number((value.value - before.value).toPrecision(12));
  // As the engine computes it, so a cited change and data.csv's `change` are the same number.
  const relative = before.value === 0 ? undefined : (value.value - before.value) / Math.abs(before.value);
  if (kpi.unit !== 'percent' && relative === undefined) return { reason: loc.t.reason.previousZero };
  const points = kpi.unit === 'percent';
  const flat = points ? Math.abs(difference) < 0.00005 : Math.abs(relative!) < 0.0005;
  const better = kpi.direction === 'up' ? difference > 0 : difference < 0;
  const sign = kpi.direction === 'up' ? 1 : -1;
  return {
    value: points ? difference : relative!,
    comparison: {
      text: points ? loc.t.tile.points(loc.fmt.points(difference)) : loc.fmt.change(relative!),
      tone: flat ? 'flat' : better ? 'good' : 'bad',
      arrow: flat ? '▶' : difference > 0 ? '▲' : '▼',
      against,
      // Ranked by relative change even for percents, so a KPI at 1 % that doubles outranks one at 40 % that gains 2 points.
      merit: sign * (relative ?? Math.sign(difference)),
    },
  };
}

function sparklineOf(context: ReportContext, kpi: PlaybookKpi, periods: readonly Period[], loc: ReportLocale): Tile['sparkline'] {
  const values = kpiTrend(context, kpi.id, periods).map((point) => (hasValue(point.value) ? point.value.value : null));
  // Leading periods before the client's first data are not history, just nothing: leave them out.
  const first = values.findIndex((v) => v !== null);
  const line = first < 0 ? undefined : sparkline(values.slice(first));
  return line && { ...line, label: loc.t.tile.sparkline(line.periods, loc.plural) };
}

function cell(result: KpiResult, kpi: PlaybookKpi, loc: ReportLocale): TableCell {
  if (!hasValue(result.value)) return { platform: result.platform, text: loc.t.reason.noData, reason: result.value.reason };
  return { platform: result.platform, text: loc.fmt.value(result.value.value, kpi.unit), note: result.note };
}

/**
 * The months a trend covers: the last twelve up to the report's last month (on a quarter's or
 * year's report too: months show the shape inside the period, and a first, partial quarter would
 * be a misleading point beside whole ones), but none before the client's first snapshot, so a new
 * client's chart starts where its history does, not in a year of nothing.
 */
function trendWindow(period: Period, snapshots: ReadonlyMap<string, Snapshot>): Period[] {
  let first = lastMonth(period);
  for (const key of snapshots.keys()) if (key < first) first = key;
  return lastPeriods(endMonth(period), TREND_PERIODS).filter((p) => lastMonth(p) >= first);
}

function trendChart(context: ReportContext, kpi: PlaybookKpi, periods: Period[], target: number | undefined, loc: ReportLocale): TrendChart {
  const { fmt } = loc;
  const points = kpiTrend(context, kpi.id, periods);
  const values = points.map((p) => (hasValue(p.value) ? p.value.value : null));
  return {
    kind: 'trend',
    id: `trend-${kpi.id}`,
    title: kpi.name,
    unit: kpi.unit,
    labels: periods.map((p) => fmt.shortPeriod(p)),
    periods: periods.map((p) => fmt.period(p)),
    values,
    texts: points.map((p) => textOf(p.value, kpi.unit, loc)),
    axis: axisOf(kpi.unit, [...values, target ?? null], loc),
    target: target === undefined ? undefined : { value: target, text: fmt.value(target, kpi.unit), label: loc.t.chart.target(fmt.value(target, kpi.unit)) },
    tooFew: periods.length < MIN_TREND_PERIODS,
  };
}

/** A duration axis reads h:mm once the data or the target reach an hour; the title then says so. */
function axisOf(unit: PlaybookKpi['unit'], shown: (number | null)[], { fmt, t }: ReportLocale): TickAxis {
  const axis: TickAxis = { unit, locale: fmt.locale };
  if (unit === 'currency') axis.currency = fmt.currency;
  if (unit === 'minutes') {
    axis.duration = durationScale(Math.max(0, ...shown.map((v) => Math.abs(v ?? 0))));
    if (axis.duration === 'hours') axis.title = t.chart.hoursMinutes;
  }
  return axis;
}

/** Where the volumes behind the headline KPIs came from: each flow count metric they read, split by platform. */
function breakdownChart(
  context: ReportContext,
  headline: PlaybookKpi[],
  period: Period,
  platforms: string[],
  metrics: readonly Metric[],
  loc: ReportLocale,
): BreakdownChart | undefined {
  const { fmt, t } = loc;
  const used = new Set(headline.flatMap(metricsOfKpi));
  const chosen = metrics.filter((m) => used.has(m.id) && m.kind === 'flow' && m.unit === 'count');
  if (chosen.length === 0 || platforms.length < 2) return undefined;
  const totals = platformTotals(
    context,
    period,
    chosen.map((m) => m.id),
  );
  const valueOf = (metric: string, platform: string): Measure =>
    totals.find((total) => total.metric === metric && total.platform === platform)?.value ?? { reason: t.chart.notMeasured };
  const sums = chosen.map((m) => platforms.reduce((sum, p) => sum + hasValueOr0(valueOf(m.id, p)), 0));
  return {
    kind: 'breakdown',
    id: 'platform-breakdown',
    title: t.chart.breakdownTitle,
    labels: chosen.map((m) => m.label),
    platforms: platforms.map(loc.platformName),
    axis: { unit: 'percent', locale: fmt.locale },
    shares: platforms.map((p) =>
      chosen.map((m, i) => {
        const v = valueOf(m.id, p);
        return hasValue(v) && sums[i]! > 0 ? v.value / sums[i]! : null;
      }),
    ),
    texts: platforms.map((p) =>
      chosen.map((m, i) => {
        const v = valueOf(m.id, p);
        return hasValue(v) ? `${fmt.metric(v.value, 'count')}${sums[i]! > 0 ? ` (${fmt.share(v.value / sums[i]!)})` : ''}` : t.chart.notMeasured;
      }),
    ),
  };
}

function hasValueOr0(m: Measure): number {
  return hasValue(m) ? m.value : 0;
}

function textOf(measure: Measure, unit: PlaybookKpi['unit'], loc: ReportLocale): string {
  return hasValue(measure) ? loc.fmt.value(measure.value, unit) : `${loc.t.reason.noData}: ${measure.reason}`;
}

function labeller(metrics: readonly Metric[]): (id: string) => string {
  const labels = new Map(metrics.map((m) => [m.id, m.label]));
  return (id) => labels.get(id) ?? id;
}
