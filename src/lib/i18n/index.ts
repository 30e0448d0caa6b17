/**
 * A client's report words, chosen by the client's `locale`: its language subtag picks the
 * catalogue (`de-AT` → German), English when Rolebook has none for that language. Numbers,
 * dates and currencies follow the full locale through `Intl`, whatever the catalogue.
 */
import { de } from './de.ts';
import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pluralFor, type Plural } from './plural.ts';

export type { Messages } from './en.ts';
export type { Plural } from './plural.ts';

export const CATALOGUES: Readonly<Record<string, Messages>> = { en, de, fr, es };

/** The languages a report can be written in, for check's message and the docs. */
export const REPORT_LANGUAGES = Object.keys(CATALOGUES);

export interface Words {
  /** The locale the words are for, as the client wrote it (`de-DE`): `<html lang>`. */
  locale: string;
  /** The catalogue's language: `de`. */
  language: string;
  t: Messages;
  plural: Plural;
}

export function wordsFor(locale: string): Words {
  const language = new Intl.Locale(locale).language;
  const t = CATALOGUES[language] ?? en;
  return { locale, language: CATALOGUES[language] ? language : 'en', t, plural: pluralFor(locale) };
}
