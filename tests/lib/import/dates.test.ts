/** Dates as exports write them; dates without a year; months in five languages. */
import { describe, expect, it } from 'vitest';
import { dayOrderOf, parseDateParts, withYears } from '../../../src/lib/import/dates.ts';
import { monthOf } from '../../../src/lib/import/month-names.ts';

const full = (year: number, month: number, day: number) => ({ year, month, day });

describe('parseDateParts', () => {
  it.each([
    ['US numeric', '8/19/2015', full(2015, 8, 19)],
    ['US numeric with a time', '08/19/2024 10:30', full(2024, 8, 19)],
    ['US numeric with seconds and AM/PM', '8/19/2015 10:00:00 PM', full(2015, 8, 19)],
    ['a two-digit year', '8/19/15', full(2015, 8, 19)],
    ['German dotted', '19.08.2024', full(2024, 8, 19)],
    ['German dotted with a time', '28.09.2024 10:30', full(2024, 9, 28)],
    ['ISO', '2024-09-27', full(2024, 9, 27)],
    ['ISO with a time', '2024-09-27T00:00:00', full(2024, 9, 27)],
    ['a month name', 'Sep 27, 2024', full(2024, 9, 27)],
    ['a weekday and a month name', 'Sun, Aug 30, 2026', full(2026, 8, 30)],
    ['a day before the month', '27 September 2024', full(2024, 9, 27)],
    ['a dashed month name', '27-Sep-2024', full(2024, 9, 27)],
    ['German "Okt."', '27. Okt. 2024', full(2024, 10, 27)],
    ['German "Mrz"', '3. Mrz 2024', full(2024, 3, 3)],
    ['German "März"', '3. März 2024', full(2024, 3, 3)],
    ['French "févr."', '28 févr. 2024', full(2024, 2, 28)],
    ['French with a weekday "mar." (also March)', 'mar. 5 mars 2024', full(2024, 3, 5)],
    ['Spanish "28 de febrero de 2024"', '28 de febrero de 2024', full(2024, 2, 28)],
    ['Spanish "sept."', '2 sept. 2024', full(2024, 9, 2)],
    ['Portuguese "março"', '28 de março de 2024', full(2024, 3, 28)],
    ['Portuguese "out"', '5 out 2024', full(2024, 10, 5)],
    ['an ordinal', 'May 3rd, 2024', full(2024, 5, 3)],
  ])('reads %s: %j', (_name, cell, parts) => {
    expect(parseDateParts(cell)).toEqual(parts);
  });

  it("reads the date as written in its offset, never in the machine's time zone", () => {
    // 01:15 at +0200 is 23:15 on 31 May in UTC; the tweet says 1 June, and so does the import.
    expect(parseDateParts('2021-06-01 01:15 +0200')).toEqual(full(2021, 6, 1));
    expect(parseDateParts('2021-05-30 23:59 -0700')).toEqual(full(2021, 5, 30));
    expect(parseDateParts('2021-05-30T23:59:00-07:00')).toEqual(full(2021, 5, 30));
  });

  it('reads day-first numeric dates when the column says so', () => {
    expect(parseDateParts('01/10/2024', 'dmy')).toEqual(full(2024, 10, 1));
    expect(parseDateParts('01/10/2024', 'mdy')).toEqual(full(2024, 1, 10));
  });

  it.each([
    ['February 28', { month: 2, day: 28 }],
    ['28 févr.', { month: 2, day: 28 }],
    ['29 February', { month: 2, day: 29 }],
    ['Okt 3', { month: 10, day: 3 }],
  ])('reads %j without a year', (cell, parts) => {
    expect(parseDateParts(cell)).toEqual(parts);
  });

  it.each(['Lifetime', '', '2024-02-30', '13/13/2024', 'February 30', 'Sep 27 2024 and 28', 'Monday', '12345'])('rejects %j', (cell) => {
    expect(parseDateParts(cell)).toBeUndefined();
  });
});

describe('dayOrderOf', () => {
  it('is day-first as soon as one date starts above 12, US otherwise', () => {
    expect(dayOrderOf(['01/10/2024', '29/09/2024'])).toBe('dmy');
    expect(dayOrderOf(['09/01/2024', '09/29/2024'])).toBe('mdy');
    expect(dayOrderOf(['01/02/2024'])).toBe('mdy');
  });
});

describe('withYears', () => {
  const parts = (...cells: string[]) => cells.map((cell) => parseDateParts(cell));

  it('gives the first date --year and carries it on', () => {
    expect(withYears(parts('February 27', 'February 28', 'March 1'), 2026)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });

  it('wraps past New Year in a chronological series', () => {
    expect(withYears(parts('December 30', 'December 31', 'January 1', 'January 2'), 2024)).toEqual(['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02']);
  });

  it('wraps backwards in a series that runs newest first', () => {
    expect(withYears(parts('January 2', 'January 1', 'December 31'), 2025)).toEqual(['2025-01-02', '2025-01-01', '2024-12-31']);
  });

  it('keeps dates that name their year, and anchors yearless ones on them', () => {
    expect(withYears(parts('Dec 31, 2023', 'January 1'), undefined)).toEqual(['2023-12-31', '2024-01-01']);
  });

  it('cannot date a yearless first date without --year', () => {
    expect(withYears(parts('February 28'), undefined)).toEqual([undefined]);
  });

  it('leaves unreadable cells undated without breaking the chain', () => {
    expect(withYears([...parts('December 31'), undefined, ...parts('January 1')], 2024)).toEqual(['2024-12-31', undefined, '2025-01-01']);
  });
});

describe('monthOf', () => {
  it.each([
    ['Jan', 1],
    ['janv.', 1],
    ['ene', 1],
    ['janeiro', 1],
    ['Feb', 2],
    ['févr.', 2],
    ['fevr', 2],
    ['fev', 2],
    ['Februar', 2],
    ['März', 3],
    ['Mär', 3],
    ['mars', 3],
    ['marzo', 3],
    ['março', 3],
    ['abr', 4],
    ['avr.', 4],
    ['Mai', 5],
    ['mayo', 5],
    ['Juni', 6],
    ['juin', 6],
    ['juil.', 7],
    ['Juli', 7],
    ['ago', 8],
    ['août', 8],
    ['Sept', 9],
    ['set', 9],
    ['setembro', 9],
    ['Okt', 10],
    ['out', 10],
    ['Oktober', 10],
    ['nov.', 11],
    ['Dez', 12],
    ['déc.', 12],
    ['dic', 12],
    ['dezembro', 12],
  ])('%j is month %i', (word, month) => {
    expect(monthOf(word)).toBe(month);
  });

  it.each(['ju', 'jui', 'Sun', 'Lifetime', 'total'])('%j is no month', (word) => {
    expect(monthOf(word)).toBeUndefined();
  });
});
