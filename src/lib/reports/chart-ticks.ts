/**
 * Labels for a chart's value axis, in the client's locale and the KPI's unit. chart.js picks the
 * tick values in the browser (nice steps of 1, 2, 2.5 or 5 × 10ⁿ); these functions pick how many
 * digits each label needs so that the ticks read as the numbers they are: a 0.010–0.012 percent
 * axis reads "1.00% 1.05% 1.10%", not "1.0% 1.1% 1.1%". Pure, so the server builds the axis and
 * the chart island formats with it.
 */
import type { Kpi } from '../../schemas/kpi.ts';

/** What the island needs to label a value axis; part of a chart's spec, so plain JSON. */
export interface TickAxis {
  unit: Kpi['unit'];
  /** The client's locale: `de-DE`. */
  locale: string;
  /** ISO 4217 code, for a currency axis: `EUR`. */
  currency?: string;
  /**
   * Durations (unit `minutes`): `minutes` labels every tick "45 min" as the tiles do below an hour;
   * `hours` labels them h:mm ("1:20"), for an axis that reaches an hour or more.
   */
  duration?: 'minutes' | 'hours';
  /** The axis title, from the client's catalogue, when the ticks alone do not say the unit (h:mm). */
  title?: string;
}

/** An hour, in the minutes a duration KPI is measured in: the tiles switch to hours there too. */
export const HOUR = 60;

/** The largest number of fraction or significant digits tried before giving up on distinct labels. */
const MAX_EXTRA_DIGITS = 4;

/**
 * How a duration axis reads, from the largest value it has to show (data and target): in hours
 * once it reaches an hour, so that a 40–70 minute axis reads 0:40 … 1:10 rather than mixing units.
 */
export function durationScale(largest: number): 'minutes' | 'hours' {
  return Math.abs(largest) >= HOUR ? 'hours' : 'minutes';
}

/**
 * The label of every tick value (as chart.js gives them, ascending), each distinct from its
 * neighbours and exact for a tick on the step: digits follow the step between ticks, one more
 * at a time only if two labels would still read the same.
 */
export function tickLabels(values: readonly number[], axis: TickAxis): string[] {
  const step = stepOf(values);
  const clean = values.map((v) => (Math.abs(v) < step * 1e-6 ? 0 : v));
  const format = formatFor(axis, step, Math.max(...clean.map(Math.abs)));
  let labels: string[] = [];
  for (let extra = 0; extra <= MAX_EXTRA_DIGITS; extra += 1) {
    labels = clean.map((v) => format(v, extra));
    if (new Set(labels).size === labels.length) return labels;
  }
  return labels;
}

/** The smallest gap between neighbouring ticks; a lone tick counts as its own size. */
function stepOf(values: readonly number[]): number {
  let step = Infinity;
  for (let i = 1; i < values.length; i += 1) {
    const gap = Math.abs(values[i]! - values[i - 1]!);
    if (gap > 0) step = Math.min(step, gap);
  }
  if (Number.isFinite(step)) return step;
  return Math.abs(values[0] ?? 0) || 1;
}

/**
 * The power of ten of a number's last significant digit, tolerating float noise: 0.0005 → −4,
 * 2.5 → −1, 200000 → 5, 0.00049999999999 (0.0105 − 0.0100) → −4.
 */
export function lastDigit(x: number): number {
  const magnitude = Math.abs(x);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  // The nudge keeps 0.00999…98 (0.03 − 0.02) in the decade of 0.01, where it belongs.
  const exponent = Math.floor(Math.log10(magnitude) + 1e-9);
  for (let digits = 0; digits < 15; digits += 1) {
    const scaled = magnitude / 10 ** (exponent - digits);
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return exponent - digits;
  }
  return exponent - 15;
}

const fractionDigits = (step: number) => Math.max(0, -lastDigit(step));

type TickFormat = (value: number, extra: number) => string;

