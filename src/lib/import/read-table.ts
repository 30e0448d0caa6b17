/**
 * An export file → a table: its header, its data rows with line numbers, and what was around
 * them. Copes with what platforms and spreadsheet programs write:
 * - a UTF-8 BOM, UTF-16 LE/BE with a BOM, Windows-1252 (see decode.ts);
 * - a `sep=,` or `sep=;` first line (Excel's delimiter hint), or a delimiter to detect: `,`, `;`, tab;
 * - rows above the header: a sentence (LinkedIn), the metric's name (Meta's daily series);
 * - a second header row of descriptions ("Lifetime: The total number of people…", legacy Facebook);
 * - a `Total` row, first or last (YouTube Studio), kept apart from the data;
 * - every field quoted, blank rows, trailing empty columns.
 * It also decides the file's decimal mark from its cells, for numbers.ts.
 */
import { parse } from 'csv-parse/sync';
import { decodeBytes, type Encoding } from './decode.ts';
import { ImportError } from './errors.ts';
import { detectDecimalMark, isMissing, parseNumber, type DecimalMark } from './numbers.ts';

export interface TableRow {
  /** 1-based line of the row in the file. */
  line: number;
  cells: string[];
}

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
  decimal: DecimalMark;
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
  const headerIndex = records.findIndex((row) => row.cells.filter((cell) => cell !== '').length >= 2);
  if (headerIndex < 0) {
    return { encoding, delimiter, preamble: records.map(rowText), header: [], headerLine: records[0]?.line ?? 1, rows: [], decimal: '.' };
  }
  const header = records[headerIndex]!;
  let rows = records.slice(headerIndex + 1);
  const descriptions = isDescriptionRow(rows) ? rows.shift()!.cells : undefined;
  const totalsAt = [0, rows.length - 1].find((index) => rows[index] && isTotalsRow(rows[index]!));
  const totals = totalsAt === undefined ? undefined : rows[totalsAt];
  if (totals) rows = rows.filter((row) => row !== totals);
  const cells = [...rows, ...(totals ? [totals] : [])].flatMap((row) => row.cells);
  return {
    encoding,
    delimiter,
    preamble: records.slice(0, headerIndex).map(rowText),
    header: header.cells,
    headerLine: header.line,
    ...(descriptions ? { descriptions } : {}),
    rows,
    ...(totals ? { totals } : {}),
    decimal: detectDecimalMark(cells, delimiter),
  };
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
  const lines = text.split('\n').filter((line) => line.trim() !== '').slice(0, 30);
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
 * A row right under the header that holds words where the data holds numbers: in every column
 * whose data has numbers, this row has text that is not a number.
 */
function isDescriptionRow(rows: readonly TableRow[]): boolean {
  const [first, ...data] = rows;
  if (!first || data.length === 0) return false;
  // A reduce, not Math.max(...rows): a spread of 200k rows overflows the call stack.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  let numericColumns = 0;
  for (let column = 0; column < width; column += 1) {
    if (!data.some((row) => looksNumeric(row.cells[column] ?? ''))) continue;
    numericColumns += 1;
    const cell = first.cells[column] ?? '';
    if (isMissing(cell) || looksNumeric(cell)) return false;
  }
  return numericColumns > 0;
}

/** A number under either decimal convention (the file's is not known yet). */
function looksNumeric(cell: string): boolean {
  return parseNumber(cell, '.').kind === 'number' || parseNumber(cell, ',').kind === 'number';
}

function isTotalsRow(row: TableRow): boolean {
  const first = row.cells.find((cell) => cell !== '');
  return first !== undefined && TOTAL_WORDS.has(first.toLowerCase());
}
