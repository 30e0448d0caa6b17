/**
 * A report page around its numbers: the heading, the reports either side of it, the commentary
 * (months only) or, when nobody wrote a word, the summary the numbers give, and the charts with
 * the sentences they are read out in. The numbers themselves come from reportView.
 */
import type { PlaybookModel } from '../playbook/model.ts';
import type { Snapshot } from '../snapshot-csv.ts';
import { breakdownSummary, trendSummary } from './chart-summary.ts';
import { citer, commentaryView, type CommentaryEntry, type CommentaryView } from './citations.ts';
import { dataSummary } from './data-summary.ts';
import { periodNeighbours } from './period-nav.ts';
import type { Period, ReportPeriods } from './periods.ts';
import type { ReportLocale } from './report-locale.ts';
import { reportView, TREND_PERIODS, type BreakdownChart, type ReportClient, type ReportView, type TrendChart } from './report-view.ts';

/** What the page needs to know of a client beyond ReportClient; data/reports.ts's clients have it. */
export interface ReportPageClient extends ReportClient {
  model: PlaybookModel;
  snapshots: ReadonlyMap<string, Snapshot>;
  periods: ReportPeriods;
  /** Commentary by month id. */
  commentary: ReadonlyMap<string, CommentaryEntry>;
}

/** A link to a neighbouring report, relative to this one's folder. */
export interface NeighbourLink {
  href: string;
  label: string;
}

export interface ReportPage {
  view: ReportView;
  /** "October 2026", "Q3 2026", "2026, January – October". */
  periodLabel: string;
  /** The commentary's own title, or "Monthly report: October 2026" and its quarter and year kin. */
  heading: string;
  previous?: NeighbourLink;
  next?: NeighbourLink;
  /** A month's commentary; empty for a quarter or a year, which have none. */
  commentary: CommentaryView;
  /** What the numbers say, when the commentary has neither a body nor highlights; else empty. */
  summary: string[];
  /** The client's platforms by name, listed in its language. */
  platforms: string;
  /** "The last 12 months": how far the trends reach. */
  trendsHeading: string;
  trends: { chart: TrendChart; summary: string }[];
  breakdown?: { chart: BreakdownChart; summary: string };
  /** The name data.csv downloads under: `<client>-<period>.csv`. */
  csvName: string;
}

export function reportPage(client: ReportPageClient, period: Period, loc: ReportLocale): ReportPage {
  const { t, fmt } = loc;
  const view = reportView(client, client.model, client.snapshots, period, loc);
  const periodLabel = fmt.period(period);
  // Commentary is written per month (clients/<id>/reports/<YYYY-MM>.md); a quarter or year has none.
  const commentary = commentaryView(period.kind === 'month' ? client.commentary.get(period.id) : undefined, citer(view.results, client.model.kpis, loc));
  const { previous, next } = periodNeighbours(client.periods, period);
  const link = (neighbour: Period | undefined): NeighbourLink | undefined => neighbour && { href: `../${neighbour.id}/`, label: fmt.period(neighbour) };
  const title = { month: t.report.monthTitle, quarter: t.report.quarterTitle, year: t.report.yearTitle }[period.kind];
  return {
    view,
    periodLabel,
    heading: commentary.title ?? title(periodLabel),
    previous: link(previous),
    next: link(next),
    commentary,
    // Nobody wrote a word for this period: the report opens with what the numbers say.
    summary: !commentary.body && commentary.highlights.length === 0 ? dataSummary(view.tiles, loc) : [],
    platforms: loc.list(client.platforms.map(loc.platformName)),
    // A client without tile KPIs has no trend to count; the heading then names the usual reach.
    trendsHeading: t.report.trends(view.trends[0]?.values.length ?? TREND_PERIODS, loc.plural),
    trends: view.trends.map((chart) => ({ chart, summary: trendSummary(chart, loc) })),
    breakdown: view.breakdown && { chart: view.breakdown, summary: breakdownSummary(view.breakdown) },
    csvName: `${client.id}-${period.id}.csv`,
  };
}
