/**
 * An export file → a table: its header, its data rows with line numbers, and what was around
 * them. Copes with what platforms and spreadsheet programs write:
 * - a UTF-8 BOM, UTF-16 LE/BE with a BOM, Windows-1252 (see decode.ts);
 * - a `sep=,` or `sep=;` first line (Excel's delimiter hint), or a delimiter to detect: `,`, `;`, tab;
 * - rows above the header: a sentence (LinkedIn), the metric's name (Meta's daily series);
 * - a second header row of descriptions ("Lifetime: The total number of people…", legacy Facebook);
 * - a second header row of descriptions where breakdown columns have none (legacy Facebook: only the
 *   first "Daily Like Sources - …" column describes the group);
 * - a `Total` row, first or last (YouTube Studio), kept apart from the data;
 * - several series one after the other, each under its own name and a repeat of the header (Meta
 *   Business Suite's daily export of two metrics): the rows keep their section;
 * - every field quoted, blank rows, trailing empty columns.
 * It also decides the file's decimal mark from its cells, for numbers.ts, and notices the damage
 * spreadsheets do to a file they re-save (see `Damage`), which is not for the formats to puzzle over.
 */
import { parse } from 'csv-parse/sync';
import { decodeBytes, type Encoding } from './decode.ts';
import { ImportError } from './errors.ts';
import { detectDecimalMark, isMissing, parseNumber, type DecimalMark } from './numbers.ts';

export interface TableRow {
  /** 1-based line of the row in the file. */
  line: number;
  cells: string[];
  /** Index in `Table.sections` of the series the row belongs to; absent in the first (or only) one. */
  section?: number;
}

/** One series of a file that holds several under the same header. */
export interface Section {
  /** The line above its header that names it (Meta's "Facebook reach"), when there is one. */
  title?: string;
  headerLine: number;
}

/** What re-saving did to a file, when it can no longer be read as the export it was. */
export type Damage =
  /** Every line wrapped in one pair of quotes, inner quotes doubled: a spreadsheet saved it as one column. */
  | { kind: 'wrapped-lines'; line: number; columns: string[] }
  /** A `sep=` line naming one separator above lines split by another. */
  | { kind: 'separator'; declared: string; actual: string };

export interface Table {
  encoding: Encoding;
  delimiter: string;
  /** Text of the rows above the header, one entry per row. */
  preamble: string[];
  header: string[];
  headerLine: number;
  /** A second header row that describes the columns; not data. */
  descriptions?: string[];
  rows: TableRow[];
  /** The `Total` row, first or last; not data. */
  totals?: TableRow;
  /** The series of the file, the first under `header`; one unless the header repeats. */
  sections: Section[];
  decimal: DecimalMark;
  damage?: Damage;
}

const DELIMITERS = [',', ';', '\t'] as const;
/** First cells that mark a totals row, in the languages exports come in. */
const TOTAL_WORDS = new Set(['total', 'totals', 'totales', 'totaux', 'gesamt', 'insgesamt', 'summe', 'totale', 'grand total', 'total general']);

export function readTable(bytes: Uint8Array): Table {
  const { text, encoding } = decodeBytes(bytes);
  return readTableText(text, encoding);
}

export function readTableText(input: string, encoding: Encoding = 'utf-8'): Table {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const sep = /^"?sep=(.)"?\n/i.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  const lineOffset = sep ? 1 : 0;
  const delimiter = sep ? sep[1]! : detectDelimiter(body);
  const records = parseRecords(body, delimiter, lineOffset);
  const damage = damageOf(records, body, sep ? sep[1] : undefined);
  const headerIndex = damage ? -1 : records.findIndex((row) => row.cells.filter((cell) => cell !== '').length >= 2);
  if (headerIndex < 0) {
    return {
      encoding,
      delimiter,
      preamble: records.map(rowText),
      header: [],
      headerLine: records[0]?.line ?? 1,
      rows: [],
      sections: [{ headerLine: 1 }],
      decimal: '.',
      ...(damage ? { damage } : {}),
    };
  }
  const header = records[headerIndex]!;
  const preamble = records.slice(0, headerIndex).map(rowText);
  const { rows: sectioned, sections } = splitSections(records.slice(headerIndex + 1), header, preamble.at(-1));
  let rows = sectioned;
  const descriptions = isDescriptionRow(rows) ? rows.shift()!.cells : undefined;
  const totalsAt = [0, rows.length - 1].find((index) => rows[index] && isTotalsRow(rows[index]!));
  const totals = totalsAt === undefined ? undefined : rows[totalsAt];
  if (totals) rows = rows.filter((row) => row !== totals);
  const cells = [...rows, ...(totals ? [totals] : [])].flatMap((row) => row.cells);
  return {
    encoding,
    delimiter,
    preamble,
    header: header.cells,
    headerLine: header.line,
    ...(descriptions ? { descriptions } : {}),
    rows,
    ...(totals ? { totals } : {}),
    sections,
    decimal: detectDecimalMark(cells, delimiter),
  };
}

/**
 * A row that repeats the header starts a new series; the one-cell row right above it is that
 * series' name, not data. Rows of later series carry their section's index.
 */
