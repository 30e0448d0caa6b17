/**
 * `npm run bench`: generates a synthetic content root, checks it, builds it, builds the same
 * number of trivial pages with bare Astro (the floor), and prints time, pages per second, peak
 * memory, the ratio to the floor and the gzip weight of each page type. Never asserts on time.
 *
 *   npm run bench -- [--clients 100] [--periods 24] [--platforms 4] [--versions 3] [--scale 1|2|4]
 *                    [--skip-floor] [--keep] [--profile] [--commentary mdx|md] [--source dir] [--playbook-only]
 *
 * The site is built from a copy of the project in tests/.output/bench/<name>/ (src/, public/,
 * the config files, node_modules linked): Astro writes the list of content modules to `.astro/`
 * under the project root whatever the cache folder, so a build in the checkout itself would race
 * with any other build there (a test run) and either could bundle the other's content.
 *
 * `--playbook-only` builds the versioned playbook alone (no clients), to compare with a docs site.
 * `--scale` multiplies the client count. `--keep` keeps the generated content and the built
 * sites in tests/.output/bench/. `--profile` runs the site build under `node --cpu-prof` and
 * prints its top self-time functions (tests/bench/profile.ts). `--commentary md` writes the
 * clients' commentary as plain Markdown instead of MDX, to compare the two. `--source <dir>`
 * builds another copy of src/ (`git archive HEAD src | tar -x -C /tmp/head`, then
 * `--source /tmp/head/src`) to compare a change with the code before it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { PROJECT } from '../helpers/paths.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { initialJavaScript } from '../helpers/weight.ts';
import { writeFloorProject } from './floor.ts';
import { BENCH_OUTPUT, generate, SIZE_OPTIONS, sizeFrom, sizeName, type BenchSize } from './generate.ts';
import { runMeasured, type Measured } from './measure.ts';
import { printProfile } from './profile.ts';

const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    ...SIZE_OPTIONS,
    scale: { type: 'string', default: '1' },
    'skip-floor': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    commentary: { type: 'string', default: 'mdx' },
    source: { type: 'string' },
    'playbook-only': { type: 'boolean', default: false },
  },
});

const scale = Number(values.scale);
if (![1, 2, 4].includes(scale)) fail(`--scale must be 1, 2 or 4, got "${values.scale}"`);
// The versioned playbook alone, as a docs site: no clients, so no reports.
const playbookOnly = values['playbook-only'];
const given = (() => {
  try {
    return sizeFrom(values);
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const size: BenchSize = {
  ...given,
  clients: playbookOnly ? 0 : given.clients * scale,
};
const name = `${sizeName(size)}${values.commentary === 'md' ? '-md' : ''}`;
const dir = path.join(BENCH_OUTPUT, name);
const content = path.join(dir, 'content');
const dist = path.join(dir, 'dist');
const floorRoot = path.join(BENCH_OUTPUT, 'floor');
const baseEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };

const loadBefore = os.loadavg();
const probeBefore = cpuProbe();
console.log(
  `Rolebook bench ${name} (${size.clients} clients × ${size.periods} periods × ${size.platforms} platforms × ${size.versions} releases, commentary in .${values.commentary})`,
);
console.log(`node ${process.version} (${process.execPath}), ${os.cpus().length} cores, load ${loadText(loadBefore)}`);
console.log(`building ${values.source ? path.resolve(values.source) : 'src/'} in a copy of the project: ${rel(dir)}\n`);

if (values.commentary !== 'mdx' && values.commentary !== 'md') fail(`--commentary must be mdx or md, got "${values.commentary}"`);
fs.rmSync(dir, { recursive: true, force: true });
copyProject(dir, values.source ? path.resolve(values.source) : path.join(PROJECT, 'src'));
const started = performance.now();
const generated = generate({ ...size, root: content, commentary: values.commentary });
const generateSeconds = seconds(started);
console.log(`generated ${rel(content)} in ${generateSeconds.toFixed(1)} s: ${generated.snapshots} snapshots, ${generated.commentaries} commentaries`);

// The content must be valid before a build means anything.
settle();
const check = await runMeasured([path.join(dir, 'src/cli/rolebook.ts'), 'check'], { cwd: dir, env: { ...baseEnv, ROLEBOOK_CONTENT: content } });
if (check.status !== 0) fail(`rolebook check failed on the generated content:\n${check.output}`);
console.log(`rolebook check: ${check.seconds.toFixed(2)} s, peak RSS ${mb(check.peakRss)}: ${check.output.trim()}`);

const profileDir = path.join(dir, 'profile');
settle();
const build = await step('building the site', () =>
  runMeasured([...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ASTRO, 'build', '--outDir', dist], {
    cwd: dir,
    env: { ...baseEnv, ROLEBOOK_CONTENT: content, ROLEBOOK_CACHE_DIR: path.join(dir, 'cache') },
    log: path.join(dir, 'build.log'),
  }),
);
// Memory over time, to line up with the timestamps of build.log: `<clock time>\t<seconds>\t<MB>`, one row a second.
const buildStart = Date.now() - build.seconds * 1000;
fs.writeFileSync(
  path.join(dir, 'build-rss.tsv'),
  build.timeline
    .filter((_, i) => i % 10 === 0)
    .map(([t, rss]) => `${new Date(buildStart + t * 1000).toTimeString().slice(0, 8)}\t${t.toFixed(1)}\t${Math.round(rss / MB)}`)
    .join('\n'),
);
if (build.status !== 0) fail(`astro build failed (log: ${rel(path.join(dir, 'build.log'))}):\n${build.output.slice(-4000)}`);
const files = walk(dist);
const html = files.filter((file) => file.endsWith('.html')).length;
const csv = files.filter((file) => file.endsWith('/data.csv')).length;
const routes = html + csv;

let floor: Measured | undefined;
if (!values['skip-floor']) {
  writeFloorProject(floorRoot, routes);
  settle();
  floor = await step(`building Astro's floor (${routes} trivial pages)`, () =>
    runMeasured([ASTRO, 'build', '--root', floorRoot, '--outDir', path.join(floorRoot, 'dist')], {
      cwd: PROJECT,
      env: { ...baseEnv, ROLEBOOK_CACHE_DIR: path.join(floorRoot, 'cache') },
      log: path.join(floorRoot, 'build.log'),
    }),
  );
  if (floor.status !== 0) fail(`the floor build failed:\n${floor.output.slice(-4000)}`);
  const floorPages = walk(path.join(floorRoot, 'dist')).filter((file) => file.endsWith('.html')).length;
  if (floorPages !== routes) fail(`the floor built ${floorPages} pages, expected ${routes}`);
}
const loadAfter = os.loadavg();
const probeAfter = cpuProbe();

const weights = pageWeights(dist);
const largest = largestHtml(dist, files);
const ratio = floor ? build.seconds / floor.seconds : undefined;

console.log(`\n${'='.repeat(72)}`);
table(
  ['', 'rolebook', 'astro floor'],
  [
    ['pages built', `${routes} (${html} .html + ${csv} data.csv)`, floor ? `${routes} .html` : 'skipped'],
    ['wall seconds', build.seconds.toFixed(1), floor ? floor.seconds.toFixed(1) : '–'],
    ['pages per second', (routes / build.seconds).toFixed(0), floor ? (routes / floor.seconds).toFixed(0) : '–'],
    ['CPU seconds (tree)', cpuText(build), floor ? cpuText(floor) : '–'],
    ['page faults', `${Math.round(build.pageFaults / 1000)} k`, floor ? `${Math.round(floor.pageFaults / 1000)} k` : '–'],
    ['peak RSS (largest process)', mb(build.peakRss), floor ? mb(floor.peakRss) : '–'],
    ['RSS of all processes', `${mb(build.treeRss)} (${build.processes} processes)`, floor ? `${mb(floor.treeRss)} (${floor.processes})` : '–'],
    ['ratio to the floor', ratio ? `${ratio.toFixed(2)} × (goal ≤ ${playbookOnly ? '1.5' : '2.0'})` : '–', ''],
    ['ratio in CPU seconds', floor ? `${(build.cpuSeconds / floor.cpuSeconds).toFixed(2)} ×` : '–', ''],
    ['ratio in user CPU seconds', floor ? `${(userSeconds(build) / userSeconds(floor)).toFixed(2)} × (without the kernel's file writes)` : '–', ''],
  ],
);
console.log('');
table(
  ['page type (gzip)', 'HTML', 'JS', 'CSS', 'inline CSS', 'file'],
  weights.map((w) => [w.type, kb(w.html), kb(w.js), kb(w.css), kb(w.inlineCss), w.file]),
);
console.log('JS: scripts and their static imports (tests/helpers/weight.ts); CSS: linked stylesheets; inline CSS: <style> elements, already in HTML');
console.log(`largest HTML page: ${kb(largest.gzip)} gzip (${largest.file})`);
console.log(`rolebook check: ${check.seconds.toFixed(2)} s (goal ≤ 2 s); generate ${generateSeconds.toFixed(1)} s`);
console.log(`load average before ${loadText(loadBefore)}, after ${loadText(loadAfter)} (${os.cpus().length} cores)`);
console.log(`CPU probe (fixed work, one thread; slower means a busier machine): ${probeBefore} ms before, ${probeAfter} ms after`);

if (values.profile) {
  const profiles = fs.existsSync(profileDir) ? fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')) : [];
  for (const file of profiles) printProfile(path.join(profileDir, file), 25);
}

const summary = {
  date: new Date().toISOString().slice(0, 10),
  size,
  scale,
  commentary: values.commentary,
  source: values.source ? path.resolve(values.source) : 'src',
  node: process.version,
  cores: os.cpus().length,
  load: [Number(loadBefore[0]!.toFixed(2)), Number(loadAfter[0]!.toFixed(2))],
  probeMs: [probeBefore, probeAfter],
  checkSeconds: round(check.seconds, 2),
  pages: routes,
  html,
  csv,
  buildSeconds: round(build.seconds, 1),
  buildCpuSeconds: round(build.cpuSeconds, 1),
  buildSystemSeconds: round(build.systemSeconds, 1),
  pagesPerSecond: Math.round(routes / build.seconds),
  peakRssMB: Math.round(build.peakRss / MB),
  treeRssMB: Math.round(build.treeRss / MB),
  floorSeconds: floor ? round(floor.seconds, 1) : null,
  floorPeakRssMB: floor ? Math.round(floor.peakRss / MB) : null,
  ratio: ratio ? round(ratio, 2) : null,
  cpuRatio: floor ? round(build.cpuSeconds / floor.cpuSeconds, 2) : null,
  userCpuRatio: floor ? round(userSeconds(build) / userSeconds(floor), 2) : null,
  floorCpuSeconds: floor ? round(floor.cpuSeconds, 1) : null,
  floorSystemSeconds: floor ? round(floor.systemSeconds, 1) : null,
  weightsKB: Object.fromEntries(
    weights.map((w) => [
      w.type,
      { html: round(w.html / 1024, 1), js: round(w.js / 1024, 1), css: round(w.css / 1024, 1), inlineCss: round(w.inlineCss / 1024, 1) },
    ]),
  ),
  largestHtmlKB: round(largest.gzip / 1024, 1),
};
if (!values.keep) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(floorRoot, { recursive: true, force: true });
} else console.log(`\nkept ${rel(dir)}${floor ? ` and ${rel(floorRoot)}` : ''}`);

// Last, on one line, for the README.
console.log(`\n${JSON.stringify(summary)}`);

/** The project as the build sees it, in `target`: the same source (or `source`), config and packages. */
// ——— page weights ———

