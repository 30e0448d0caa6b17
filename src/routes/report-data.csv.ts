/**
 * A report's data.csv in the dev server (`/r/<token>/<period>/data.csv`), injected by the
 * integration in dev only: a build writes these files itself, from a worker (src/report-data.ts),
 * with the same `periodCsv`. Never for passphrase clients.
 */
import type { APIRoute } from 'astro';
import { clients, reportPages } from '../data/reports';
import { hasDataCsv, periodCsv } from '../lib/reports/data-csv';
import type { Period } from '../lib/reports/periods';
import { reportContext } from '../lib/reports/report-view';

export function getStaticPaths() {
  return clients
    .filter((client) => hasDataCsv(client.data))
    .flatMap((client) => reportPages(client).map((period) => ({ params: { token: client.token, period: period.id }, props: { clientId: client.id, period } })));
}

export const GET: APIRoute = ({ props }) => {
  const client = clients.find((c) => c.id === props.clientId)!;
  const csv = periodCsv(reportContext(client, client.model, client.snapshots, client.loc), props.period as Period);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
