/** Which export a table is, by its header alone (never by file name), and what to say when none fits. */
import { show } from '../problems.ts';
import { looksLikeProse } from './damage.ts';
import { FORMATS } from './formats/index.ts';
import type { ImportFormat } from './format.ts';
import type { Table } from './read-table.ts';

export function detectFormat(table: Table, formats: readonly ImportFormat[] = FORMATS): ImportFormat | undefined {
  return formats.find((format) => format.matches(table));
}

/** The message for a file no format recognises: what its header was, and every format with how to recognise it. */
export function unrecognisedMessage(file: string, table: Table, formats: readonly ImportFormat[] = FORMATS): string {
  const width = Math.max(...formats.map((format) => format.name.length));
  const lines = formats.map((format) => `  ${format.name.padEnd(width)}  ${format.signature}`);
  return [
    `${file} is not an export Rolebook recognises (${whatItIs(table)}).`,
    'Known exports, recognised by their columns (not by file name):',
    ...lines,
    'Export the file again from the platform, as CSV, without editing its columns.',
  ].join('\n');
}

function whatItIs(table: Table): string {
  const header = table.header.filter((cell) => cell !== '');
  // A caption or a sentence is somebody's text, not a header to quote back.
  if (header.some(looksLikeProse)) {
    return `the first row that could be its header, line ${table.headerLine}, holds running text such as a post's caption, not column names: if it was opened and saved in a spreadsheet, download it again and import it as downloaded`;
  }
  if (header.length)
    return `its header is ${header
      .slice(0, 8)
      .map((cell) => show(cell))
      .join(', ')}${header.length > 8 ? ', …' : ''}`;
  if (table.preamble.length > 1)
    return 'each of its lines is a single column: Rolebook reads columns separated by commas, semicolons or tabs, so save it as CSV with one of them';
  return 'it has no header row';
}
