/**
 * Parsing one snapshot CSV (`clients/<id>/snapshots/<YYYY-MM>.csv`) into typed rows.
 * Pure: text in, rows and problems out. Every problem names its line, and cell problems
 * their column, so a lead can jump straight to the cell.
 *
 * The header is a `platform` column, metric-id columns and an optional `date`, in any order.
 * One cause gives one problem, like a compiler that stops a cascade: a header without a platform
 * column reads no row; a bad column name is reported once and its cells are not read; a header
 * whose width no row has is blamed once; a broken header reports no "duplicate rows"; a file whose
 * dates all lie in another month says so once.
 */
import { parse } from 'csv-parse/sync';
import { type Problem, show } from './problems.ts';
import { isSlug } from './slug.ts';

export interface SnapshotRow {
  /** Line of the row in the file, 1-based. */
  line: number;
  platform: string;
  /** `YYYY-MM-DD` for daily rows; absent when the row holds the whole period. */
  date?: string;
  /** Metric id → value; a metric whose cell was empty is absent (missing, never 0). */
  values: Record<string, number>;
}

export interface Snapshot {
  file: string;
  period: string;
  /** Metric columns in header order (without `platform` and `date`). */
  metrics: string[];
  /** 1-based column of each metric, for messages about a whole column. */
  columnOf: Record<string, number>;
  /** 1-based column of `platform`, which may stand anywhere in the header. */
  platformColumn: number;
  daily: boolean;
  rows: SnapshotRow[];
}

const NUMBER = /^\d+(?:\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COLUMN_ID = /^[a-z][a-z0-9_]*$/;

type Record_ = { record: string[]; info: { lines: number } };

export function parseSnapshotCsv(text: string, file: string, period: string): { snapshot?: Snapshot; problems: Problem[] } {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { problems: [{ file, line: 1, message: 'is empty', expected: 'a header line "platform,<metric ids>" and one row per platform' }] };
  }
  // Line ends become LF first: csv-parse counts a CRLF inside a quoted cell as two lines.
  const lf = text.replace(/\r\n?/g, '\n');
  let records: Record_[];
  try {
    // Every line end is LF by now: naming it spares csv-parse guessing it (a tenth of `check`'s CSV time).
    records = parse(lf, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      record_delimiter: '\n',
    }) as unknown as Record_[];
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      return {
        problems: [
          {
            file,
            line: unclosedQuoteLine(lf),
            message: 'CSV syntax error: a quoted cell is never closed',
            expected: 'a closing " for the cell that starts on this line',
          },
        ],
      };
    }
    return { problems: [{ file, line: e.lines, message: `CSV syntax error: ${e.message.replace(/ at line \d+$/, '')}` }] };
  }
  const problems: Problem[] = [];
  const header = { cells: records[0]!.record, line: startLine(records[0]!) };
  const columns = readHeader(header.cells, file, header.line, problems);
  const headerBroken = problems.length > 0;
  const snapshot: Snapshot = {
    file,
    period,
    metrics: columns.metrics.map((m) => m.id),
    columnOf: Object.fromEntries(columns.metrics.map((m) => [m.id, m.column])),
    platformColumn: (columns.platform ?? 0) + 1,
    daily: columns.date !== undefined,
    rows: [],
  };
  if (records.length === 1) {
    problems.push({ file, line: header.line, message: 'has a header but no rows', expected: 'one row per platform' });
    return { snapshot, problems };
  }
  // Without a platform column no row can be read: the header problem is the only one that matters.
  if (columns.platform === undefined) return { snapshot, problems };
  const widthProblem = headerWidthProblem(records, columns.width, file, header.line);
  if (widthProblem) {
    problems.push(widthProblem);
    return { snapshot, problems };
  }
  // A file of another month (misnamed, or exported for the wrong range) is one problem, not one per day.
  const month = columns.date === undefined ? undefined : otherMonth(records, columns, period);
  if (month) {
    const first = records[1]!;
    problems.push({
      file,
      line: startLine(first),
      column: columns.date! + 1,
      field: 'date',
      message: `every date is in ${month}, outside the file's period ${period}`,
      expected: `dates in ${period}, or the file named ${month}.csv`,
    });
  }
  const rowPeriod = month ?? period;
  const seen = new Map<string, number>();
  for (let index = 1; index < records.length; index += 1) {
    const cells = records[index]!.record;
    const line = startLine(records[index]!);
    const row = readRow(cells, line, columns, file, rowPeriod, problems);
    if (!row) continue;
    const key = row.date ? `${row.platform} on ${row.date}` : row.platform;
    const first = seen.get(key);
    if (first !== undefined) {
      // With a broken header (a misspelt date column, say) every row would be a "duplicate".
      if (!headerBroken)
        problems.push({
          file,
          line,
          field: 'platform',
          message: `duplicate row for ${key} (first on line ${first})`,
          expected: snapshot.daily ? 'one row per platform and date' : 'one row per platform',
        });
      continue;
    }
    seen.set(key, line);
    snapshot.rows.push(row);
  }
  return { snapshot, problems };
}

