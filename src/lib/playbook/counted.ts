/**
 * The playbook's own pages are in English: "1 term", "12 terms", by Intl's English plural rules
 * (the client reports have their own words per locale, src/lib/i18n).
 */
import { pluralFor } from '../i18n/plural.ts';

const english = pluralFor('en');

/** The noun alone, for a count shown apart from it. */
export function noun(count: number, one: string, other: string): string {
  return english(count, { one, other });
}

/** The count and its noun: `counted(1, 'term', 'terms')` is "1 term". */
export function counted(count: number, one: string, other: string): string {
  return `${count} ${noun(count, one, other)}`;
}
