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
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
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
    if (period.kind === 'month') return month.format(toDate(period.months[0]!));
    if (isWhole(period)) return calendarName(period);
    const months = monthName.formatRange(toDate(period.months[0]!), toDate(period.months.at(-1)!));
    return words.part(calendarName(period), months);
  };
  const short = (period: Period) => (period.kind === 'month' ? shortMonth.format(toDate(period.months[0]!)) : calendarName(period));
  // A report names the same few periods over and over (axes, tooltips, navigation): format each once.
  const periodLabels = new Map<string, string>();
  const shortLabels = new Map<string, string>();
  const cached = (labels: Map<string, string>, format: (period: Period) => string, period: Period) => {
    const key = `${period.kind} ${period.months.join(' ')}`;
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = format(period)));
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
    value(value, unit) {
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
    },
    change: (value) => signed.format(value),
    // Two decimals only when one would round a real difference to zero: 4.69 % → 4.70 % is +0.01 pp, not 0.0.
    points: (difference) => points.format(Math.abs(difference * 100) < 0.05 ? Number((difference * 100).toFixed(2)) : Number((difference * 100).toFixed(1))),
    metric: (value, unit) => (unit === 'currency' ? money.format(value) : unit === 'minutes' ? duration(value) : count.format(value)),
    period: (period) => cached(periodLabels, label, period),
    month: (id) => cached(periodLabels, (period) => month.format(toDate(period.months[0]!)), { kind: 'month', id, months: [id] }),
    shortPeriod: (period) => cached(shortLabels, short, period),
    share: (fraction) => share.format(fraction),
  };
}
