/**
 * The reports' data.csv files in a build, made on a worker thread while Astro renders the pages.
 * Astro renders one page at a time on the main thread; a data.csv needs no page around it, so
 * computing the 100 results of each period beside the rendering puts the second core to work
 * and keeps those results out of the main thread's heap. The worker reads the content root
 * itself (the build checked it already), writes into a staging folder, and the build moves the
 * files beside the pages when Astro is done. Nothing here logs a file path: each names a token.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface ReportDataJob {
  /** Resolves with how many files were written, or rejects with why not. */
  written: Promise<number>;
  staging: string;
}

/** Starts writing every data.csv of `root` into `staging` (emptied first: it is the build's own cache folder). */
export function startReportData(root: string, staging: string): ReportDataJob {
  fs.rmSync(staging, { recursive: true, force: true });
  const worker = new Worker(new URL('./report-data-worker.ts', import.meta.url), { workerData: { root, staging } });
  const written = new Promise<number>((resolve, reject) => {
    let count: number | undefined;
    worker.once('message', (message: { count: number }) => (count = message.count));
    worker.once('error', reject);
    worker.once('exit', (code) => (count !== undefined && code === 0 ? resolve(count) : reject(new Error(`the worker stopped with exit code ${code}`))));
  });
  // An unobserved failure would be reported as an unhandled rejection before the build awaits it.
  written.catch(() => {});
  return { written, staging };
}

/** Moves the staged files to their places in `outDir`, beside each period's index.html. */
export function placeReportData(staging: string, outDir: string): void {
  if (!fs.existsSync(staging)) return; // no client has a data.csv
  for (const entry of fs.readdirSync(staging, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = path.join(entry.parentPath, entry.name);
    const to = path.join(outDir, path.relative(staging, from));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    try {
      fs.renameSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      fs.copyFileSync(from, to); // a cache folder on another file system
    }
  }
  fs.rmSync(staging, { recursive: true, force: true });
}
