/**
 * Everything a report needs to speak the client's language: numbers, dates and money through
 * `Intl` in the full locale (`de-AT`), words from the language's catalogue, plural forms from
 * the locale's rules, and platforms by name. Built once per client; view builders take it whole.
 */
import { wordsFor, type Messages, type Plural } from '../i18n/index.ts';
import { platformNamer } from '../platforms.ts';
import { formatter, type Formatter } from './format.ts';

export interface ReportLocale {
  /** The client's BCP 47 locale, for `<html lang>` and the chart island. */
  locale: string;
  fmt: Formatter;
  t: Messages;
  plural: Plural;
  /** A platform id as the report shows it: "instagram" → "Instagram". */
  platformName: (id: string) => string;
}

export function reportLocale(options: { locale: string; currency: string; platformNames?: Readonly<Record<string, string>> }): ReportLocale {
  const words = wordsFor(options.locale);
  return { locale: options.locale, fmt: formatter(options.locale, options.currency), t: words.t, plural: words.plural, platformName: platformNamer(options.platformNames) };
}

/** "Instagram, Facebook and YouTube", with the locale's own list words. */
export function listOf(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
