/**
 * An import from start to finish, without touching the disk: the export's bytes, the client and
 * its pinned metric registry, and the current snapshots in; the files to write (or the reason not
 * to) out. The CLI reads and writes; everything it decides is decided here.
 */
import type { Metric } from '../../schemas/metric.ts';
import type { Problem } from '../problems.ts';
import { parseSnapshotCsv } from '../snapshot-csv.ts';
import { damageMessage } from './damage.ts';
import { spreadsheetKind } from './decode.ts';
import { detectFormat, unrecognisedMessage } from './detect.ts';
import { ImportError } from './errors.ts';
import { extractObservations, type Observation } from './extract.ts';
import type { ColumnPlan, Grain, Ignored, ImportFormat, Source } from './format.ts';
import { mergePlatform, readSheet, writeSheet, type PlatformChange } from './merge.ts';
import { readTable, type Table } from './read-table.ts';
import { negativeProblems, rollUp, type LeftOut, type MetricKind } from './rollup.ts';

export interface ImportRequest {
  /** The export as named in messages. */
  file: string;
  bytes: Uint8Array;
  client: {
    id: string;
    platforms: readonly string[];
    /** Its client.yaml, relative to the content root. */
    file: string;
    /** ISO 4217 code of the client's money (client.yaml `currency`); an export in another is refused. */
    currency?: string;
  };
  /** The metric registry of the playbook version the client pins. */
  registry: { version: string; file: string; metrics: readonly Metric[] };
  /** --platform: the platform of an export that does not say it, or the one network to take from several. */
  platform?: string;
  /** `platform` is only for an export that does not say its own (an import of several files). */
  platformFallback?: boolean;
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
  /**
   * In an import of several exports, which earlier one already brought a platform's metric for a
   * period: two exports of the same numbers in one import is a choice for the lead, not for --force.
   */
  claimedBy?(period: string, platform: string, metric: string): string | undefined;
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
  /** The export's rows the period was made from. */
  rows: number;
  /** Metrics left empty, and why. */
  leftOut: LeftOut[];
  /** Values refused because the export's corrections outweigh its counts: one problem per correction. */
  refused: Problem[];
}

/** A month of the export, as the summary lists it. */
export interface PlannedMonth {
  period: string;
  rows: number;
  from?: string;
  to?: string;
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
  /** What a row is ("post", "day"); "row" by default. */
  rowNoun: string;
  /** Rows left out as not data, with the reason. */
  skipped: { line: number; reason: string }[];
  /** How dates without a year got their year. */
  years?: string;
  /** Sentences about the file as a whole (its currency, a period taken from --period). */
  notes: string[];
}

/**
 * What the platforms' reach columns count: people once per day or post. A version released before
 * the registry had `unique` calls reach a flow, but its daily values still cannot be added up.
 */
const UNIQUE = new Set(['reach']);

export function planImport(request: ImportRequest): ImportPlan {
  const spreadsheet = spreadsheetKind(request.bytes);
  if (spreadsheet) {
    throw new ImportError(
      `${request.file} is an Excel workbook (.${spreadsheet}), not CSV: open it, choose the sheet with the data, and save it as CSV (a LinkedIn export has its posts on the second sheet)`,
    );
  }
  const table = readTable(request.bytes);
  if (table.damage) throw new ImportError(damageMessage(request.file, table.damage));
  const format = detectFormat(table);
  if (!format) throw new ImportError(unrecognisedMessage(request.file, table));
  const columns = format.plan(table);
  if (columns.nothing) throw new ImportError(`Nothing to import from ${request.file} (${format.name}): ${columns.nothing}.`);
  const grain: Grain = columns.grain ?? (columns.date || columns.range ? 'days' : 'totals');
  const notes = [...(columns.notes ?? []), ...currencyNotes(columns, format, request)];
  const { sources, ignored } = inRegistry(columns, request);
  const platform = platformOf(columns, sources, format, request);
  const kinds = new Map<string, MetricKind>(
    request.registry.metrics.filter((m) => sources.some((s) => s.metric === m.id)).map((m) => [m.id, UNIQUE.has(m.id) ? 'unique' : m.kind]),
  );
  const extraction = extractObservations(
    table,
    { ...columns, sources, grain },
    {
      file: request.file,
      ...(platform.single ? { platform: platform.single } : {}),
      ...(platform.only ? { onlyPlatform: platform.only } : {}),
      ...(request.year !== undefined ? { year: request.year } : {}),
      kinds,
    },
  );
  const { observations } = extraction;
  const platforms = checkPlatforms(observations, request, platform.only);
  const dated = Boolean(columns.date || columns.range);
  const byPeriod = periodsOf(observations, dated, format, request);
  if (!dated) notes.push(`it has no dates, so its numbers are taken to be ${request.period}'s, as --period says (export the report for that month alone)`);
  const files = planFiles(byPeriod, platforms, kinds, grain, format, table, request);
  refuseEmpty(files, request, format);
  return {
    format,
    rowsRead: table.rows.length,
    usedTotalsRow: Boolean(columns.totalsOnly && table.totals),
    ...(columns.date ? { dateColumn: columns.date.label } : columns.range ? { dateColumn: columns.range.start.label } : {}),
    platforms,
    mapped: sources.map((s) => ({ source: s.label, metric: s.metric })),
    ignored,
    files,
    rowNoun: columns.rowNoun ?? 'row',
    skipped: extraction.skipped,
    ...(extraction.years ? { years: extraction.years } : {}),
    notes,
  };
}

