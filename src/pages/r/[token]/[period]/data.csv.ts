/** The KPI table of a report as CSV, in the format of the content reference. Never for passphrase clients. */
import type { APIRoute } from 'astro';
import { clients, reportPages } from '../../../../data/reports';
import { kpiResultsToCsv } from '../../../../lib/reports/data-csv';
import { computeKpis } from '../../../../lib/reports/engine';
import type { Period } from '../../../../lib/reports/periods';
import { reportContext } from '../../../../lib/reports/report-view';

export function getStaticPaths() {
  return clients
    .filter((client) => !client.passphrase && !client.data.passphraseEnv)
    .flatMap((client) => reportPages(client).map((period) => ({ params: { token: client.token, period: period.id }, props: { clientId: client.id, period } })));
}

export const GET: APIRoute = ({ props }) => {
  const client = clients.find((c) => c.id === props.clientId)!;
  const csv = kpiResultsToCsv(computeKpis(reportContext(client, client.model, client.snapshots, client.loc), props.period as Period), client.model.kpis);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