/** From ten thousand, counts and money take compact notation: "1.2M" fits a phone's axis, "1,200,000" does not. */
const COMPACT_FROM = 10_000;

function formatFor(axis: TickAxis, step: number, largest: number): TickFormat {
  const { locale } = axis;
  switch (axis.unit) {
    case 'percent': {
      // Intl's percent style multiplies by 100: the step's digits are counted in percent.
      const digits = fractionDigits(step * 100);
      return cached(
        (extra) => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits + extra, maximumFractionDigits: digits + extra }),
      );
    }
    case 'ratio': {
      const digits = fractionDigits(step);
      const number = cached((extra) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits + extra, maximumFractionDigits: digits + extra }));
      // The tiles write a ratio as "4.25×"; the axis says the same.
      return (value, extra) => `${number(value, extra)}×`;
    }
    case 'currency': {
      const money = { style: 'currency', currency: axis.currency ?? 'EUR' } as const;
      if (largest >= COMPACT_FROM) return compact(locale, step, money);
      // Cents, when the step has any, as many as the currency has ("$62.50", never "$62.5").
      const cents = new Intl.NumberFormat(locale, money).resolvedOptions().maximumFractionDigits ?? 2;
      const digits = fractionDigits(step) > 0 ? Math.max(cents, fractionDigits(step)) : 0;
      return cached((extra) => new Intl.NumberFormat(locale, { ...money, minimumFractionDigits: digits + extra, maximumFractionDigits: digits + extra }));
    }
    case 'count': {
      if (largest >= COMPACT_FROM) return compact(locale, step, {});
      const digits = fractionDigits(step);
      return cached((extra) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits + extra, maximumFractionDigits: digits + extra }));
    }
    case 'minutes':
      return axis.duration === 'hours' ? hoursMinutes(locale) : minutes(locale, step);
  }
}

/**
 * Compact notation ("1.2M", "200K", "1,2 Mio."), where Intl picks the suffix per value: so digits
 * are counted per value, as significant digits down to the step's last digit (1,250,000 on a
 * 50,000 step needs three: "1.25M").
 */
function compact(locale: string, step: number, options: Intl.NumberFormatOptions): TickFormat {
  const last = lastDigit(step);
  const formats = new Map<number, Intl.NumberFormat>();
  const of = (digits: number) => {
    let format = formats.get(digits);
    if (!format) formats.set(digits, (format = new Intl.NumberFormat(locale, { ...options, notation: 'compact', maximumSignificantDigits: digits })));
    return format;
  };
  return (value, extra) => {
    if (value === 0) return of(1).format(0);
    const significant = Math.floor(Math.log10(Math.abs(value))) - last + 1;
    return of(Math.min(21, Math.max(1, significant) + extra)).format(value);
  };
}

/** Below an hour, the tiles' words: "45 min", "45 Min.". */
function minutes(locale: string, step: number): TickFormat {
  const digits = fractionDigits(step);
  return cached(
    (extra) =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'minute',
        unitDisplay: 'short',
        minimumFractionDigits: digits + extra,
        maximumFractionDigits: digits + extra,
      }),
  );
}

/** h:mm, in the locale's digits and minus sign ("1:20", "-0:30"); the axis title names the unit. */
function hoursMinutes(locale: string): TickFormat {
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: false });
  const mins = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, maximumFractionDigits: 0 });
  const minus = hours.formatToParts(-1).find((part) => part.type === 'minusSign')?.value ?? '-';
  return (value) => {
    const total = Math.round(Math.abs(value));
    const sign = value < 0 && total > 0 ? minus : '';
    return `${sign}${hours.format(Math.floor(total / HOUR))}:${mins.format(total % HOUR)}`;
  };
}

/** A format per number of extra digits, made once: chart.js labels the same axis on every redraw. */
function cached(make: (extra: number) => Intl.NumberFormat): TickFormat {
  const formats: Intl.NumberFormat[] = [];
  return (value, extra) => (formats[extra] ??= make(extra)).format(value);
}
