/**
 * A synthetic content root for the build benchmark: the demo playbook released N times with small
 * changes, and clients × periods × platforms of monthly snapshots with every registered metric,
 * commentary for some months and targets. Deterministic: the same options give the same files.
 *
 *   node tests/bench/generate.ts [--clients 100] [--periods 24] [--platforms 4] [--versions 3] [--seed 1]
 *                                [--commentary mdx|md] [--out dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { DEMO_CONTENT, TEST_OUTPUT } from '../helpers/paths.ts';
import { adjustedFor } from '../../src/lib/reports/accent.ts';

export interface BenchSize {
  clients: number;
  periods: number;
  platforms: number;
  versions: number;
}

export interface GenerateOptions extends BenchSize {
  /** The content root to write; emptied first. */
  root: string;
  seed?: number;
  /** Commentary files as `.mdx` (like the demo, the default) or plain Markdown `.md`. */
  commentary?: 'mdx' | 'md';
}

export interface Generated {
  root: string;
  versions: string[];
  clientIds: string[];
  periods: string[];
  snapshots: number;
  commentaries: number;
}

export const DEFAULT_SIZE: BenchSize = { clients: 100, periods: 24, platforms: 4, versions: 3 };

/** The `--clients --periods --platforms --versions` options of the bench scripts, for `parseArgs`. */
export const SIZE_OPTIONS = {
  clients: { type: 'string', default: String(DEFAULT_SIZE.clients) },
  periods: { type: 'string', default: String(DEFAULT_SIZE.periods) },
  platforms: { type: 'string', default: String(DEFAULT_SIZE.platforms) },
  versions: { type: 'string', default: String(DEFAULT_SIZE.versions) },
} as const;

