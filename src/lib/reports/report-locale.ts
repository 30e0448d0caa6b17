/**
 * Everything a report needs to speak the client's language: numbers, dates and money through
 * `Intl` in the full locale (`de-AT`), words from the language's catalogue, plural forms from
 * the locale's rules, and platforms by name. Built once per client; view builders take it whole.
 */
import { wordsFor, type Messages, type Plural } from '../i18n/index.ts';
import { platformNamer } from '../platforms.ts';
import type { ReasonWords } from './aggregate.ts';
import { formatter, type Formatter } from './format.ts';

export interface ReportLocale {
  /** The client's BCP 47 locale, for `<html lang>` and the chart island. */
  locale: string;
  fmt: Formatter;
  t: Messages;
  plural: Plural;
  /** A platform id as the report shows it: "instagram" → "Instagram". */
  platformName: (id: string) => string;
  /** "Instagram, Facebook and YouTube", with the locale's own list words. */
  list: (items: readonly string[]) => string;
  /** How the engine words "no data" reasons for this client. */
  reasons: ReasonWords;
}

export function reportLocale(options: { locale: string; currency: string; platformNames?: Readonly<Record<string, string>> }): ReportLocale {
  const words = wordsFor(options.locale);
  const fmt = formatter(options.locale, options.currency);
  const platformName = platformNamer(options.platformNames);
  // Made once: reasons over quarters and years list months often, and a ListFormat is slow to make.
  const lists = new Intl.ListFormat(options.locale, { style: 'long', type: 'conjunction' });
  const list = (items: readonly string[]) => lists.format(items);
  return {
    locale: options.locale,
    fmt,
    t: words.t,
    plural: words.plural,
    platformName,
    list,
    reasons: { t: words.t.reason, period: fmt.month, platform: platformName, list },
  };
}
