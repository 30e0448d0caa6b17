import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationScale, lastDigit, tickLabels, type TickAxis } from '../../../src/lib/reports/chart-ticks.ts';

// Intl output uses narrow no-break spaces in some locales; compare with those normalised.
const plain = (labels: string[]) => labels.map((label) => label.replace(/[\u00a0\u202f]/g, ' '));

/** Ticks as chart.js makes them: `count` multiples of `step` from `first × step`, rounded to the step. */
function ticks(first: number, step: number, count: number): number[] {
  const decimals = Math.max(0, -lastDigit(step));
  return Array.from({ length: count }, (_, i) => Number(((first + i) * step).toFixed(decimals)));
}

const range = (from: number, to: number, step: number) => ticks(Math.round(from / step), step, Math.round((to - from) / step) + 1);

describe('tickLabels', () => {
  it('gives a 0.010–0.012 percent axis the digits its step needs', () => {
    const values = range(0.01, 0.012, 0.0005);
    expect(tickLabels(values, { unit: 'percent', locale: 'en-GB' })).toEqual(['1.00%', '1.05%', '1.10%', '1.15%', '1.20%']);
    expect(plain(tickLabels(values, { unit: 'percent', locale: 'de-DE' }))).toEqual(['1,00 %', '1,05 %', '1,10 %', '1,15 %', '1,20 %']);
  });

  it('keeps whole percents whole and signs a negative growth', () => {
    expect(tickLabels(range(0, 0.04, 0.01), { unit: 'percent', locale: 'en-US' })).toEqual(['0%', '1%', '2%', '3%', '4%']);
    expect(tickLabels(range(-0.01, 0.01, 0.005), { unit: 'percent', locale: 'en-US' })).toEqual(['-1.0%', '-0.5%', '0.0%', '0.5%', '1.0%']);
  });

  it('reads 80–94 minutes as h:mm and 30–55 minutes in the tiles’ minutes', () => {
    expect(tickLabels(range(80, 94, 2), { unit: 'minutes', locale: 'en-GB', duration: 'hours' })).toEqual([
      '1:20',
      '1:22',
      '1:24',
      '1:26',
      '1:28',
      '1:30',
      '1:32',
      '1:34',
    ]);
    expect(tickLabels(range(40, 70, 10), { unit: 'minutes', locale: 'en-GB', duration: 'hours' })).toEqual(['0:40', '0:50', '1:00', '1:10']);
    expect(tickLabels(range(30, 50, 10), { unit: 'minutes', locale: 'en-GB', duration: 'minutes' })).toEqual(['30 mins', '40 mins', '50 mins']);
    expect(plain(tickLabels(range(30, 50, 10), { unit: 'minutes', locale: 'de-DE', duration: 'minutes' }))).toEqual(['30 Min.', '40 Min.', '50 Min.']);
  });

  it('switches a duration axis to hours at the hour the tiles switch at', () => {
    expect(durationScale(59.4)).toBe('minutes');
    expect(durationScale(60)).toBe('hours');
    expect(durationScale(94)).toBe('hours');
  });

  it('compacts a 1.2k–1.3M count axis with as many digits as each tick needs', () => {
    const values = range(0, 1_400_000, 200_000);
    expect(tickLabels(values, { unit: 'count', locale: 'en-US' })).toEqual(['0', '200K', '400K', '600K', '800K', '1M', '1.2M', '1.4M']);
    expect(plain(tickLabels(values, { unit: 'count', locale: 'de-DE' }))).toEqual([
      '0',
      '200.000',
      '400.000',
      '600.000',
      '800.000',
      '1 Mio.',
      '1,2 Mio.',
      '1,4 Mio.',
    ]);
    expect(tickLabels(range(1_200_000, 1_300_000, 25_000), { unit: 'count', locale: 'en-US' })).toEqual(['1.2M', '1.225M', '1.25M', '1.275M', '1.3M']);
  });

  it('writes counts under ten thousand in full', () => {
    expect(tickLabels(range(1200, 1300, 20), { unit: 'count', locale: 'en-US' })).toEqual(['1,200', '1,220', '1,240', '1,260', '1,280', '1,300']);
  });

  it('puts the client’s currency on a money axis, with cents when the step has them', () => {
    expect(tickLabels(range(60, 70, 2.5), { unit: 'currency', locale: 'en-US', currency: 'USD' })).toEqual(['$60.00', '$62.50', '$65.00', '$67.50', '$70.00']);
    expect(plain(tickLabels(range(30, 40, 5), { unit: 'currency', locale: 'de-DE', currency: 'EUR' }))).toEqual(['30 €', '35 €', '40 €']);
    expect(tickLabels(range(0, 60_000, 20_000), { unit: 'currency', locale: 'en-GB', currency: 'GBP' })).toEqual(['£0', '£20k', '£40k', '£60k']);
  });

  it('marks a ratio axis with ×', () => {
    expect(tickLabels(range(3, 4, 0.25), { unit: 'ratio', locale: 'en-GB' })).toEqual(['3.00×', '3.25×', '3.50×', '3.75×', '4.00×']);
  });

  it('never repeats a label, whatever the step, start and locale', () => {
    const axes: TickAxis[] = ['en-US', 'de-DE', 'fr-FR', 'es-ES'].flatMap((locale) => [
      { unit: 'percent', locale },
      { unit: 'ratio', locale },
      { unit: 'count', locale },
      { unit: 'currency', locale, currency: 'EUR' },
      { unit: 'minutes', locale, duration: 'minutes' },
    ]);
    const step = fc.tuple(fc.constantFrom(1, 2, 2.5, 5), fc.integer({ min: -5, max: 6 })).map(([mantissa, exponent]) => mantissa * 10 ** exponent);
    fc.assert(
      fc.property(fc.constantFrom(...axes), step, fc.integer({ min: -10, max: 60 }), fc.integer({ min: 2, max: 11 }), (axis, size, first, count) => {
        const labels = tickLabels(ticks(first, size, count), axis);
        expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
      }),
      { numRuns: 500 },
    );
  });

  it('labels each tick with its own value, not a rounded neighbour', () => {
    // en-US labels parse back: "1.2M" → 1,200,000, "1.05%" → 0.0105, "1:20" → 80.
    const suffix: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
    const parse = (label: string, axis: TickAxis) => {
      if (axis.duration === 'hours') {
        const [h, m] = label.replace('-', '').split(':').map(Number);
        return (label.startsWith('-') ? -1 : 1) * (h! * 60 + m!);
      }
      const match = /^(-?)\$?([\d,.]+)([KMBT]?)/.exec(label.replace(/\s/g, ''))!;
      const value = Number(match[2]!.replace(/,/g, '')) * (suffix[match[3]!] ?? 1) * (match[1] ? -1 : 1);
      return axis.unit === 'percent' ? value / 100 : value;
    };
    const axes: TickAxis[] = [
      { unit: 'percent', locale: 'en-US' },
      { unit: 'ratio', locale: 'en-US' },
      { unit: 'count', locale: 'en-US' },
      { unit: 'currency', locale: 'en-US', currency: 'USD' },
      { unit: 'minutes', locale: 'en-US', duration: 'hours' },
    ];
    const step = fc.tuple(fc.constantFrom(1, 2, 2.5, 5), fc.integer({ min: -4, max: 6 })).map(([mantissa, exponent]) => mantissa * 10 ** exponent);
    fc.assert(
      fc.property(fc.constantFrom(...axes), step, fc.integer({ min: -10, max: 60 }), fc.integer({ min: 2, max: 11 }), (axis, size, first, count) => {
        // h:mm shows whole minutes: its steps are whole minutes too.
        const tickStep = axis.duration === 'hours' ? Math.max(1, Math.round(size)) : size;
        const values = ticks(first, tickStep, count);
        tickLabels(values, axis).forEach((label, i) => {
          expect(Math.abs(parse(label, axis) - values[i]!), `${label} for ${values[i]}`).toBeLessThanOrEqual(tickStep * 1e-6);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('lastDigit', () => {
  it('is the power of ten of the last significant digit, through float noise', () => {
    expect(lastDigit(0.0005)).toBe(-4);
    expect(lastDigit(0.0105 - 0.01)).toBe(-4);
    expect(lastDigit(2.5)).toBe(-1);
    expect(lastDigit(200_000)).toBe(5);
    expect(lastDigit(0.1 + 0.2)).toBe(-1);
    expect(lastDigit((0.03 - 0.02) * 100)).toBe(0);
  });
});
