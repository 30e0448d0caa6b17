/**
 * What to tell a lead whose export was damaged on its way (opened and re-saved in a spreadsheet):
 * what happened to the file, in words they recognise, and what to do. Never the file's text as
 * if it were column names: a caption is somebody's post.
 */
import { show } from '../problems.ts';
import type { Damage } from './read-table.ts';

const SEPARATORS: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' };

function named(separator: string): string {
  return SEPARATORS[separator] ?? `"${separator}"`;
}

export function damageMessage(file: string, damage: Damage): string {
  if (damage.kind === 'wrapped-lines') {
    const columns = damage.columns
      .slice(0, 4)
      .map((cell) => show(cell))
      .join(', ');
    return (
      `${file} was damaged by re-saving: every line is wrapped in one pair of quotes (a spreadsheet saved the whole export as a single column), ` +
      `so its columns (${columns}${damage.columns.length > 4 ? ', …' : ''}) cannot be told apart. ` +
      'Download the export again from the platform and import it as downloaded, without opening and saving it in a spreadsheet.'
    );
  }
  return (
    `${file} was saved again with another separator: its first line says "sep=${damage.declared === '\t' ? '\\t' : damage.declared}" (${named(damage.declared)}), but its lines are separated by ${named(damage.actual)}. ` +
    'Delete that first line, or download the export again from the platform and import it as downloaded.'
  );
}

/**
 * Whether a header cell is running text rather than a column name: a line break, an emoji, or a
 * sentence of many words. Hootsuite's long "(Daily aggregated values for Facebook pages: …)"
 * names are lists, not sentences, and stay column names.
 */
export function looksLikeProse(cell: string): boolean {
  if (/\n/.test(cell) || /\p{Extended_Pictographic}/u.test(cell)) return true;
  const words = cell.split(/\s+/).filter(Boolean);
  return words.length >= 8 && /[.!?…](\s|$)/.test(cell);
}
