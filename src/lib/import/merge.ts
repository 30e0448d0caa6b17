/**
 * Merging imported rows into a period's snapshot without disturbing what is there: other
 * platforms' rows keep their cells as written, columns are the union of old and new in registry
 * order, a cell nobody has stays empty (never 0), and a platform's values for a metric are only
 * replaced when asked (--force). An import that brings metrics a platform's rows lack fills them in.
 */
import { parse } from 'csv-parse/sync';
import { parseSnapshotCsv } from '../snapshot-csv.ts';
import { ImportError } from './errors.ts';
import { formatNumber } from './numbers.ts';
import type { RolledRow } from './rollup.ts';
import { csvText } from '../csv-write.ts';

export interface SheetRow {
  platform: string;
  date?: string;
  /** Metric id → the cell as written; a metric without a cell is absent. */
  cells: Record<string, string>;
}

/** A snapshot file as rows of cells, so what the import does not touch is written back unchanged. */
export interface Sheet {
  daily: boolean;
  /** Metric columns, in the file's order. */
  columns: string[];
  rows: SheetRow[];
}

export type MergeAction = 'added' | 'filled' | 'replaced' | 'unchanged';

export interface PlatformChange {
  platform: string;
  action: MergeAction;
  /** The platform's rows in the period after the import. */
  rows: number;
  /** The metrics the import wrote. */
  metrics: string[];
  /** Metrics whose existing values the import changes or removes: what needs --force. */
  replaced: string[];
}

/** A period's current snapshot, or an empty one; refuses a snapshot with problems of its own. `shown` names it in the message. */
export function readSheet(text: string | undefined, file: string, period: string, shown = file): Sheet {
  if (text === undefined) return { daily: false, columns: [], rows: [] };
  const { snapshot, problems } = parseSnapshotCsv(text, file, period);
  if (!snapshot || problems.length) {
    throw new ImportError(
      `${shown} already exists and has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; fix ${problems.length === 1 ? 'it' : 'them'} before importing into it (nothing was written)`,
      'content',
      problems,
    );
  }
  const [header, ...records] = parse(text.replace(/\r\n?/g, '\n'), { bom: true, skip_empty_lines: true, trim: true }) as string[][];
  const rows = records.map((cells) => {
    // `platform` and `date` may stand anywhere in the header, as the parser above accepts.
    const row: SheetRow = { platform: cells[header!.indexOf('platform')]!, cells: {} };
    header!.forEach((name, index) => {
      if (name === 'platform') return;
      if (name === 'date') row.date = cells[index];
      else if (cells[index] !== '') row.cells[name] = cells[index]!;
    });
    return row;
  });
  return { daily: snapshot.daily, columns: snapshot.metrics, rows };
}

/**
 * The sheet with `platform`'s values for `metrics` taken from `incoming`: its other metrics stay,
 * rows for new dates are added, and the platform's rows stay together where its first row was.
 * Whether the caller may replace values (`change.replaced`) is its decision.
 */
export function mergePlatform(
  sheet: Sheet,
  platform: string,
  incoming: readonly RolledRow[],
  metrics: readonly string[],
): { sheet: Sheet; change: PlatformChange } {
  const key = (date: string | undefined) => date ?? '';
  const before = sheet.rows.filter((row) => row.platform === platform);
  const byKey = new Map(before.map((row) => [key(row.date), { ...row, cells: { ...row.cells } }]));
  for (const row of byKey.values()) for (const metric of metrics) delete row.cells[metric];
  for (const row of incoming) {
    const target = byKey.get(key(row.date)) ?? { platform, ...(row.date ? { date: row.date } : {}), cells: {} };
    for (const metric of metrics) if (metric in row.values) target.cells[metric] = formatNumber(row.values[metric]!);
    byKey.set(key(row.date), target);
  }
  const merged = [...byKey.values()].filter((row) => Object.keys(row.cells).length > 0).sort((a, b) => key(a.date).localeCompare(key(b.date)));
  const at = sheet.rows.findIndex((row) => row.platform === platform);
  const others = sheet.rows.filter((row) => row.platform !== platform);
  const rows = at < 0 ? [...others, ...merged] : [...others.slice(0, at), ...merged, ...others.slice(at)];
  const columns = [...sheet.columns, ...metrics.filter((metric) => !sheet.columns.includes(metric))];
  const after = new Map(merged.map((row) => [key(row.date), row]));
  const replaced = metrics.filter((metric) => before.some((row) => metric in row.cells && after.get(key(row.date))?.cells[metric] !== row.cells[metric]));
  const action: MergeAction = sameRows(before, merged) ? 'unchanged' : before.length === 0 ? 'added' : replaced.length ? 'replaced' : 'filled';
  return { sheet: { daily: sheet.daily, columns, rows }, change: { platform, action, rows: merged.length, metrics: [...metrics], replaced } };
}

function sameRows(a: readonly SheetRow[], b: readonly SheetRow[]): boolean {
  const text = (row: SheetRow) =>
    `${row.date ?? ''}|${Object.keys(row.cells)
      .sort()
      .map((metric) => `${metric}=${row.cells[metric]}`)
      .join(',')}`;
  return a.length === b.length && a.every((row, index) => text(row) === text(b[index]!));
}

/** The sheet as snapshot CSV: `platform`, `date` for daily files, then metrics in `order` (the registry's), others after. */
export function writeSheet(sheet: Sheet, order: readonly string[]): string {
  const known = order.filter((metric) => sheet.columns.includes(metric));
  const columns = [...known, ...sheet.columns.filter((metric) => !order.includes(metric))];
  const header = ['platform', ...(sheet.daily ? ['date'] : []), ...columns];
  return csvText(
    header,
    sheet.rows.map((row) => [row.platform, ...(sheet.daily ? [row.date ?? ''] : []), ...columns.map((metric) => row.cells[metric] ?? '')]),
  );
}
