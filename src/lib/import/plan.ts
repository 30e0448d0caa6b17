/**
 * An import from start to finish, without touching the disk: the export's bytes, the client and
 * its pinned metric registry, and the current snapshots in; the files to write (or the reason not
 * to) out. The CLI reads and writes; everything it decides is decided here.
 */
import type { Metric } from '../../schemas/metric.ts';
import { parseSnapshotCsv } from '../snapshot-csv.ts';
import { spreadsheetKind } from './decode.ts';
import { detectFormat, unrecognisedMessage } from './detect.ts';
import { ImportError } from './errors.ts';
import { extractObservations, type Observation } from './extract.ts';
import type { ColumnPlan, Ignored, ImportFormat, Source } from './format.ts';
import { mergePlatform, readSheet, writeSheet, type PlatformChange } from './merge.ts';
import { readTable } from './read-table.ts';
import { rollUp, type MetricKind } from './rollup.ts';

export interface ImportRequest {
  /** The export as named in messages. */
  file: string;
  bytes: Uint8Array;
  client: {
    id: string;
    platforms: readonly string[];
    /** Its client.yaml, relative to the content root. */
    file: string;
  };
  /** The metric registry of the playbook version the client pins. */
  registry: { version: string; file: string; metrics: readonly Metric[] };
  /** --platform: the platform of an export that does not say it, or the one network to take from several. */
  platform?: string;
  /** --period: only this month, or the month of an export without dates. */
  period?: string;
  /** --year: the year of the first date, for dates without one. */
  year?: number;
  /** --force: replace values the snapshot already has. */
  force?: boolean;
  /** A period's snapshot file, relative to the content root. */
  snapshotFile(period: string): string;
  /** How messages name the content root in front of its files (`content`); none by default. */
  rootLabel?: string;
  /** That file's text, or undefined when it does not exist. */
  readSnapshot(period: string): string | undefined;
}

export interface PlannedFile {
  period: string;
  file: string;
  text: string;
  exists: boolean;
  /** False when the file already holds exactly this text. */
  changed: boolean;
  changes: PlatformChange[];
  /** First and last date of the rows the period was made from. */
  from?: string;
  to?: string;
  /** What was left empty and why. */
  notes: string[];
}

export interface ImportPlan {
  format: ImportFormat;
  /** Data rows in the file (not the header, descriptions or Total row). */
  rowsRead: number;
  /** The numbers came from the file's Total row. */
  usedTotalsRow: boolean;
  dateColumn?: string;
  platforms: string[];
  mapped: { source: string; metric: string }[];
  ignored: Ignored[];
  files: PlannedFile[];
}

export function planImport(request: ImportRequest): ImportPlan {
  const spreadsheet = spreadsheetKind(request.bytes);
  if (spreadsheet) {
    throw new ImportError(`${request.file} is an Excel workbook (.${spreadsheet}), not CSV: open it, choose the sheet with the data, and save it as CSV (a LinkedIn export has its posts on the second sheet)`);
  }
  const table = readTable(request.bytes);
  const format = detectFormat(table);
  if (!format) throw new ImportError(unrecognisedMessage(request.file, table));
  const columns = format.plan(table);
  if (columns.nothing) throw new ImportError(`Nothing to import from ${request.file} (${format.name}): ${columns.nothing}.`);
  const { sources, ignored } = inRegistry(columns, request);
  const platform = platformOf(columns, sources, format, request);
  const observations = extractObservations(table, { ...columns, sources }, {
    file: request.file,
    ...(platform.single ? { platform: platform.single } : {}),
    ...(platform.only ? { onlyPlatform: platform.only } : {}),
    ...(request.year !== undefined ? { year: request.year } : {}),
  });
  const platforms = checkPlatforms(observations, request, platform.only);
  const byPeriod = periodsOf(observations, columns, format, request);
  const kinds = new Map<string, MetricKind>(request.registry.metrics.filter((m) => sources.some((s) => s.metric === m.id)).map((m) => [m.id, m.kind]));
  const files = planFiles(byPeriod, platforms, kinds, format, request);
  return {
    format,
    rowsRead: table.rows.length,
    usedTotalsRow: Boolean(columns.totalsOnly && table.totals),
    ...(columns.date ? { dateColumn: columns.date.label } : {}),
    platforms,
    mapped: sources.map((s) => ({ source: s.label, metric: s.metric })),
    ignored,
    files,
  };
}

/** Sources whose metric the pinned registry has; the others join the ignored columns, with the reason. */
function inRegistry(columns: ColumnPlan, request: ImportRequest): { sources: Source[]; ignored: Ignored[] } {
  const registered = new Set(request.registry.metrics.map((metric) => metric.id));
  const sources = columns.sources.filter((s) => registered.has(s.metric));
  const outside = columns.sources.filter((s) => !registered.has(s.metric));
  const where = `the metric registry of playbook ${request.registry.version} (${request.registry.file})`;
  const ignored = [...columns.ignored, ...outside.map((s) => ({ label: s.label, reason: `${s.metric}, which is not in ${where}` }))];
  if (sources.length === 0) {
    const metrics = [...new Set(columns.sources.map((s) => s.metric))].join(', ');
    throw new ImportError(`Nothing to import from ${request.file}: its metrics (${metrics}) are not in ${where}; add them there or pin a version that has them`);
  }
  return { sources, ignored };
}

