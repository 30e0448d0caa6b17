import { describe, expect, it } from 'vitest';
import { formatter } from '../../../src/lib/reports/format.ts';

// Intl output uses narrow no-break spaces in some locales; compare with those normalised.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatter', () => {
  const uk = formatter('en-GB', 'GBP');
  const de = formatter('de-DE', 'EUR');

  it('formats each KPI unit in the locale', () => {
    expect(uk.value(0.0364, 'percent')).toBe('3.64%');
    expect(plain(de.value(0.0364, 'percent'))).toBe('3,64 %');
    expect(uk.value(33152.06, 'currency')).toBe('£33,152.06');
    expect(plain(de.value(33152.06, 'currency'))).toBe('33.152,06 €');
    expect(uk.value(3127725, 'count')).toBe('3,127,725');
    expect(uk.value(4.25, 'ratio')).toBe('4.25×');
  });

  it('formats durations in minutes and hours', () => {
    expect(uk.value(42.4, 'minutes')).toBe('42 mins');
    expect(uk.value(65, 'minutes')).toBe('1 hr 5 mins');
    expect(uk.value(120, 'minutes')).toBe('2 hrs');
  });

  it('signs changes and names months', () => {
    expect(uk.change(0.123)).toBe('+12.3%');
    expect(uk.change(-0.04)).toBe('-4.0%');
    expect(uk.period('2026-10')).toBe('October 2026');
    expect(de.period('2026-03')).toBe('März 2026');
  });
});
