/**
 * Everything a report page shows, computed: tiles, trend and breakdown charts, the full KPI
 * table and the definitions, formatted for the client's locale. The page only arranges it.
 */
import type { Metric } from '../../schemas/metric.ts';
import { formulaMetrics, parseFormula } from '../formula.ts';
import { formulaText } from '../playbook/formula-text.ts';
import type { PlaybookKpi, PlaybookModel } from '../playbook/model.ts';
import type { Snapshot } from '../snapshot-csv.ts';
import { hasValue, type Measure } from './aggregate.ts';
import { computeKpis, kpiTrend, platformTotals, type KpiResult, type ReportContext } from './engine.ts';
import type { Formatter } from './format.ts';
import { endMonth, lastPeriods, previous, yearBefore, type Period } from './periods.ts';

export interface ReportClient {
  id: string;
  name: string;
  platforms: string[];
  targets: Record<string, number>;
  team: Record<string, string>;
}

export interface Tile {
  kpi: PlaybookKpi;
  /** Raw number for `data-value`; undefined when there is no data. */
  raw?: number;
  text: string;
  /** Why there is no value. */
  reason?: string;
  change?: Comparison;
  changeReason?: string;
  /** The change against the same period a year before; unset when either side has no data. */
  yearAgo?: Comparison;
  target?: { text: string; status?: 'met' | 'missed' };
  note?: string;
}

/** A change as a tile shows it: signed, with its direction and whether that is good, and what it compares with. */
export interface Comparison {
  text: string;
  tone: 'good' | 'bad' | 'flat';
  arrow: '▲' | '▼' | '▶';
  /** The period compared with, named in the locale: "September 2026". */
  against: string;
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
  target?: { value: number; text: string };
}