interface Weight {
  type: string;
  file: string;
  html: number;
  js: number;
  css: number;
  /** `<style>` elements in the page: already part of the HTML figure. */
  inlineCss: number;
}

/** One page of each type: gzip of its HTML, of the JavaScript it loads up front and of its linked stylesheets. */
function pageWeights(root: string): Weight[] {
  const first = (folder: string) => {
    const full = path.join(root, folder);
    return fs.existsSync(full)
      ? fs
          .readdirSync(full)
          .filter((entry) => fs.statSync(path.join(full, entry)).isDirectory())
          .sort()[0]
      : undefined;
  };
  const role = first('playbook/roles');
  const kpi = first('playbook/kpis');
  const token = first('r');
  const periods = token
    ? fs
        .readdirSync(path.join(root, 'r', token))
        .filter((p) => /^\d{4}-\d{2}$/.test(p))
        .sort()
    : [];
  const pages: [string, string | undefined][] = [
    ['home', 'index.html'],
    ['playbook role', role && `playbook/roles/${role}/index.html`],
    ['matrix', 'playbook/responsibilities/index.html'],
    ['KPI', kpi && `playbook/kpis/${kpi}/index.html`],
    ['changes', 'playbook/changes/index.html'],
    ['report', token && periods.length ? `r/${token}/${periods.at(-1)}/index.html` : undefined],
    ['hub', token && `r/${token}/index.html`],
  ];
  // A playbook-only site has no report or hub to weigh.
  const expected = playbookOnly ? pages.filter(([type]) => type !== 'report' && type !== 'hub') : pages;
  return expected.map(([type, file]) => {
    if (!file || !fs.existsSync(path.join(root, file))) fail(`no ${type} page in ${rel(root)} (${file ?? 'none found'})`);
    const text = fs.readFileSync(path.join(root, file!), 'utf8');
    const $ = cheerio.load(text);
    const css = $('link[rel="stylesheet"]')
      .toArray()
      .map((element) => $(element).attr('href'))
      .filter((href): href is string => !!href && href.startsWith('/'))
      .reduce((sum, href) => sum + gzipSync(fs.readFileSync(path.join(root, href.slice(1)))).length, 0);
    const inlineCss = $('style')
      .toArray()
      .reduce((sum, element) => sum + gzipSync($(element).text()).length, 0);
    return { type, file: file!, html: gzipSync(text).length, js: initialJavaScript(root, file!).gzipBytes, css, inlineCss };
  });
}

