/**
 * The report pages' own work, without Astro: every report view (tiles, charts, table, commentary)
 * and every data.csv of the bench's content, computed twice in one process, with the time of
 * each. Astro's share of a build is the build minus this; a change to the engine or the views
 * shows here in seconds instead of a minute's build.
 *
 *   npm run bench:views [-- --clients 100 --periods 24 --platforms 4 --versions 3 --profile]
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector/promises';
import fs from 'node:fs';
import { fromSource } from '../../src/lib/playbook/model.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { reportCsvFiles } from '../../src/lib/reports/csv-files.ts';
import { allPeriods, reportPeriods } from '../../src/lib/reports/periods.ts';
import { reportLocale } from '../../src/lib/reports/report-locale.ts';
import { reportPage, type ReportPageClient } from '../../src/lib/reports/report-page.ts';
import { DEMO_SECRET } from '../../src/lib/share-token.ts';
import type { Snapshot } from '../../src/lib/snapshot-csv.ts';
import { TEST_OUTPUT } from '../helpers/paths.ts';
import { printProfile } from './profile.ts';
import { generate, SIZE_OPTIONS, sizeFrom, sizeName } from './generate.ts';

const { values } = parseArgs({
  options: {
    ...SIZE_OPTIONS,
    profile: { type: 'boolean', default: false },
  },
});
const size = sizeFrom(values);
const root = path.join(TEST_OUTPUT, 'bench-views', sizeName(size));
const ms = (since: number) => `${(performance.now() - since).toFixed(0)} ms`;
/** The live heap after a full collection (npm run bench:views passes --expose-gc), in MB. */
const heapMB = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return `${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`;
};

let started = performance.now();
generate({ ...size, root });
console.log(`report views of ${sizeName(size)} (node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)})`);
console.log(`generated in ${ms(started)}`);
started = performance.now();
const { tree, problems } = readContent(root);
if (problems.length > 0) throw new Error(`the generated content has ${problems.length} problems, the first: ${problems[0]!.message}`);
console.log(`read in ${ms(started)}; live heap ${heapMB()}`);

// As src/data/reports.ts makes them from the collections.
const models = new Map(tree.playbooks.map((playbook) => [playbook.version, fromSource(playbook)]));
const clients = tree.clients.map((source) => {
  const data = source.client!.data;
  const snapshots = new Map<string, Snapshot>(source.snapshots.map((snapshot) => [snapshot.period, snapshot]));
  const client: ReportPageClient = {
    id: source.id,
    name: data.name,
    platforms: data.platforms,
    targets: data.targets,
    tiles: data.tiles,
    team: data.team,
    model: models.get(data.playbook)!,
    snapshots,
    periods: reportPeriods(snapshots.keys()),
    commentary: new Map(source.reports.map((entry) => [entry.id, { data: entry.data, body: entry.body }])),
  };
  return { client, loc: reportLocale(data) };
});

const session = values.profile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
for (const round of [1, 2]) {
  started = performance.now();
  let pages = 0;
  for (const { client, loc } of clients) {
    for (const period of allPeriods(client.periods)) {
      reportPage(client, period, loc);
      pages++;
    }
  }
  const viewTime = ms(started);
  started = performance.now();
  let files = 0;
  for (const _file of reportCsvFiles(tree, () => ({ secret: DEMO_SECRET, isDemo: true }))) files++;
  console.log(`round ${round}: ${pages} report views in ${viewTime}, ${files} data.csv in ${ms(started)}; live heap ${heapMB()}`);
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  const file = path.join(root, '..', 'report-views.cpuprofile');
  fs.writeFileSync(file, JSON.stringify(profile));
  printProfile(file, 25);
}