/** `single`: every row's platform; `only`: the one network to keep from a file with several. */
function platformOf(columns: ColumnPlan, sources: readonly Source[], format: ImportFormat, request: ImportRequest): { single?: string; only?: string } {
  const several = Boolean(columns.network) || sources.some((s) => s.platform);
  if (several) {
    if (request.platform) checkClientPlatform(request.platform, request);
    return request.platform ? { only: request.platform } : {};
  }
  const single = request.platform ?? columns.platform;
  if (!single) {
    const hint = format.platformHint?.map((p) => `--platform ${p}`).join(' or ') ?? '--platform <id>';
    throw new ImportError(`${request.file} is a ${format.name}, which does not say its platform: pass ${hint} (${clientPlatforms(request)})`, 'usage');
  }
  checkClientPlatform(single, request);
  return { single };
}

/** A content file as messages name it. */
function shown(file: string, request: ImportRequest): string {
  return request.rootLabel ? `${request.rootLabel.replace(/\/$/, '')}/${file}` : file;
}

function clientPlatforms(request: ImportRequest): string {
  return `${request.client.id}'s platforms: ${request.client.platforms.join(', ')}`;
}

function checkClientPlatform(platform: string, request: ImportRequest): void {
  if (request.client.platforms.includes(platform)) return;
  throw new ImportError(`platform "${platform}" is not one of ${clientPlatforms(request)}; add it to platforms in ${shown(request.client.file, request)}, or pass --platform with one of them`);
}

/** The platforms of the rows, in the client's order; every one must be the client's. */
function checkPlatforms(observations: readonly Observation[], request: ImportRequest, only: string | undefined): string[] {
  const found = [...new Set(observations.map((o) => o.platform))];
  if (found.length === 0) throw new ImportError(`${request.file} has no rows with data${only ? ` for ${only}` : ''}; nothing was written`);
  const strangers = found.filter((platform) => !request.client.platforms.includes(platform));
  if (strangers.length) {
    throw new ImportError(`${request.file} has rows for ${strangers.join(', ')}, not among ${clientPlatforms(request)}; add ${strangers.length === 1 ? 'it' : 'them'} to ${shown(request.client.file, request)}, or pass --platform to import one network`);
  }
  return request.client.platforms.filter((platform) => found.includes(platform));
}

/** Observations by period: from their dates (restricted by --period), or all in --period for an export without dates. */
function periodsOf(observations: readonly Observation[], columns: ColumnPlan, format: ImportFormat, request: ImportRequest): Map<string, Observation[]> {
  if (!columns.date) {
    if (!request.period) throw new ImportError(`${request.file} is a ${format.name}, which has no dates: pass --period YYYY-MM, the month it covers`, 'usage');
    return new Map([[request.period, [...observations]]]);
  }
  const byPeriod = new Map<string, Observation[]>();
  for (const o of observations) {
    const period = o.date!.slice(0, 7);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), o]);
  }
  if (!request.period) return new Map([...byPeriod].sort(([a], [b]) => a.localeCompare(b)));
  const chosen = byPeriod.get(request.period);
  if (!chosen) {
    const dates = observations.map((o) => o.date!).sort();
    throw new ImportError(`${request.file} has no rows in ${request.period} (it covers ${dates[0]} to ${dates.at(-1)}); nothing was written`);
  }
  return new Map([[request.period, chosen]]);
}

function planFiles(byPeriod: Map<string, Observation[]>, platforms: readonly string[], kinds: ReadonlyMap<string, MetricKind>, format: ImportFormat, request: ImportRequest): PlannedFile[] {
  const order = request.registry.metrics.map((metric) => metric.id);
  const conflicts: string[] = [];
  const files = [...byPeriod].map(([period, observations]) => {
    const file = request.snapshotFile(period);
    const current = request.readSnapshot(period);
    let sheet = readSheet(current, file, period, shown(file, request));
    if (sheet.daily && !observations.some((o) => o.date)) {
      throw new ImportError(`${shown(file, request)} has daily rows, but ${request.file} (${format.name}) has no dates to make daily rows from; nothing was written`);
    }
    const changes: PlatformChange[] = [];
    const notes: string[] = [];
    for (const platform of platforms) {
      const rolled = rollUp(observations.filter((o) => o.platform === platform), kinds, sheet.daily);
      notes.push(...rolled.notes.map((note) => `${platform}: ${note}`));
      const metrics = order.filter((metric) => rolled.rows.some((row) => metric in row.values));
      if (metrics.length === 0) continue;
      const merged = mergePlatform(sheet, platform, rolled.rows, metrics);
      const { replaced } = merged.change;
      if (replaced.length && !request.force) conflicts.push(`${shown(file, request)} already has other ${platform} values for ${replaced.join(', ')}`);
      sheet = merged.sheet;
      changes.push(merged.change);
    }
    const text = writeSheet(sheet, order);
    const { problems } = parseSnapshotCsv(text, file, period);
    if (problems.length) throw new ImportError(`the merged ${shown(file, request)} would not be a valid snapshot; nothing was written`, 'content', problems);
    const dates = observations.flatMap((o) => (o.date ? [o.date] : [])).sort();
    return {
      period,
      file,
      text,
      exists: current !== undefined,
      changed: text !== current,
      changes,
      ...(dates.length ? { from: dates[0]!, to: dates.at(-1)! } : {}),
      notes,
    };
  });
  if (conflicts.length) {
    throw new ImportError(`${conflicts.join('\n')}\nPass --force to replace ${conflicts.length === 1 ? 'them' : 'those values'}; nothing was written.`);
  }
  return files;
}
