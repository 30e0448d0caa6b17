/** The worker of report-data.ts: reads the content root, writes each data.csv under the staging folder. */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readContent } from './lib/read-content.ts';
import { reportCsvFiles } from './lib/reports/csv-files.ts';
import { shareSecret, type ShareSecret } from './lib/share-token.ts';

const { root, staging } = workerData as { root: string; staging: string };
const { tree } = readContent(root);
let count = 0;
let secret: ShareSecret | undefined;
for (const file of reportCsvFiles(tree, () => (secret ??= shareSecret()))) {
  const target = path.join(staging, file.path);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, file.text);
  count++;
}
parentPort!.postMessage({ count });
