/**
 * The client hub: every report (months, quarters, years), the latest month's highlights, and an
 * overview of the client's tile KPIs over the last six months. Everything is newest first: on a
 * phone the overview table scrolls sideways, and the month a client opens the hub for must be
 * the one in view.
 */
import type { PlaybookModel } from '../playbook/model.ts';
import type { Snapshot } from '../snapshot-csv.ts';
import { hasValue } from './aggregate.ts';
import { periodCommentary, type CommentaryEntry } from './citations.ts';
import { kpiTrend } from './engine.ts';
import type { Period, PeriodKind, ReportPeriods } from './periods.ts';
import type { ReportLocale } from './report-locale.ts';
import { reportContext, tileKpis, type ReportClient } from './report-view.ts';

export interface HubLink {
  period: Period;
  /** The report's folder, relative to the hub: `2026-10/`. */
  href: string;
  label: string;
  /** The team wrote commentary for it (only months have any). */
  commented: boolean;
}

export interface HubView {
  /** The latest month, which the hub opens with; unset for a client with no reports yet. */
  latest?: HubLink;
  /** The latest month's highlights as inline HTML, citations filled in; empty without commentary. */
  latestHighlights: string[];
  /** The overview's columns, newest month first. */
  periods: HubLink[];
  /** One row per tile KPI, its texts in the order of `periods`. */
  rows: { kpi: string; name: string; texts: string[] }[];
  /** The reports by kind (months, quarters, years), each newest first; a kind without reports is left out. */
  lists: { kind: PeriodKind; heading: string; links: HubLink[] }[];
}

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

/** `commentary` is the client's commentary by month id. */
export function hubView(
  client: ReportClient,
  model: PlaybookModel,
  snapshots: ReadonlyMap<string, Snapshot>,
  periods: ReportPeriods,
  commentary: ReadonlyMap<string, CommentaryEntry>,
  loc: ReportLocale,
  months = 6,
): HubView {
  const { fmt, t } = loc;
  const shown = periods.month.slice(-months).reverse();
  const context = reportContext(client, model, snapshots, loc);
  const link = (period: Period, label = fmt.period(period)): HubLink => ({
    period,
    href: `${period.id}/`,
    label,
    commented: period.kind === 'month' && commentary.has(period.id),
  });
  const latest = periods.month.at(-1);
  const headings = { month: t.hub.months, quarter: t.hub.quarters, year: t.hub.years };
  return {
    latest: latest && link(latest),
    latestHighlights: latest ? periodCommentary(client, model, snapshots, latest, commentary.get(latest.id), loc).highlights : [],
    periods: shown.map((period) => link(period, fmt.shortPeriod(period))),
    rows: tileKpis(model.kpis, client).map((kpi) => ({
      kpi: kpi.id,
      name: kpi.name,
      texts: kpiTrend(context, kpi.id, shown).map((point) => (hasValue(point.value) ? fmt.value(point.value.value, kpi.unit) : t.reason.noData)),
    })),
    lists: KINDS.filter((kind) => periods[kind].length > 0).map((kind) => ({
      kind,
      heading: headings[kind],
      links: [...periods[kind]].reverse().map((p) => link(p)),
    })),
  };
}
