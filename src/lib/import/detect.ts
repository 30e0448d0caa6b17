/** Which export a table is, by its header alone (never by file name), and what to say when none fits. */
import { show } from '../problems.ts';
import { FORMATS } from './formats/index.ts';
import type { ImportFormat } from './format.ts';
import type { Table } from './read-table.ts';

export function detectFormat(table: Table, formats: readonly ImportFormat[] = FORMATS): ImportFormat | undefined {
  return formats.find((format) => format.matches(table));
}

/** The message for a file no format recognises: what its header was, and every format with how to recognise it. */
export function unrecognisedMessage(file: string, table: Table, formats: readonly ImportFormat[] = FORMATS): string {
  const header = table.header.filter((cell) => cell !== '');
  const shown = header.length ? `its header is ${header.slice(0, 8).map((cell) => show(cell)).join(', ')}${header.length > 8 ? ', …' : ''}` : 'it has no header row';
  const width = Math.max(...formats.map((format) => format.name.length));
  const lines = formats.map((format) => `  ${format.name.padEnd(width)}  ${format.signature}`);
  return [
    `${file} is not an export Rolebook recognises (${shown}).`,
    'Known exports, recognised by their columns (not by file name):',
    ...lines,
    'Export the file again from the platform, as CSV, without editing its columns.',
  ].join('\n');
}
