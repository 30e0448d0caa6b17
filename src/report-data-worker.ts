/** The worker of report-data.ts: reads the checked content root client by client, writes each data.csv into the output folder. */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readClientByClient } from './lib/read-content.ts';
import { reportCsvFiles } from './lib/reports/csv-files.ts';
import { shareSecret, type ShareSecret } from './lib/share-token.ts';

const { root, outDir } = workerData as { root: string; outDir: string };
let secret: ShareSecret | undefined;
let count = 0;
for (const file of reportCsvFiles(readClientByClient(root), () => (secret ??= shareSecret()))) {
  const target = path.join(outDir, file.path);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, file.text);
  count++;
}
parentPort!.postMessage({ count });
