/**
 * The one CSV writer (csv-stringify, the writing half of csv-parse's project): a header and rows
 * of text cells, RFC 4180 quoting only where a cell needs it (a comma, a quote, a line break),
 * LF line ends and a final newline, so files diff cleanly in a pull request.
 */
import { stringify } from 'csv-stringify/sync';

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows] as string[][], { record_delimiter: '\n', quoted_match: /[\r\n]/ });
}
