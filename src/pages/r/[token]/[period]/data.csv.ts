/** The KPI table of a report as CSV, in the format of the content reference. Never for passphrase clients. */
import type { APIRoute } from 'astro';
import { clients } from '../../../../data/reports';
import { kpiResultsToCsv } from '../../../../lib/reports/data-csv';
import { computeKpis } from '../../../../lib/reports/engine';
import { reportContext } from '../../../../lib/reports/report-view';

export function getStaticPaths() {
  return clients
    .filter((client) => !client.passphrase && !client.data.passphraseEnv)
    .flatMap((client) => client.periods.map((period) => ({ params: { token: client.token, period }, props: { clientId: client.id, period } })));
}

export const GET: APIRoute = ({ props }) => {
  const client = clients.find((c) => c.id === props.clientId)!;
  const csv = kpiResultsToCsv(computeKpis(reportContext(client, client.model, client.snapshots, client.loc), props.period as string), client.model.kpis);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