/** The biggest HTML file by bytes, and its gzip size. */
function largestHtml(root: string, all: string[]): { file: string; gzip: number } {
  let best = { file: '', bytes: -1 };
  for (const file of all) {
    if (!file.endsWith('.html')) continue;
    const bytes = fs.statSync(path.join(root, file)).size;
    if (bytes > best.bytes) best = { file, bytes };
  }
  return { file: best.file, gzip: best.file ? gzipSync(fs.readFileSync(path.join(root, best.file))).length : 0 };
}

// ——— helpers ———

/**
 * Writes what is still in the page cache to disk, so a timed step does not pay for the files the
 * step before it wrote (the floor, built right after the site, ran up to twice as slow without).
 */
function settle(): void {
  spawnSync('sync');
}

/**
 * Milliseconds for a fixed amount of single-threaded work (arithmetic and SHA-256). The load
 * average misses contention from outside this machine; this shows how fast a core is right now,
 * to tell a slow build from a slow moment.
 */
function cpuProbe(): number {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 100_000_000; i += 1) x = (x + i * 7) % 1_000_003;
  const buffer = Buffer.alloc(32 * MB, x & 0xff);
  for (let i = 0; i < 4; i += 1) createHash('sha256').update(buffer).digest();
  return Math.round(performance.now() - start);
}

async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  process.stdout.write(`${what}… `);
  const t = performance.now();
  const result = await run();
  console.log(`${seconds(t).toFixed(1)} s (load ${loadText(os.loadavg())})`);
  return result;
}

/** Files below `root`, relative, with `/`. */
function walk(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function userSeconds(measured: Measured): number {
  return measured.cpuSeconds - measured.systemSeconds;
}

function cpuText(measured: Measured): string {
  return `${measured.cpuSeconds.toFixed(1)} (${measured.systemSeconds.toFixed(1)} system)`;
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

function mb(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function loadText(load: number[]): string {
  return load.map((l) => l.toFixed(2)).join(' ');
}

function rel(file: string): string {
  return path.relative(process.cwd(), file) || '.';
}

function fail(message: string): never {
  console.error(`\nbench: ${message}`);
  process.exit(1);
}