interface Columns {
  width: number;
  /** 0-based index of the platform column; absent when the header has none. */
  platform?: number;
  date?: number;
  metrics: { id: string; index: number; column: number }[];
}

/**
 * `platform`, an optional `date` and metric ids, in any order. A header cell that is wrong is
 * reported once here; its cells in the rows are then not read, so they raise nothing more.
 */
function readHeader(cells: string[], file: string, line: number, problems: Problem[]): Columns {
  const columns: Columns = { width: cells.length, metrics: [] };
  const platformAt = cells.indexOf('platform');
  // Without an exact "platform", the cell that was meant to be it is reported as that, and only once.
  const meant = platformAt === -1 ? cells.findIndex(looksLikePlatform) : -1;
  if (platformAt === -1) {
    problems.push(
      meant === -1
        ? {
            file,
            line,
            field: 'platform',
            message: 'the header has no "platform" column',
            expected: 'a "platform" column, anywhere in the header, naming the platform of each row',
          }
        : {
            file,
            line,
            column: meant + 1,
            field: 'platform',
            message: `${show(cells[meant]!)} is not "platform"`,
            expected: 'a column named exactly "platform", in lowercase',
          },
    );
  } else columns.platform = platformAt;
  const seen = new Set<string>();
  cells.forEach((name, index) => {
    if (index === meant) return;
    const column = index + 1;
    if (seen.has(name)) {
      problems.push({ file, line, column, field: fieldName(name, column), message: 'column appears twice', expected: 'each metric once' });
      return;
    }
    seen.add(name);
    if (name === 'platform') return;
    if (name === 'date') columns.date = index;
    else if (!COLUMN_ID.test(name)) {
      problems.push({
        file,
        line,
        column,
        field: fieldName(name, column),
        message: `${show(name)} is not a metric id`,
        expected: 'lowercase metric ids from metrics.yaml, such as "impressions"',
      });
    } else columns.metrics.push({ id: name, index, column });
  });
  return columns;
}

