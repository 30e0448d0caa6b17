/**
 * The reports' data.csv files in a build, made on a worker thread while Astro renders the pages.
 * Astro renders one page at a time on the main thread; a data.csv needs no page around it, so
 * computing the 100 results of each period beside the rendering puts the second core to work
 * and keeps those results out of the main thread's heap. The worker reads the content root
 * itself, client by client (the build checked it already), and writes each file into the output
 * folder, beside the period's index.html; it starts once Astro has emptied that folder
 * (`astro:build:setup`). Nothing here logs a file path: each names a token.
 */
import { Worker } from 'node:worker_threads';

/** Starts writing every data.csv of `root` into `outDir`; resolves with how many were written, or rejects with why not. */
export function startReportData(root: string, outDir: string): Promise<number> {
  const worker = new Worker(new URL('./report-data-worker.ts', import.meta.url), { workerData: { root, outDir } });
  const written = new Promise<number>((resolve, reject) => {
    let count: number | undefined;
    worker.once('message', (message: { count: number }) => (count = message.count));
    worker.once('error', reject);
    worker.once('exit', (code) => (count !== undefined && code === 0 ? resolve(count) : reject(new Error(`the worker stopped with exit code ${code}`))));
  });
  // An unobserved failure would be reported as an unhandled rejection before the build awaits it.
  written.catch(() => {});
  return written;
}
