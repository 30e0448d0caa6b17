/**
 * Month and weekday names in the languages exports come in (en, de, fr, es, pt, it, nl, ru), from date-fns'
 * locales, so "Okt", "févr.", "março" and "Sep" all name a month. Names are compared without case,
 * accents or a trailing dot; a month may also be written as a prefix of three letters or more of one
 * of its names ("Sept", "Juli"), as long as no other month starts the same way.
 */
import type { Locale } from 'date-fns';
// One module per locale: the date-fns/locale index loads every locale there is, seconds of startup.
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { it } from 'date-fns/locale/it';
import { nl } from 'date-fns/locale/nl';
import { pt } from 'date-fns/locale/pt';
import { ru } from 'date-fns/locale/ru';

// TikTok writes its dates in the app's language ("18 января", "8 de setembro").
const LOCALES: readonly Locale[] = [enUS, de, fr, es, pt, it, nl, ru];
const WIDTHS = ['wide', 'abbreviated'] as const;
const CONTEXTS = ['formatting', 'standalone'] as const;

/** Fold a word for comparison: lowercase, no accents, no trailing dot. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

function names(kind: 'month' | 'day', count: number): Map<string, number> {
  const found = new Map<string, number>();
  for (const locale of LOCALES) {
    for (let index = 0; index < count; index += 1) {
      for (const width of WIDTHS) {
        for (const context of CONTEXTS) found.set(foldWord(locale.localize[kind](index as never, { width, context })), index);
      }
    }
  }
  return found;
}

const MONTHS = names('month', 12);
const WEEKDAYS = new Set(names('day', 7).keys());
// German abbreviations date-fns does not produce.
MONTHS.set('mrz', 2);

/** The month (1–12) a word names, or undefined. */
export function monthOf(word: string): number | undefined {
  const folded = foldWord(word);
  const exact = MONTHS.get(folded);
  if (exact !== undefined) return exact + 1;
  if (folded.length < 3) return undefined;
  const months = new Set([...MONTHS].filter(([name]) => name.startsWith(folded)).map(([, index]) => index));
  return months.size === 1 ? [...months][0]! + 1 : undefined;
}

/** Whether a word is a weekday name or abbreviation ("Sun", "Mo.", "mié"). */
export function isWeekday(word: string): boolean {
  return WEEKDAYS.has(foldWord(word));
}