/** "Platform", "plattform", "platforms", "network": a header cell that was surely meant as the platform column. */
function looksLikePlatform(name: string): boolean {
  const word = name.toLowerCase().replace(/[^a-z]/g, '');
  return word === 'network' || word === 'channel' || word === 'platforms' || editDistance(word, 'platform') <= 2;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * When every row has the same number of cells and the header has another, the header is what is
 * wrong (a missing or extra column): one problem on the header instead of one per row.
 */
function headerWidthProblem(records: Record_[], width: number, file: string, line: number): Problem | undefined {
  const rowWidth = records[1]!.record.length;
  if (rowWidth === width || records.length < 3) return undefined;
  for (let index = 2; index < records.length; index += 1) if (records[index]!.record.length !== rowWidth) return undefined;
  return { file, line, message: `has ${width} columns but every row has ${rowWidth} cells`, expected: 'one header name per cell of the rows' };
}

/** The one month other than `period` that every row's date lies in, when there is one and more than one row. */
function otherMonth(records: Record_[], columns: Columns, period: string): string | undefined {
  if (records.length < 3) return undefined;
  let month: string | undefined;
  for (let index = 1; index < records.length; index += 1) {
    const cells = records[index]!.record;
    if (cells.length !== columns.width) return undefined;
    const date = cells[columns.date!]!;
    const found = date.slice(0, 7);
    if (checkDate(date, found) || found === period || (month !== undefined && found !== month)) return undefined;
    month = found;
  }
  return month;
}

/** A header cell as a problem's field: the name itself when it prints on one line, else its column. */
function fieldName(name: string, column: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  return name === '' || /[\u0000-\u001f\u007f\u2028\u2029]/.test(name) ? `column ${column}` : name;
}

function readRow(cells: string[], line: number, columns: Columns, file: string, period: string, problems: Problem[]): SnapshotRow | undefined {
  if (cells.length !== columns.width) {
    problems.push({ file, line, message: `has ${cells.length} cell${cells.length === 1 ? '' : 's'}`, expected: `${columns.width}, one per header column` });
    return undefined;
  }
  const before = problems.length;
  const platformAt = columns.platform!;
  const platform = cells[platformAt]!;
  if (!isSlug(platform)) {
    problems.push({
      file,
      line,
      column: platformAt + 1,
      field: 'platform',
      message: `${show(platform)} is not a platform id`,
      expected: 'a lowercase id such as "instagram"',
    });
  }
  let date: string | undefined;
  if (columns.date !== undefined) {
    date = cells[columns.date]!;
    const dateProblem = checkDate(date, period);
    if (dateProblem) problems.push({ file, line, column: columns.date + 1, field: 'date', ...dateProblem });
  }
  const values: Record<string, number> = {};
  for (const metric of columns.metrics) {
    const cell = cells[metric.index]!;
    if (cell === '') continue;
    // Above 2^53 numbers are no longer exact, and sums of them could overflow to Infinity.
    if (NUMBER.test(cell) && Number(cell) <= Number.MAX_SAFE_INTEGER) values[metric.id] = Number(cell);
    else if (NUMBER.test(cell))
      problems.push({
        file,
        line,
        column: metric.column,
        field: metric.id,
        message: `${show(cell)} is too large`,
        expected: `at most ${Number.MAX_SAFE_INTEGER}`,
      });
    else problems.push({ file, line, column: metric.column, field: metric.id, message: `${show(cell)} is not a number`, expected: cellHint(cell) });
  }
  return problems.length === before ? { line, platform, date, values } : undefined;
}

function checkDate(value: string, period: string): Pick<Problem, 'message' | 'expected'> | undefined {
  const match = DATE.exec(value);
  const valid = match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!valid) return { message: `${show(value)} is not a date`, expected: `YYYY-MM-DD within ${period}` };
  if (!value.startsWith(`${period}-`)) return { message: `${value} is outside the file's period ${period}`, expected: `a date in ${period}` };
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function cellHint(cell: string): string {
  if (/^-\d/.test(cell)) return 'zero or more; metrics are never negative';
  if (/^\d{1,3}([,.\s]\d{3})+([.,]\d+)?$/.test(cell)) return 'a plain number such as 12345.67, without thousands separators';
  if (/%$/.test(cell)) return 'a count, not a percentage; KPIs compute rates from counts';
  return 'a plain number such as 12345.67, or an empty cell for "not measured"';
}

/** csv-parse reports the line a record ends on; a quoted multi-line cell starts it earlier. */
function startLine(record: Record_): number {
  const breaks = record.record.reduce((count, cell) => count + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
  return record.info.lines - breaks;
}

/** csv-parse reports an unclosed quote at the end of the file; the lead needs the line it opens on. */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let openedOn = 1;
  let quoted = false;
  for (const char of text) {
    if (char === '"') {
      quoted = !quoted; // an escaped quote ("") toggles twice and changes nothing
      if (quoted) openedOn = line;
    } else if (char === '\n') line += 1;
  }
  return openedOn;
}