/**
 * Money only imports in the client's own currency: Rolebook does not convert, and a report that
 * adds euros to dollars is wrong without a sign of it.
 */
function currencyNotes(columns: ColumnPlan, format: ImportFormat, request: ImportRequest): string[] {
  const own = request.client.currency;
  const money = columns.sources.some((s) => s.metric === 'spend' || s.metric === 'revenue');
  if (!money || !own) return [];
  if (!columns.currency) return [`its header names no currency; its money is taken to be in ${own}, ${request.client.id}'s currency`];
  if (columns.currency.code.toUpperCase() === own.toUpperCase()) return [];
  throw new ImportError(
    `${request.file} (${format.name}) is in ${columns.currency.code} ("${columns.currency.label}"), but ${request.client.id}'s currency is ${own} (${shown(request.client.file, request)}); Rolebook does not convert currencies: export the report in ${own} (the ad account's currency), or correct currency in client.yaml if it is wrong`,
  );
}

/** An import that would write no value at all is refused, with why each metric was left out. */
function refuseEmpty(files: readonly PlannedFile[], request: ImportRequest, format: ImportFormat): void {
  if (files.some((file) => file.changes.length > 0)) return;
  const left = files.flatMap((file) => file.leftOut);
  const unique = [...new Set(left.filter((l) => l.why === 'unique').map((l) => l.metric))];
  if (unique.length && left.every((l) => l.why === 'unique')) {
    const metric = unique.join(' and ');
    throw new ImportError(
      `Nothing to import from ${request.file} (${format.name}): ${metric} counts people once per day, and a month's ${metric} is not the sum of its days (the same people come back), so Rolebook does not add them up. ` +
        `Take the month's ${metric} from the platform for the whole month and enter it in the snapshot; a snapshot with daily rows takes the daily values as they are.`,
    );
  }
  const notes = files.flatMap((file) => file.notes.map((note) => `${file.period} ${note}`));
  throw new ImportError(
    `Nothing to import from ${request.file} (${format.name}): no month has a value it can use${notes.length ? `:\n${notes.map((n) => `  ${n}`).join('\n')}` : ''}`,
  );
}

