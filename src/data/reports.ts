/**
 * Clients, their snapshots and commentary, queried once. Each client gets its share token, the
 * playbook version it pins, its periods and whether its pages are encrypted. Pages import from
 * here; nothing here is linked from a public page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PlaybookModel } from '../lib/playbook/model.ts';
import { reportPath } from '../lib/crypto/seal-page.ts';
import { formatter, type Formatter } from '../lib/reports/format.ts';
import type { ReportClient } from '../lib/reports/report-view.ts';
import { clientToken, shareSecret, type ShareSecret } from '../lib/share-token.ts';
import type { Snapshot } from '../lib/snapshot-csv.ts';
import type { Client } from '../schemas/client.ts';
import { playbookOf } from './playbook.ts';

const [clientEntries, snapshotEntries, commentaryEntries] = await Promise.all([
  getCollection('clients'),
  getCollection('snapshots'),
  getCollection('reports'),
]);

export interface ClientReports extends ReportClient {
  data: Client;
  token: string;
  /** The playbook version whose definitions the reports use. */
  model: PlaybookModel;
  snapshots: Map<string, Snapshot>;
  /** Periods with a snapshot, oldest first. */
  periods: string[];
  commentary: Map<string, CollectionEntry<'reports'>>;
  /** Passphrase from the environment variable named in client.yaml, when the client has one. */
  passphrase?: string;
  fmt: Formatter;
}

// Read only when a client has no fixed token: an agency whose clients all have one needs no secret.
let secret: ShareSecret | undefined;
const derivingSecret = (): ShareSecret => (secret ??= shareSecret());

export const clients: ClientReports[] = clientEntries.map((entry) => {
  const data = entry.data;
  const snapshots = new Map(
    snapshotEntries.filter((s) => s.data.client === entry.id).map((s) => [s.data.period, s.data as Snapshot] as const),
  );
  return {
    id: entry.id,
    name: data.name,
    platforms: data.platforms,
    targets: data.targets,
    team: data.team,
    data,
    token: data.token ?? clientToken({ id: entry.id }, derivingSecret()),
    model: playbookOf(data.playbook),
    snapshots,
    periods: [...snapshots.keys()].sort(),
    commentary: new Map(commentaryEntries.filter((c) => c.id.startsWith(`${entry.id}/`)).map((c) => [c.id.slice(entry.id.length + 1), c] as const)),
    passphrase: data.passphraseEnv ? process.env[data.passphraseEnv] || undefined : undefined,
    fmt: formatter(data.locale, data.currency),
  };
});

export function clientByToken(token: string): ClientReports {
  const client = clients.find((c) => c.token === token);
  if (!client) throw new Error(`no client with token ${token}`);
  return client;
}

/**
 * What ReportLayout needs to seal a passphrase client's page (the hub, or one period's), or
 * undefined for a client without a passphrase. Paths include the site's base path: the sessionStorage
 * key is scoped by the client's folder and the ciphertext is bound to the page's path.
 */
export function lockedPage(client: ClientReports, period?: string): { clientId: string; passphrase?: string; scope: string; page: string } | undefined {
  if (!client.data.passphraseEnv) return undefined;
  return { clientId: client.id, passphrase: client.passphrase, scope: reportPath(import.meta.env.BASE_URL, client.token), page: reportPath(import.meta.env.BASE_URL, client.token, period) };
}
