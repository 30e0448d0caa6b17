/**
 * The client hub: every report (months, quarters, years) and an overview of the client's tile
 * KPIs over the last six months. Everything is newest first: on a phone the overview table
 * scrolls sideways, and the month a client opens the hub for must be the one in view.
 */
import type { PlaybookModel } from '../playbook/model.ts';
import type { Snapshot } from '../snapshot-csv.ts';
import { hasValue } from './aggregate.ts';
import { kpiTrend } from './engine.ts';
import type { Period, PeriodKind, ReportPeriods } from './periods.ts';
import type { ReportLocale } from './report-locale.ts';
import { reportContext, tileKpis, type ReportClient } from './report-view.ts';

export interface HubLink {
  period: Period;
  label: string;
}

export interface HubView {
  /** The overview's columns, newest month first. */
  periods: HubLink[];
  /** One row per tile KPI, its texts in the order of `periods`. */
  rows: { kpi: string; name: string; texts: string[] }[];
  /** The reports by kind (months, quarters, years), each newest first; a kind without reports is left out. */
  lists: { kind: PeriodKind; links: HubLink[] }[];
}

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

export function hubView(
  client: ReportClient,
  model: PlaybookModel,
  snapshots: ReadonlyMap<string, Snapshot>,
  periods: ReportPeriods,
  loc: ReportLocale,
  months = 6,
): HubView {
  const { fmt, t } = loc;
  const shown = periods.month.slice(-months).reverse();
  const context = reportContext(client, model, snapshots, loc);
  const link = (period: Period): HubLink => ({ period, label: fmt.period(period) });
  return {
    periods: shown.map((period) => ({ period, label: fmt.shortPeriod(period) })),
    rows: tileKpis(model.kpis, client).map((kpi) => ({
      kpi: kpi.id,
      name: kpi.name,
      texts: kpiTrend(context, kpi.id, shown).map((point) => (hasValue(point.value) ? fmt.value(point.value.value, kpi.unit) : t.reason.noData)),
    })),
    lists: KINDS.filter((kind) => periods[kind].length > 0).map((kind) => ({ kind, links: [...periods[kind]].reverse().map(link) })),
  };
}
