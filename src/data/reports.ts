/**
 * Clients, their snapshots and commentary, queried once. Each client gets its share token, the
 * playbook version it pins, its periods and whether its pages are encrypted. Pages import from
 * here; nothing here is linked from a public page.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveContentRoot } from '../lib/content-root.ts';
import type { PlaybookModel } from '../lib/playbook/model.ts';
import { reportPath } from '../lib/crypto/seal-page.ts';
import type { Formatter } from '../lib/reports/format.ts';
import { reportBrand, type ReportBrand } from '../lib/reports/brand.ts';
import { reportLocale, type ReportLocale } from '../lib/reports/report-locale.ts';
import { logoAssets, logoUrl, sealedLogo, type LogoAsset } from '../lib/reports/logo.ts';
import { allPeriods, reportPeriods, type Period, type ReportPeriods } from '../lib/reports/periods.ts';
import type { ReportClient } from '../lib/reports/report-view.ts';
import { clientToken, shareSecret, type ShareSecret } from '../lib/share-token.ts';
import type { Snapshot } from '../lib/snapshot-csv.ts';
import type { Client } from '../schemas/client.ts';
import { playbookOf } from './playbook.ts';

const [clientEntries, snapshotEntries, commentaryEntries] = await Promise.all([getCollection('clients'), getCollection('snapshots'), getCollection('reports')]);

export interface ClientReports extends ReportClient {
  data: Client;
  token: string;
  /** The playbook version whose definitions the reports use. */
  model: PlaybookModel;
  snapshots: Map<string, Snapshot>;
  /** The client's reports: months with a snapshot, and the quarters and years they fall in, oldest first. */
  periods: ReportPeriods;
  commentary: Map<string, CollectionEntry<'reports'>>;
  /** Passphrase from the environment variable named in client.yaml, when the client has one. */
  passphrase?: string;
  /** The client's language: words, numbers, dates, platform names. */
  loc: ReportLocale;
  /** `loc.fmt`. */
  fmt: Formatter;
  /** Logo files published in the client's report folder; none for passphrase clients. */
  logos: LogoAsset[];
  /**
   * How its pages look: accent, logos (for a passphrase client, the logo as a data: URI, shown
   * only inside the ciphertext), footer.
   */
  brand: ReportBrand;
}

const root = resolveContentRoot();

// Read only when a client has no fixed token: an agency whose clients all have one needs no secret.
let secret: ShareSecret | undefined;
const derivingSecret = (): ShareSecret => (secret ??= shareSecret());

export const clients: ClientReports[] = clientEntries.map((entry) => {
  const data = entry.data;
  const token = data.token ?? clientToken({ id: entry.id }, derivingSecret());
  // Passphrase clients' pages show no logo (nothing outside the sealed part may name them).
  const logos = data.passphraseEnv ? [] : logoAssets(path.join(root, 'clients', entry.id), data.branding);
  const snapshots = new Map(snapshotEntries.filter((s) => s.data.client === entry.id).map((s) => [s.data.period, s.data as Snapshot] as const));
  const loc = reportLocale(data);
  return {
    id: entry.id,
    name: data.name,
    platforms: data.platforms,
    targets: data.targets,
    tiles: data.tiles,
    team: data.team,
    data,
    token,
    model: playbookOf(data.playbook),
    snapshots,
    // Snapshot periods are months by their file names (checked before any build), parsed here once.
    periods: reportPeriods(snapshots.keys()),
    commentary: new Map(commentaryEntries.filter((c) => c.id.startsWith(`${entry.id}/`)).map((c) => [c.id.slice(entry.id.length + 1), c] as const)),
    passphrase: data.passphraseEnv ? process.env[data.passphraseEnv] || undefined : undefined,
    loc,
    fmt: loc.fmt,
    logos,
    brand: reportBrand(
      data.branding,
      data.passphraseEnv
        ? { logo: sealedLogo(path.join(root, 'clients', entry.id), data.branding.logo) }
        : { logo: logoUrl(token, data.branding, logos, 'logo'), logoDark: logoUrl(token, data.branding, logos, 'logoDark') },
    ),
  };
});

/** Every report page of a client: months, then quarters, then years, each oldest first. */
export function reportPages(client: ClientReports): Period[] {
  return allPeriods(client.periods);
}

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
export function lockedPage(client: ClientReports, period?: Period): { clientId: string; passphrase?: string; scope: string; page: string } | undefined {
  if (!client.data.passphraseEnv) return undefined;
  return {
    clientId: client.id,
    passphrase: client.passphrase,
    scope: reportPath(import.meta.env.BASE_URL, client.token),
    page: reportPath(import.meta.env.BASE_URL, client.token, period?.id),
  };
}
