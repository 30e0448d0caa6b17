/**
 * Numbers as a client reads them, with `Intl` in the client's locale: counts, percentages,
 * money, durations, ratios, changes and the names of months, quarters and years.
 */
import type { Kpi } from '../../schemas/kpi.ts';
import { wordsFor } from '../i18n/index.ts';
import { isWhole, type Period } from './periods.ts';

export interface Formatter {
  /** The client's locale and currency, for what formats in the browser (a chart's axis). */
  readonly locale: string;
  readonly currency: string;
  /** A KPI value in its unit: "4.5%", "£1,234", "1 h 5 min", "3.2×", "12,345". */
  value(value: number, unit: Kpi['unit']): string;
  /** A relative change: "+12.3%", "−4.0%". */
  change(change: number): string;
  /** A difference of two percents in points, the number only: 0.0064 → "+0.6" (the catalogue adds "pp"). */
  points(difference: number): string;
  /** A metric total: counts as integers, money in the currency. */
  metric(value: number, unit: 'count' | 'currency' | 'minutes'): string;
  /**
   * "October 2026", "Q3 2026", "2026"; a period covering part of its span names its months:
   * "2026, January – October", "Q2 2025, May – June".
   */
  period(period: Period): string;
  /** "Oct 26" for a month, for chart axes; a quarter or year as `period` names it, without its months. */
  shortPeriod(period: Period): string;
  /** A month of a period (`YYYY-MM`, as `Period.months` holds them) by name, "October 2026": for reasons that name months. */
  month(month: string): string;
  /** A share: "42%". */
  share(fraction: number): string;
}

export function formatter(locale: string, currency: string): Formatter {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const points = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 });
  const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 0 });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const yearNumber = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  // Intl has no quarter format: the catalogue of the locale's language builds "Q3 2026" from the parts.
  const words = wordsFor(locale).t.period;
  const toDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
  /** A quarter or a year by its calendar name, whatever months of it the period covers. */
  const calendarName = (period: Period) => {
    const start = toDate(period.months[0]!);
    const year = yearNumber.format(start);
    return period.kind === 'quarter' ? words.quarter(Math.floor(start.getUTCMonth() / 3) + 1, year) : year;
  };
  const label = (period: Period) => {
    if (period.kind === 'month') return monthFormat.format(toDate(period.months[0]!));
    if (isWhole(period)) return calendarName(period);
    const months = monthName.formatRange(toDate(period.months[0]!), toDate(period.months.at(-1)!));
    return words.part(calendarName(period), months);
  };
  const short = (period: Period) => (period.kind === 'month' ? shortMonth.format(toDate(period.months[0]!)) : calendarName(period));
  // A report names the same few periods over and over (axes, tooltips, navigation): format each
  // once. Periods are values made once each (periods.ts), so the period itself is the key.
  const periodLabels = new WeakMap<Period, string>();
  const shortLabels = new WeakMap<Period, string>();
  const monthLabels = new Map<string, string>();
  const cached = <K extends WeakKey | string>(
    labels: { get(key: K): string | undefined; set(key: K, text: string): unknown },
    format: (key: K) => string,
    key: K,
  ) => {
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = format(key)));
    return text;
  };
  // The same value is shown again and again (a month's tile, then the next months' trends and
  // tables): each unit keeps the texts it made, up to a bound, since Intl's format is the
  // costliest step of a report page.
  const valueTexts = new Map<Kpi['unit'], Map<number, string>>();
  const valueText = (value: number, unit: Kpi['unit']) => {
    // A Map does not tell −0 from 0, and Intl writes them differently.
    if (Object.is(value, -0)) return formatValue(value, unit);
    let texts = valueTexts.get(unit);
    if (!texts) valueTexts.set(unit, (texts = new Map()));
    let text = texts.get(value);
    if (text === undefined) {
      if (texts.size >= VALUE_TEXTS) texts.clear();
      texts.set(value, (text = formatValue(value, unit)));
    }
    return text;
  };
  const duration = (value: number) => {
    const rounded = Math.round(value);
    if (rounded < 60) return minutes.format(rounded);
    const rest = rounded % 60;
    return rest === 0 ? hours.format(rounded / 60) : `${hours.format(Math.floor(rounded / 60))} ${minutes.format(rest)}`;
  };
  return {
    locale,
    currency,
    value: valueText,
    change: (value) => signed.format(value),
    // Two decimals only when one would round a real difference to zero: 4.69 % → 4.70 % is +0.01 pp, not 0.0.
    points: (difference) => points.format(Math.abs(difference * 100) < 0.05 ? Number((difference * 100).toFixed(2)) : Number((difference * 100).toFixed(1))),
    metric: (value, unit) => (unit === 'currency' ? money.format(value) : unit === 'minutes' ? duration(value) : count.format(value)),
    period: (period) => cached(periodLabels, label, period),
    month: (id) => cached(monthLabels, (month) => monthFormat.format(toDate(month)), id),
    shortPeriod: (period) => cached(shortLabels, short, period),
    share: (fraction) => share.format(fraction),
  };

  function formatValue(value: number, unit: Kpi['unit']): string {
    switch (unit) {
      case 'percent':
        return percent.format(value);
      case 'currency':
        return money.format(value);
      case 'minutes':
        return duration(value);
      case 'ratio':
        return `${ratio.format(value)}×`;
      case 'count':
        return count.format(value);
    }
  }
}

/** How many texts of one unit a formatter keeps before it starts again. */
const VALUE_TEXTS = 4096;
