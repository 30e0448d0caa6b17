/**
 * Every data.csv of a content root (`r/<token>/<period>/data.csv`), computed from the checked
 * tree with the same engine and writer as the dev server's route (data-csv.ts), so a build and
 * `astro dev` serve the same bytes. A build writes them outside Astro's page rendering
 * (src/report-data.ts): a file of numbers needs no page around it.
 */
import type { ClientSource, PlaybookSource } from '../content-tree.ts';
import { fromSource, type PlaybookModel } from '../playbook/model.ts';
import { clientToken, type ShareSecret } from '../share-token.ts';
import type { Snapshot } from '../snapshot-csv.ts';
import { hasDataCsv, periodCsv } from './data-csv.ts';
import type { ReportContext } from './engine.ts';
import { allPeriods, reportPeriods } from './periods.ts';

export interface ReportCsvFile {
  /** Relative to the site's output folder: `r/<token>/<period>/data.csv`. */
  path: string;
  text: string;
}

/**
 * The files, client by client, made as they are asked for (a client's results are dropped once
 * its files are written), from a checked tree or one read client by client (`readClientByClient`).
 * `secret` is asked for only when a client has no fixed token.
 */
export function* reportCsvFiles(
  tree: { playbooks: readonly PlaybookSource[]; clients: Iterable<ClientSource> },
  secret: () => ShareSecret,
): Generator<ReportCsvFile> {
  const models = new Map<string, PlaybookModel>();
  const modelOf = (version: string): PlaybookModel | undefined => {
    if (!models.has(version)) {
      const source = tree.playbooks.find((playbook) => playbook.version === version);
      if (source) models.set(version, fromSource(source));
    }
    return models.get(version);
  };
  for (const client of tree.clients) {
    const data = client.client?.data;
    if (!data || !hasDataCsv(data)) continue;
    const model = modelOf(data.playbook);
    if (!model) continue; // check reports the unknown version; a build never gets here with one
    const snapshots = new Map<string, Snapshot>(client.snapshots.map((snapshot) => [snapshot.period, snapshot]));
    const context: ReportContext = { kpis: model.kpis, metrics: model.metrics, platforms: data.platforms, snapshots, targets: data.targets };
    const token = data.token ?? clientToken({ id: client.id }, secret());
    for (const period of allPeriods(reportPeriods(snapshots.keys()))) {
      yield { path: `r/${token}/${period.id}/data.csv`, text: periodCsv(context, period) };
    }
  }
}