/** The size those options give; throws naming the option for anything but a whole number of at least 1. */
export function sizeFrom(values: Record<keyof BenchSize, string | undefined>): BenchSize {
  const whole = (option: keyof BenchSize): number => {
    const value = Number(values[option]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${option} must be a whole number of at least 1, got "${values[option]}"`);
    return value;
  };
  return { clients: whole('clients'), periods: whole('periods'), platforms: whole('platforms'), versions: whole('versions') };
}

export const BENCH_OUTPUT = path.join(TEST_OUTPUT, 'bench');

/** Platform ids in the order a client takes them (`--platforms 4`: the first four). */
export const PLATFORMS = ['instagram', 'facebook', 'tiktok', 'linkedin', 'youtube', 'x', 'threads', 'pinterest'];

/** The month the generated data ends with; fixed so the output never depends on today's date. */
const LAST_PERIOD = '2026-10';

export function sizeName(size: BenchSize): string {
  return `c${size.clients}-p${size.periods}-pl${size.platforms}-v${size.versions}`;
}

/** mulberry32: small, fast and good enough for plausible numbers. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(options: GenerateOptions): Generated {
  const { root, clients, periods: periodCount, platforms: platformCount, versions: versionCount } = options;
  if (platformCount < 1 || platformCount > PLATFORMS.length) throw new Error(`--platforms must be 1…${PLATFORMS.length}, got ${platformCount}`);
  // No clients is a playbook on its own (`npm run bench -- --playbook-only`).
  if (clients < 0 || periodCount < 1 || versionCount < 1) throw new Error('--clients must be 0 or more, --periods and --versions at least 1');
  const random = prng(options.seed ?? 1);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });

  // The draft is the demo's draft, unchanged; each release is a copy of it with small changes.
  const draft = path.join(DEMO_CONTENT, 'playbook');
  fs.cpSync(draft, path.join(root, 'playbook'), { recursive: true });
  const kpis = readKpis(draft);
  const dropped = [...kpis].reverse().find((kpi) => !kpi.headline)?.id;
  const versions = Array.from({ length: versionCount }, (_, i) => `${i + 1}.0`);
  const kpisOf = new Map<string, KpiInfo[]>();
  for (const [index, version] of versions.entries()) {
    // The first release lacks one KPI, so the next release's changes page has an added KPI to show.
    const without = index === 0 && versionCount > 1 ? dropped : undefined;
    writeRelease(draft, path.join(root, 'versions', version), version, index, versionCount, without);
    kpisOf.set(
      version,
      kpis.filter((kpi) => kpi.id !== without),
    );
  }

  const metrics = (parseYaml(fs.readFileSync(path.join(draft, 'metrics.yaml'), 'utf8')) as { id: string; kind: string }[]).map((m) => m.id);
  const roles = fs
    .readdirSync(path.join(draft, 'roles'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
  const periods = periodsEndingAt(LAST_PERIOD, periodCount);
  const clientIds: string[] = [];
  let snapshots = 0;
  let commentaries = 0;
  for (let n = 1; n <= clients; n += 1) {
    const id = `bench-client-${String(n).padStart(4, '0')}`;
    clientIds.push(id);
    const dir = path.join(root, 'clients', id);
    fs.mkdirSync(path.join(dir, 'snapshots'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'reports'), { recursive: true });
    const version = versions[(n - 1) % versions.length]!;
    const platforms = PLATFORMS.slice(0, platformCount);
    const locale = LOCALES[(n - 1) % LOCALES.length]!;
    fs.writeFileSync(path.join(dir, 'client.yaml'), clientYaml(n, version, platforms, locale, roles, kpisOf.get(version)!, random));
    const series = platforms.map((platform) => platformSeries(platform, metrics, periods.length, random));
    for (const [p, period] of periods.entries()) {
      const rows = series.map((s) => [s.platform, ...metrics.map((m) => s.values.get(m)![p]!)].join(','));
      fs.writeFileSync(path.join(dir, 'snapshots', `${period}.csv`), `${['platform', ...metrics].join(',')}\n${rows.join('\n')}\n`);
      snapshots += 1;
      if ((p + n) % 3 === 0) {
        fs.writeFileSync(path.join(dir, 'reports', `${period}.${options.commentary ?? 'mdx'}`), commentary(period, random));
        commentaries += 1;
      }
    }
  }
  return { root, versions, clientIds, periods, snapshots, commentaries };
}

// ——— the playbook releases ———

interface KpiInfo {
  id: string;
  headline: boolean;
  unit: string;
}

function readKpis(draft: string): KpiInfo[] {
  return fs
    .readdirSync(path.join(draft, 'kpis'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(draft, 'kpis', file), 'utf8');
      return { id: file.replace(/\.mdx$/, ''), headline: /^headline:\s*true\s*$/m.test(text), unit: /^unit:\s*(\S+)/m.exec(text)?.[1] ?? 'count' };
    });
}

/**
 * A copy of the draft as release `version` (0-based `index` of `count`), changed a little: a
 * sentence added to some role, KPI and onboarding bodies, some KPI summaries reworded, some
 * Consulted roles only Informed, a glossary definition extended. Each release differs from the
 * one before and from the draft, so every changes page has a diff to compute.
 */
function writeRelease(draft: string, dir: string, version: string, index: number, count: number, withoutKpi: string | undefined): void {
  fs.cpSync(draft, dir, { recursive: true });
  const touched = (i: number) => (i + index) % (count + 1) === 0;
  for (const folder of ['roles', 'kpis', 'onboarding']) {
    const files = fs
      .readdirSync(path.join(dir, folder))
      .filter((f) => f.endsWith('.mdx'))
      .sort();
    for (const [i, file] of files.entries()) {
      const full = path.join(dir, folder, file);
      let text = fs.readFileSync(full, 'utf8');
      if (withoutKpi && folder === 'kpis' && file === `${withoutKpi}.mdx`) {
        fs.rmSync(full);
        continue;
      }
      const original = text;
      if (withoutKpi && folder === 'roles') text = text.replace(new RegExp(`^  - ${withoutKpi}\\n`, 'm'), '');
      if (touched(i)) {
        if (folder === 'kpis') text = text.replace(/^(summary: .*?)\.?$/m, `$1, as worded in playbook ${version}.`);
        text = `${text.trimEnd()}\n\nPlaybook ${version} asks every team to review this page with their lead in the first week of each quarter and to raise anything that no longer matches how the agency works.\n`;
      }
      if (text !== original) fs.writeFileSync(full, text);
    }
  }
  const matrix = path.join(dir, 'responsibilities.yaml');
  let task = 0;
  const lines = fs
    .readFileSync(matrix, 'utf8')
    .split('\n')
    .map((line) => {
      if (!/^\s+raci:/.test(line)) return line;
      task += 1;
      return touched(task) ? line.replace(/: C([,}])/, ': I$1') : line;
    });
  fs.writeFileSync(matrix, lines.join('\n'));
  const glossary = path.join(dir, 'glossary.yaml');
  let term = 0;
  const glossaryLines = fs
    .readFileSync(glossary, 'utf8')
    .split('\n')
    .map((line) => {
      if (!/^\s+definition: /.test(line) || line.includes('"') || line.includes("'")) return line;
      term += 1;
      return touched(term) ? `${line.replace(/\.?\s*$/, '')}. Reworded in playbook ${version}.` : line;
    });
  fs.writeFileSync(glossary, glossaryLines.join('\n'));
}

// ——— clients ———

const LOCALES = [
  { locale: 'en-GB', currency: 'GBP' },
  { locale: 'de-DE', currency: 'EUR' },
  { locale: 'en-US', currency: 'USD' },
  { locale: 'fr-FR', currency: 'EUR' },
];

const FIRST = ['Alder', 'Birch', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbour', 'Iris', 'Juniper', 'Kestrel', 'Lumen'];
const SECOND = ['Outfitters', 'Coffee', 'Software', 'Cycles', 'Studios', 'Foods', 'Travel', 'Health', 'Books', 'Energy'];
const PEOPLE = ['Ada Brooks', 'Ben Carter', 'Chloe Dunn', 'Dev Patel', 'Eva Lind', 'Finn Moss', 'Gita Rao', 'Hugo Berg', 'Ines Vidal', 'Jon Park'];

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

/** Targets of headline KPIs, in the KPI's unit (a fraction for percents). */
const TARGETS: Record<string, [number, number]> = {
  'engagement-rate': [0.02, 0.045],
  'follower-growth': [0.01, 0.03],
  'click-through-rate': [0.006, 0.014],
  'return-on-ad-spend': [3, 6],
  'response-rate': [0.88, 0.97],
  'average-response-time': [45, 120],
  'positive-sentiment-share': [0.5, 0.7],
  'cost-per-conversion': [20, 90],
  'negative-sentiment-share': [0.04, 0.1],
  'active-member-ratio': [0.15, 0.4],
};

function clientYaml(
  n: number,
  version: string,
  platforms: string[],
  where: { locale: string; currency: string },
  roles: string[],
  kpis: KpiInfo[],
  random: () => number,
): string {
  const name = `${pick(FIRST, random)} ${pick(SECOND, random)} ${n}`;
  const team = roles.map((role) => `${role}: ${pick(PEOPLE, random)}`).join(', ');
  const targets = kpis
    .filter((kpi) => TARGETS[kpi.id] && (kpi.headline || random() < 0.5))
    .map((kpi) => {
      const [low, high] = TARGETS[kpi.id]!;
      const value = low + random() * (high - low);
      return `${kpi.id}: ${kpi.unit === 'percent' ? value.toFixed(3) : value.toFixed(1)}`;
    })
    .join(', ');
  // Any colour, darkened to the 3:1 that check asks of an accent on the light page.
  const accent = adjustedFor(
    `#${Math.floor(random() * 0xffffff)
      .toString(16)
      .padStart(6, '0')}`,
    'light',
  );
  return [
    `name: ${name}`,
    `playbook: "${version}"`,
    `locale: ${where.locale}`,
    `currency: ${where.currency}`,
    `platforms: [${platforms.join(', ')}]`,
    `team: { ${team} }`,
    `targets: { ${targets} }`,
    `branding: { accent: "${accent}" }`,
    '',
  ].join('\n');
}

interface Series {
  platform: string;
  /** Metric id → one cell per period, formatted. */
  values: Map<string, string[]>;
}

/** A platform's months: volumes that drift and grow, stocks that accumulate, ratios within plausible bands. */
function platformSeries(platform: string, metrics: readonly string[], count: number, random: () => number): Series {
  const between = (low: number, high: number) => low + random() * (high - low);
  const base = between(150_000, 1_500_000);
  const growth = between(-0.01, 0.03);
  let followers = Math.round(between(5_000, 80_000));
  let members = Math.round(between(800, 15_000));
  const columns = new Map<string, string[]>(metrics.map((m) => [m, []]));
  for (let p = 0; p < count; p += 1) {
    const impressions = Math.round(base * (1 + growth) ** p * between(0.85, 1.15));
    const engagements = Math.round(impressions * between(0.015, 0.06));
    const clicks = Math.round(impressions * between(0.005, 0.015));
    const spend = between(800, 5_000);
    const mentions = Math.round(between(100, 600));
    const messages = Math.round(between(80, 450));
    const responses = Math.round(messages * between(0.85, 0.99));
    followers = Math.round(followers * (1 + between(-0.002, 0.03)));
    members = Math.round(members * (1 + between(0, 0.04)));
    const row: Record<string, number | string> = {
      posts: Math.round(between(12, 36)),
      impressions,
      reach: Math.round(impressions * between(0.45, 0.75)),
      engagements,
      likes: Math.round(engagements * 0.75),
      comments: Math.round(engagements * 0.06),
      shares: Math.round(engagements * 0.07),
      saves: Math.round(engagements * 0.08),
      clicks,
      video_views: Math.round(impressions * between(0.1, 0.9)),
      followers,
      conversions: Math.round(clicks * between(0.01, 0.03)),
      spend: spend.toFixed(2),
      revenue: (spend * between(2, 6)).toFixed(2),
      mentions,
      positive_mentions: Math.round(mentions * between(0.5, 0.7)),
      negative_mentions: Math.round(mentions * between(0.03, 0.1)),
      messages,
      responses,
      response_minutes: Math.round(responses * between(30, 90)),
      members,
      active_members: Math.round(members * between(0.1, 0.4)),
    };
    // A metric the demo registry gains later still gets a plausible count.
    for (const metric of metrics) columns.get(metric)!.push(String(row[metric] ?? Math.round(between(10, 1_000))));
  }
  return { platform, values: columns };
}

const HIGHLIGHTS = [
  'Engagement rate held above target on every platform',
  'Impressions grew month on month as the new campaign went live',
  'Return on ad spend improved while spend stayed flat',
  'Average first reply came down by a quarter of an hour',
  'Follower growth beat the target for the third month running',
  'Click-through rate recovered after the creative refresh',
  'Positive mentions rose after the community event',
];

function commentary(period: string, random: () => number): string {
  const highlights = [pick(HIGHLIGHTS, random), pick(HIGHLIGHTS, random), pick(HIGHLIGHTS, random)];
  return [
    '---',
    'highlights:',
    ...[...new Set(highlights)].map((h) => `  - ${h}`),
    '---',
    `The team focused on steady publishing in ${period}, with one campaign push in the middle of the month. Organic posts carried engagement, and the paid budget went mostly to retargeting people who had already engaged with the brand.`,
    '',
    'Community care kept pace with the volume of messages. Sentiment stayed mostly positive, and the few complaints were about delivery times rather than the product itself.',
    '',
    '## Next steps',
    '',
    '- Test two new short-video formats and compare their saves',
    '- Move part of the budget from the weakest platform to the strongest',
    '- Review the reply templates with the moderation team',
    '',
  ].join('\n');
}

function periodsEndingAt(last: string, count: number): string[] {
  let [year, month] = last.split('-').map(Number) as [number, number];
  const periods: string[] = [];
  for (let i = 0; i < count; i += 1) {
    periods.unshift(`${year}-${String(month).padStart(2, '0')}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return periods;
}

// ——— command line ———

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      ...SIZE_OPTIONS,
      seed: { type: 'string', default: '1' },
      commentary: { type: 'string', default: 'mdx' },
      out: { type: 'string' },
    },
  });
  const size = sizeFrom(values);

  const root = path.resolve(values.out ?? path.join(BENCH_OUTPUT, sizeName(size), 'content'));
  const started = performance.now();
  const result = generate({ ...size, root, seed: Number(values.seed), commentary: values.commentary === 'md' ? 'md' : 'mdx' });
  console.log(
    `${path.relative(process.cwd(), result.root)}: ${result.versions.length} releases, ${result.clientIds.length} clients, ${result.snapshots} snapshots, ${result.commentaries} commentaries in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
