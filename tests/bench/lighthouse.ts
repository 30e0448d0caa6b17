/**
 * `npm run bench:lighthouse`: Lighthouse's mobile preset (a mid-range phone, slow 4G and a 4× slower
 * CPU, simulated) on the latest report of every client in a built site, served gzipped on loopback
 * as a static host would. Prints per client the median run's performance score, Total Blocking Time,
 * Largest Contentful Paint, Cumulative Layout Shift and the JavaScript it transferred, then one JSON
 * line. Never asserts; not part of `npm test`.
 *
 *   npm run build && npm run bench:lighthouse -- [--dist dist] [--runs 3] [--chrome /usr/bin/chromium]
 *
 * Chromium comes from --chrome, CHROME_PATH or /usr/bin/chromium. Client names are printed, never
 * a token or a report path (bench output is pasted into issues and CI logs).
 *
 * Lighthouse is not in package.json: it brings 200 of the project's 885 packages, a fifth of every
 * `npm install` and CI run, for a bench run by hand. `npm install --no-save lighthouse@12.8.2` adds
 * it until the next `npm install`; without it this says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { PROJECT } from '../helpers/paths.ts';
import { serveDir } from '../helpers/serve.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: path.join(PROJECT, 'dist') },
    runs: { type: 'string', default: '3' },
    chrome: { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
  },
});

interface Run {
  score: number;
  tbt: number;
  lcp: number;
  cls: number;
  jsBytes: number;
  totalBytes: number;
}

/** The part of Lighthouse's programmatic API this bench reads (its types come with the package). */
type Lighthouse = (
  url: string,
  flags: { port: number; onlyCategories: string[]; logLevel: string; output: string },
) => Promise<
  | {
      lhr: {
        runtimeError?: { code: string; message: string };
        audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
        categories: Record<string, { score: number | null } | undefined>;
      };
    }
  | undefined
>;

const LIGHTHOUSE = 'lighthouse@12.8.2';
const lighthouse = await loadLighthouse();

const dist = path.resolve(values.dist);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number from 1, got "${values.runs}"`);
if (!fs.existsSync(path.join(dist, 'r'))) fail(`no reports in ${dist}: build the site first (npm run build) or pass --dist`);
if (!fs.existsSync(values.chrome)) fail(`no Chromium at ${values.chrome}: pass --chrome or set CHROME_PATH`);

const reports = latestReports(dist);
if (reports.length === 0) fail(`no readable report in ${dist} (passphrase clients are skipped)`);
console.log(
  `Lighthouse ${lighthouseVersion()} mobile preset, ${runs} run(s) per report, median by score; node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`,
);

const server = await serveDir(dist, { gzip: true });
const chrome = await startChromium(values.chrome);
const results: { client: string; median: Run; scores: number[] }[] = [];
try {
  for (const report of reports) {
    const measured: Run[] = [];
    for (let i = 0; i < runs; i += 1) measured.push(await audit(`${server.url}/${report.page}`, chrome.port));
    const sorted = [...measured].sort((a, b) => a.score - b.score || b.tbt - a.tbt);
    results.push({ client: report.client, median: sorted[Math.floor((sorted.length - 1) / 2)]!, scores: measured.map((r) => r.score) });
  }
} finally {
  chrome.process.kill();
  await server.close();
}

const rows = results.map(({ client, median: m, scores }) => [
  client,
  String(m.score),
  `${Math.round(m.tbt)} ms`,
  `${(m.lcp / 1000).toFixed(2)} s`,
  m.cls.toFixed(3),
  kb(m.jsBytes),
  kb(m.totalBytes),
  scores.join(' '),
]);
printTable(['client', 'performance', 'TBT', 'LCP', 'CLS', 'JS (transfer)', 'all (transfer)', 'scores of the runs'], rows);
console.log(JSON.stringify({ lighthouse: lighthouseVersion(), runs, reports: results.map(({ client, median, scores }) => ({ client, ...median, scores })) }));

async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
  if (!result) throw new Error(`Lighthouse returned nothing for a report`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const bytes = (filter: (type?: string) => boolean) => requests.filter((r) => filter(r.resourceType)).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
    tbt: numeric('total-blocking-time'),
    lcp: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    jsBytes: bytes((type) => type === 'Script'),
    totalBytes: bytes(() => true),
  };
}

/** Each client's newest month: the page a client opens from the link they were sent. */
function latestReports(root: string): { client: string; page: string }[] {
  return fs.readdirSync(path.join(root, 'r')).flatMap((token) => {
    const months = fs
      .readdirSync(path.join(root, 'r', token))
      .filter((name) => /^\d{4}-\d{2}$/.test(name))
      .sort();
    const page = `r/${token}/${months.at(-1)}/`;
    if (months.length === 0) return [];
    const $ = cheerio.load(fs.readFileSync(path.join(root, page, 'index.html'), 'utf8'));
    if ($('[data-encrypted-payload]').length > 0) return [];
    return [{ client: $('.client-name').first().text().trim(), page }];
  });
}

/** Chromium with a DevTools port Lighthouse connects to, in a throwaway profile. */
async function startChromium(executable: string): Promise<{ process: ChildProcess; port: number }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-lighthouse-'));
  const child = spawn(
    executable,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  child.on('exit', () => fs.rmSync(profile, { recursive: true, force: true }));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${output}`)));
  });
  return { process: child, port };
}

async function loadLighthouse(): Promise<Lighthouse> {
  try {
    // A variable, so that TypeScript does not look for a package the project does not install.
    const name = 'lighthouse';
    return ((await import(name)) as { default: Lighthouse }).default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    fail(`Lighthouse is not installed (npm install leaves it out): npm install --no-save ${LIGHTHOUSE}`);
  }
}

function lighthouseVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PROJECT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
}

function fail(message: string): never {
  console.error(`bench:lighthouse: ${message}`);
  process.exit(1);
}
