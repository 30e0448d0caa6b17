/** The client hub's overview: the client's tile KPIs over the last six months, formatted. */
import type { PlaybookModel } from '../playbook/model.ts';
import type { Snapshot } from '../snapshot-csv.ts';
import { hasValue } from './aggregate.ts';
import { kpiTrend } from './engine.ts';
import type { ReportLocale } from './report-locale.ts';
import { reportContext, tileKpis, type ReportClient } from './report-view.ts';

export interface HubView {
  periods: { period: string; label: string }[];
  rows: { kpi: string; name: string; texts: string[] }[];
}

export function hubView(client: ReportClient, model: PlaybookModel, snapshots: ReadonlyMap<string, Snapshot>, periods: readonly string[], loc: ReportLocale, months = 6): HubView {
  const { fmt, t } = loc;
  const shown = periods.slice(-months);
  const context = reportContext(client, model, snapshots, loc);
  return {
    periods: shown.map((period) => ({ period, label: fmt.shortPeriod(period) })),
    rows: tileKpis(model.kpis, client).map((kpi) => ({
      kpi: kpi.id,
      name: kpi.name,
      texts: kpiTrend(context, kpi.id, shown).map((point) => (hasValue(point.value) ? fmt.value(point.value.value, kpi.unit) : t.reason.noData)),
    })),
  };
}
