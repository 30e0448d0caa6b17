/**
 * Numbers as exports write them: `4647.0` (float counts), `1.2E+4`, `12,345` / `12.345` / `12 345`
 * (thousands, told apart by the file's decimal convention), `4.5%`, and `-`, `--`, `undefined` or a
 * blank for "no value", which is never 0.
 */

export type DecimalMark = '.' | ',';

export type NumberCell =
  { kind: 'number'; value: number; /** Written as a percentage; `value` is the fraction. */ percent: boolean } | { kind: 'missing' } | { kind: 'text' };

const MISSING = new Set(['', '-', '--', '---', '–', '—', 'undefined', 'null', 'n/a', 'nan', 'none']);
/** Spaces that group thousands: ordinary, no-break and narrow no-break. */
const SPACES = ' \u00a0\u202f';

/** Whether a cell means "no value": empty, a dash, `undefined`… */
export function isMissing(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

export function parseNumber(cell: string, decimal: DecimalMark = '.'): NumberCell {
  let text = cell.trim();
  if (isMissing(text)) return { kind: 'missing' };
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trim();
  let sign = 1;
  if (/^[-−+]/.test(text)) {
    if (text[0] !== '+') sign = -1;
    text = text.slice(1).trim();
  }
  const plain = scientific(text) ?? grouped(text, decimal);
  if (plain === undefined) return { kind: 'text' };
  const value = sign * Number(plain);
  if (!Number.isFinite(value)) return { kind: 'text' };
  return { kind: 'number', value: percent ? tidy(value / 100) : value, percent };
}

/** `1.2E+4`, `1,2E+4`: the mantissa has no thousands, so either mark is its decimal point. */
function scientific(text: string): string | undefined {
  const match = /^(\d+(?:[.,]\d+)?)[eE]([+-]?\d+)$/.exec(text);
  return match ? `${match[1]!.replace(',', '.')}e${match[2]}` : undefined;
}

/** Digits with optional thousands groups and an optional decimal part → a JavaScript number literal. */
function grouped(text: string, decimal: DecimalMark): string | undefined {
  const thousands = decimal === '.' ? `,'${SPACES}` : `.'${SPACES}`;
  const d = escape(decimal);
  if (new RegExp(`^\\d*(?:${d}\\d+)?$`).test(text) && /\d/.test(text)) return text.replace(decimal, '.');
  for (const mark of thousands) {
    const m = escape(mark);
    const match = new RegExp(`^(\\d{1,3}(?:${m}\\d{3})+)(${d}\\d+)?$`).exec(text);
    if (match) return match[1]!.split(mark).join('') + (match[2] ? `.${match[2].slice(1)}` : '');
  }
  return undefined;
}

function escape(char: string): string {
  return char.replace(/[.\\^$|?*+()[\]{}]/g, '\\$&');
}

/** 4.5 / 100 is 0.045, not 0.045000000000000005. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * The decimal mark a file uses, from the evidence in its cells: `4647.0` or `0,05` (one mark, not
 * followed by three digits) name the decimal mark; `1,234,567` or `1.234,5` name the thousands mark.
 * `12,345` alone says nothing. Without evidence, a `;` delimiter means a European export (`,`).
 */
export function detectDecimalMark(cells: Iterable<string>, delimiter: string): DecimalMark {
  let dot = 0;
  let comma = 0;
  for (const raw of cells) {
    const vote = decimalEvidence(
      raw
        .trim()
        .replace(/%$/, '')
        .replace(/[eE][+-]?\d+$/, ''),
    );
    if (vote === '.') dot += 1;
    else if (vote === ',') comma += 1;
  }
  if (dot !== comma) return dot > comma ? '.' : ',';
  return delimiter === ';' ? ',' : '.';
}

function decimalEvidence(text: string): DecimalMark | undefined {
  if (!/^[-−+]?\d[\d.,]*$/.test(text)) return undefined;
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  if (dots && commas) return text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
  const mark = dots ? '.' : commas ? ',' : undefined;
  if (!mark) return undefined;
  const groups = text.split(mark).slice(1);
  if (groups.length === 1) return groups[0]!.length === 3 ? undefined : mark;
  // Several marks: thousands, but only when every group has three digits (`19.08.2024` is a date).
  return groups.every((group) => group.length === 3) ? (mark === '.' ? ',' : '.') : undefined;
}

/** A number as a snapshot cell: plain decimal notation, never an exponent. */
export function formatNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}