/** Sources whose metric the pinned registry has; the others join the ignored columns, with the reason. */
function inRegistry(columns: ColumnPlan, request: ImportRequest): { sources: Source[]; ignored: Ignored[] } {
  const registered = new Set(request.registry.metrics.map((metric) => metric.id));
  const sources = columns.sources.filter((s) => registered.has(s.metric));
  const outside = columns.sources.filter((s) => !registered.has(s.metric));
  const where = `the metric registry of playbook ${request.registry.version} (${request.registry.file})`;
  const ignored = [...columns.ignored, ...outside.map((s) => ({ label: s.label, reason: `${s.metric}, which is not in ${where}` }))];
  // Counting rows is not reading the file: an export whose only usable metric is its row count has nothing of its own.
  if (sources.filter((s) => !(s.count && !s.count.values)).length === 0) {
    const metrics = [...new Set(columns.sources.map((s) => s.metric))].join(', ');
    throw new ImportError(
      `Nothing to import from ${request.file}: its metrics (${metrics}) are not in ${where}; add them there or pin a version that has them`,
    );
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
  const single = request.platformFallback ? (columns.platform ?? request.platform) : (request.platform ?? columns.platform);
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
  throw new ImportError(
    `platform "${platform}" is not one of ${clientPlatforms(request)}; add it to platforms in ${shown(request.client.file, request)}, or pass --platform with one of them`,
  );
}

/** The platforms of the rows, in the client's order; every one must be the client's. */
function checkPlatforms(observations: readonly Observation[], request: ImportRequest, only: string | undefined): string[] {
  const found = [...new Set(observations.map((o) => o.platform))];
  if (found.length === 0) throw new ImportError(`${request.file} has no rows with data${only ? ` for ${only}` : ''}; nothing was written`);
  const strangers = found.filter((platform) => !request.client.platforms.includes(platform));
  if (strangers.length) {
    throw new ImportError(
      `${request.file} has rows for ${strangers.join(', ')}, not among ${clientPlatforms(request)}; add ${strangers.length === 1 ? 'it' : 'them'} to ${shown(request.client.file, request)}, or pass --platform to import one network`,
    );
  }
  return request.client.platforms.filter((platform) => found.includes(platform));
}

/** Observations by period: from their dates (restricted by --period), or all in --period for an export without dates. */
function periodsOf(observations: readonly Observation[], dated: boolean, format: ImportFormat, request: ImportRequest): Map<string, Observation[]> {
  if (!dated) {
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

function planFiles(
  byPeriod: Map<string, Observation[]>,
  platforms: readonly string[],
  kinds: ReadonlyMap<string, MetricKind>,
  grain: Grain,
  format: ImportFormat,
  table: Table,
  request: ImportRequest,
): PlannedFile[] {
  const order = request.registry.metrics.map((metric) => metric.id);
  const conflicts: string[] = [];
  const twice: string[] = [];
  const files = [...byPeriod].map(([period, observations]) => {
    const file = request.snapshotFile(period);
    const current = request.readSnapshot(period);
    let sheet = readSheet(current, file, period, shown(file, request));
    if (sheet.daily && !observations.some((o) => o.date)) {
      throw new ImportError(
        `${shown(file, request)} has daily rows, but ${request.file} (${format.name}) has no dates to make daily rows from; nothing was written`,
      );
    }
    const spanning = observations.find((o) => o.until);
    if (sheet.daily && spanning) {
      throw new ImportError(
        `${shown(file, request)} has daily rows, but line ${spanning.line} of ${request.file} covers ${spanning.date} to ${spanning.until}: export it broken down by day; nothing was written`,
      );
    }
    const changes: PlatformChange[] = [];
    const notes: string[] = [];
    const leftOut: LeftOut[] = [];
    const refused: Problem[] = [];
    for (const platform of platforms) {
      const rolled = rollUp(
        observations.filter((o) => o.platform === platform),
        kinds,
        { daily: sheet.daily, grain, period },
      );
      notes.push(...rolled.notes.map((note) => `${platform}: ${note}`));
      leftOut.push(...rolled.leftOut);
      for (const negative of rolled.negatives)
        refused.push(...negativeProblems(negative, request.file, table.header).map((problem) => ({ ...problem, message: `${platform}: ${problem.message}` })));
      const metrics = order.filter((metric) => rolled.rows.some((row) => metric in row.values));
      if (metrics.length === 0) continue;
      for (const metric of metrics) {
        const other = request.claimedBy?.(period, platform, metric);
        if (other) twice.push(`${period}: ${platform} ${metric} comes from both ${other} and ${request.file}`);
      }
      const merged = mergePlatform(sheet, platform, rolled.rows, metrics);
      const { replaced } = merged.change;
      if (replaced.length && !request.force) conflicts.push(`${shown(file, request)} already has other ${platform} values for ${replaced.join(', ')}`);
      sheet = merged.sheet;
      changes.push(merged.change);
    }
    const text = writeSheet(sheet, order);
    const dates = observations.flatMap((o) => [o.date, o.until].filter((d): d is string => Boolean(d))).sort();
    const planned: PlannedFile = {
      period,
      file,
      text,
      exists: current !== undefined,
      // A month the export has nothing usable for is not written, not even as an empty file.
      changed: changes.length > 0 && text !== current,
      changes,
      ...(dates.length ? { from: dates[0]!, to: dates.at(-1)! } : {}),
      notes,
      leftOut,
      refused,
      // A day of a file with several series has a row in each: count days, not lines.
      rows: new Set(observations.map((o) => (grain === 'days' ? o.date : o.line))).size,
    };
    return planned;
  });
  if (twice.length) {
    throw new ImportError(`${twice.join('\n')}\nTwo exports of the same numbers: import only one of them; nothing was written.`);
  }
  if (conflicts.length) {
    throw new ImportError(`${conflicts.join('\n')}\nPass --force to replace ${conflicts.length === 1 ? 'them' : 'those values'}; nothing was written.`);
  }
  for (const planned of files) {
    const { problems } = parseSnapshotCsv(planned.text, planned.file, planned.period);
    if (problems.length && planned.changes.length)
      throw new ImportError(`the merged ${shown(planned.file, request)} would not be a valid snapshot; nothing was written`, 'content', problems);
  }
  return files;
}