function splitSections(records: readonly TableRow[], header: TableRow, firstTitle: string | undefined): { rows: TableRow[]; sections: Section[] } {
  const key = (row: TableRow) => trimEnd(row.cells).join('\u0000');
  const headerKey = key(header);
  const sections: Section[] = [{ ...(firstTitle ? { title: firstTitle } : {}), headerLine: header.line }];
  const rows: TableRow[] = [];
  for (const row of records) {
    if (key(row) !== headerKey) {
      rows.push(sections.length > 1 ? { ...row, section: sections.length - 1 } : row);
      continue;
    }
    const previous = rows.at(-1);
    const titled = previous && previous.cells.filter((cell) => cell !== '').length === 1 && (previous.section ?? 0) === sections.length - 1;
    if (titled) rows.pop();
    sections.push({ ...(titled ? { title: rowText(previous) } : {}), headerLine: row.line });
  }
  return { rows, sections };
}

function trimEnd(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}

/**
 * Damage a spreadsheet does when it re-saves an export. Every line wrapped in quotes: the first
 * row is one cell which, read as CSV itself, is a header of several columns, and so are most rows.
 * A wrong `sep=` line: it splits no line, and another separator splits them all alike.
 */
function damageOf(records: readonly TableRow[], body: string, declared: string | undefined): Damage | undefined {
  const filled = (row: TableRow) => row.cells.filter((cell) => cell !== '');
  const first = records[0];
  if (!first) return undefined;
  const single = records.filter((row) => filled(row).length === 1).length;
  if (declared && single === records.length && records.length > 1) {
    const actual = detectDelimiter(body);
    if (actual !== declared && countOutsideQuotes(body.split('\n')[0] ?? '', actual) > 0) return { kind: 'separator', declared, actual };
  }
  if (filled(first).length !== 1 || single < records.length / 2) return undefined;
  const inner = innerCells(filled(first)[0]!);
  if (!inner || inner.length < 3 || inner.some((cell) => cell.length > 60)) return undefined;
  return { kind: 'wrapped-lines', line: first.line, columns: inner };
}

/** A cell's text read as one CSV line with any of the usual separators, when it splits. */
function innerCells(cell: string): string[] | undefined {
  const delimiter = DELIMITERS.find((d) => countOutsideQuotes(cell, d) > 0);
  if (!delimiter) return undefined;
  try {
    const [record] = parse(cell, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
    return record?.map((c) => c.trim());
  } catch {
    return undefined;
  }
}

/** Rows with their first line; cells trimmed; rows with nothing in them left out. */
function parseRecords(text: string, delimiter: string, lineOffset: number): TableRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as never;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new ImportError(`CSV syntax error${e.lines ? ` near line ${e.lines + lineOffset}` : ''}: ${e.message.replace(/ at line \d+$/, '')}`);
  }
  return records
    .map(({ record, info }) => {
      // csv-parse reports the line a record ends on; a quoted multi-line cell starts it earlier.
      const breaks = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
      return { line: info.lines - breaks + lineOffset, cells: record.map((cell) => cell.trim()) };
    })
    .filter((row) => row.cells.some((cell) => cell !== ''));
}

function rowText(row: TableRow): string {
  return row.cells.filter((cell) => cell !== '').join(' ');
}

/**
 * The delimiter that splits the most lines into the same number of cells: a `;` file with decimal
 * commas has commas too, but not the same number on every line.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 30);
  let best: { delimiter: string; lines: number; width: number } = { delimiter: ',', lines: 0, width: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((count) => count > 0);
    const byCount = new Map<number, number>();
    for (const count of counts) byCount.set(count, (byCount.get(count) ?? 0) + 1);
    for (const [width, lineCount] of byCount) {
      if (lineCount > best.lines || (lineCount === best.lines && width > best.width)) best = { delimiter, lines: lineCount, width };
    }
  }
  return best.delimiter;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count += 1;
  }
  return count;
}

/**
 * A row right under the header that describes the columns: in the columns whose data has numbers
 * it has no number, and what it has there are phrases ("Daily: The number of people who…").
 * Breakdown columns may have no description at all (legacy Facebook describes a group once).
 */
function isDescriptionRow(rows: readonly TableRow[]): boolean {
  const [first, ...data] = rows;
  if (!first || data.length === 0) return false;
  // A reduce, not Math.max(...rows): a spread of 200k rows overflows the call stack.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  let phrases = 0;
  for (let column = 0; column < width; column += 1) {
    if (!data.some((row) => looksNumeric(row.cells[column] ?? ''))) continue;
    const cell = first.cells[column] ?? '';
    if (looksNumeric(cell)) return false;
    if (isMissing(cell)) continue;
    if (cell.split(/\s+/).length < 3) return false;
    phrases += 1;
  }
  return phrases > 0;
}

/** A number under either decimal convention (the file's is not known yet). */
function looksNumeric(cell: string): boolean {
  return parseNumber(cell, '.').kind === 'number' || parseNumber(cell, ',').kind === 'number';
}

function isTotalsRow(row: TableRow): boolean {
  const first = row.cells.find((cell) => cell !== '');
  return first !== undefined && TOTAL_WORDS.has(first.toLowerCase());
}