export interface BreakdownChart {
  kind: 'breakdown';
  id: string;
  title: string;
  /** Metric labels (y axis). */
  labels: string[];
  platforms: string[];
  /** shares[platform][metric]: the platform's fraction of the metric's total; null when not measured. */
  shares: (number | null)[][];
  /** texts[platform][metric]: "1,234 (42%)" or "not measured". */
  texts: string[][];
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
  breakdown?: BreakdownChart;
  table: { platforms: string[]; rows: { kpi: PlaybookKpi; cells: TableCell[] }[] };
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

export function reportContext(client: ReportClient, model: PlaybookModel, snapshots: ReadonlyMap<string, Snapshot>): ReportContext {
  const recent = recentContexts.get(snapshots);
  if (recent && recent.client === client && recent.model === model) return recent.context;
  const context: ReportContext = { kpis: model.kpis, metrics: model.metrics, platforms: client.platforms, snapshots, targets: client.targets };
  recentContexts.delete(snapshots);
  recentContexts.set(snapshots, { client, model, context });
  if (recentContexts.size > RECENT_CONTEXTS) recentContexts.delete(recentContexts.keys().next().value!);
  return context;
}

/** The report of one period: a month, or a quarter or year computed from its months. */
export function reportView(client: ReportClient, model: PlaybookModel, snapshots: ReadonlyMap<string, Snapshot>, period: Period, fmt: Formatter): ReportView {
  const context = reportContext(client, model, snapshots);
  const results = computeKpis(context, period);
  const allOf = (kpi: string) => results.find((r) => r.kpi === kpi && r.platform === ALL)!;
  const headline = model.kpis.filter((kpi) => kpi.headline);
  const against = { previous: fmt.period(previous(period)), yearBefore: fmt.period(yearBefore(period)) };
  const labelOf = labeller(model.metrics);
  return {
    results,
    tiles: headline.map((kpi) => tile(kpi, allOf(kpi.id), fmt, against)),
    trends: headline.map((kpi) => trendChart(context, kpi, period, client.targets[kpi.id], fmt)),
    breakdown: breakdownChart(context, headline, period, client.platforms, model.metrics, fmt),
    table: {
      platforms: [...client.platforms, ALL],
      rows: model.kpis.map((kpi) => ({
        kpi,
        cells: [...client.platforms, ALL].map((platform) => cell(results.find((r) => r.kpi === kpi.id && r.platform === platform)!, kpi, fmt)),
      })),
    },
    definitions: model.kpis.map((kpi) => {
      const parsed = parseFormula(kpi.formula);
      return { kpi, formula: parsed.ok ? formulaText(parsed.ast, labelOf) : kpi.formula };
    }),
    team: Object.entries(client.team).map(([role, name]) => ({ role: model.roles.find((r) => r.id === role)?.title ?? role, name })),
  };
}

function tile(kpi: PlaybookKpi, result: KpiResult, fmt: Formatter, against: { previous: string; yearBefore: string }): Tile {
  const target = result.target === undefined ? undefined : { text: fmt.value(result.target, kpi.unit), status: result.status };
  if (!hasValue(result.value)) return { kpi, text: 'No data', reason: result.value.reason, target, note: result.note };
  return {
    kpi,
    raw: result.value.value,
    text: fmt.value(result.value.value, kpi.unit),
    change: hasValue(result.change) ? changeOf(result.change.value, kpi, fmt, against.previous) : undefined,
    changeReason: hasValue(result.change) ? undefined : result.change.reason,
    yearAgo: hasValue(result.changeYear) ? changeOf(result.changeYear.value, kpi, fmt, against.yearBefore) : undefined,
    target,
    note: result.note,
  };
}

function changeOf(change: number, kpi: PlaybookKpi, fmt: Formatter, against: string): Comparison {
  const flat = Math.abs(change) < 0.0005;
  const better = kpi.direction === 'up' ? change > 0 : change < 0;
  return {
    text: fmt.change(change),
    tone: flat ? 'flat' : better ? 'good' : 'bad',
    arrow: flat ? '▶' : change > 0 ? '▲' : '▼',
    against,
  };
}

function cell(result: KpiResult, kpi: PlaybookKpi, fmt: Formatter): TableCell {
  if (!hasValue(result.value)) return { platform: result.platform, text: 'no data', reason: result.value.reason };
  return { platform: result.platform, text: fmt.value(result.value.value, kpi.unit), note: result.note };
}

/**
 * The 12 months ending at the period's last month, on a quarter's or year's page too: months show
 * the shape inside the period, and a first, partial quarter would be a misleading point beside whole ones.
 */
function trendChart(context: ReportContext, kpi: PlaybookKpi, period: Period, target: number | undefined, fmt: Formatter): TrendChart {
  const periods = lastPeriods(endMonth(period), 12);
  const points = kpiTrend(context, kpi.id, periods);
  return {
    kind: 'trend',
    id: `trend-${kpi.id}`,
    title: kpi.name,
    unit: kpi.unit,
    labels: periods.map((p) => fmt.shortPeriod(p)),
    periods: periods.map((p) => fmt.period(p)),
    values: points.map((p) => (hasValue(p.value) ? p.value.value : null)),
    texts: points.map((p) => textOf(p.value, kpi.unit, fmt)),
    target: target === undefined ? undefined : { value: target, text: fmt.value(target, kpi.unit) },
  };
}

/** Where the volumes behind the headline KPIs came from: each flow count metric they read, split by platform. */
function breakdownChart(context: ReportContext, headline: PlaybookKpi[], period: Period, platforms: string[], metrics: readonly Metric[], fmt: Formatter): BreakdownChart | undefined {
  const used = new Set(headline.flatMap((kpi) => {
    const parsed = parseFormula(kpi.formula);
    return parsed.ok ? formulaMetrics(parsed.ast) : [];
  }));
  const chosen = metrics.filter((m) => used.has(m.id) && m.kind === 'flow' && m.unit === 'count');
  if (chosen.length === 0 || platforms.length < 2) return undefined;
  const totals = platformTotals(context, period, chosen.map((m) => m.id));
  const valueOf = (metric: string, platform: string): Measure => totals.find((t) => t.metric === metric && t.platform === platform)?.value ?? { reason: 'not measured' };
  const sums = chosen.map((m) => platforms.reduce((sum, p) => sum + (hasValueOr0(valueOf(m.id, p))), 0));
  return {
    kind: 'breakdown',
    id: 'platform-breakdown',
    title: 'Where the numbers came from',
    labels: chosen.map((m) => m.label),
    platforms,
    shares: platforms.map((p) => chosen.map((m, i) => {
      const v = valueOf(m.id, p);
      return hasValue(v) && sums[i]! > 0 ? v.value / sums[i]! : null;
    })),
    texts: platforms.map((p) => chosen.map((m, i) => {
      const v = valueOf(m.id, p);
      return hasValue(v) ? `${fmt.metric(v.value, 'count')}${sums[i]! > 0 ? ` (${fmt.share(v.value / sums[i]!)})` : ''}` : 'not measured';
    })),
  };
}

function hasValueOr0(m: Measure): number {
  return hasValue(m) ? m.value : 0;
}

function textOf(measure: Measure, unit: PlaybookKpi['unit'], fmt: Formatter): string {
  return hasValue(measure) ? fmt.value(measure.value, unit) : `no data: ${measure.reason}`;
}

function labeller(metrics: readonly Metric[]): (id: string) => string {
  const labels = new Map(metrics.map((m) => [m.id, m.label]));
  return (id) => labels.get(id) ?? id;
}
