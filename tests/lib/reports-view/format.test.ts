import { describe, expect, it } from 'vitest';
import { formatter } from '../../../src/lib/reports/format.ts';
import { parsePeriod, reportPeriods } from '../../../src/lib/reports/periods.ts';

// Intl output uses narrow no-break spaces in some locales; compare with those normalised.
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

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
    expect(uk.period(parsePeriod('2026-10'))).toBe('October 2026');
    expect(de.period(parsePeriod('2026-03'))).toBe('März 2026');
    expect(uk.shortPeriod(parsePeriod('2026-10'))).toBe('Oct 26');
  });

  it('names quarters from the catalogue and years with Intl, in each report language', () => {
    const q3 = parsePeriod('2026-Q3');
    expect(uk.period(q3)).toBe('Q3 2026');
    expect(de.period(q3)).toBe('Q3 2026');
    expect(formatter('fr-FR', 'EUR').period(q3)).toBe('T3 2026');
    expect(formatter('es-ES', 'EUR').period(q3)).toBe('T3 2026');
    expect(uk.period(parsePeriod('2026'))).toBe('2026');
    expect(uk.shortPeriod(q3)).toBe('Q3 2026');
  });

  it('names the months a partial quarter or year covers', () => {
    // The demo's data: May 2025 to October 2026.
    const { quarter, year } = reportPeriods(['2025-05', '2026-10']);
    expect(plain(uk.period(year[0]!))).toBe('2025, May – December');
    expect(plain(uk.period(year[1]!))).toBe('2026, January – October');
    expect(plain(de.period(year[1]!))).toBe('2026, Januar – Oktober');
    expect(plain(formatter('fr-FR', 'EUR').period(year[1]!))).toBe('2026, janvier – octobre');
    expect(plain(formatter('es-ES', 'EUR').period(year[1]!))).toBe('2026, enero – octubre');
    expect(uk.period(quarter[0]!)).toMatch(/^Q2 2025, May\W+June$/);
    expect(uk.period(quarter.at(-1)!)).toBe('Q4 2026, October');
    // The short form names the calendar period only.
    expect(uk.shortPeriod(year[1]!)).toBe('2026');
  });
});

describe('formatter value texts', () => {
  // Texts are kept per unit (Intl is the costliest step of a page); −0 and 0 share a Map key.
  it('gives the same text as Intl, first time or again, −0 included', () => {
    const fmt = formatter('de-DE', 'EUR');
    const percent = new Intl.NumberFormat('de-DE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
    for (const value of [0.0469, 0, -0, 0.0469, -0.001]) expect(fmt.value(value, 'percent')).toBe(percent.format(value));
    expect(fmt.value(1234.5, 'currency')).toBe(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5));
  });
});
