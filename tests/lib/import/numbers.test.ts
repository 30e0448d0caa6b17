/** Numbers as exports write them, and "no value", which is never 0. */
import { describe, expect, it } from 'vitest';
import { formatNumber, isMissing, parseNumber } from '../../../src/lib/import/numbers.ts';

const number = (value: number, percent = false) => ({ kind: 'number', value, percent });

describe('parseNumber', () => {
  it.each([
    ['plain counts', '4647', '.', 4647],
    ['float counts', '4647.0', '.', 4647],
    ['decimals', '141.3861', '.', 141.3861],
    ['E-notation', '1.2E+4', '.', 12000],
    ['lowercase E-notation with a negative exponent', '5e-1', '.', 0.5],
    ['E-notation with a decimal comma', '1,2E+4', ',', 12000],
    ['comma thousands', '12,345', '.', 12345],
    ['comma thousands with decimals', '1,234,567.5', '.', 1234567.5],
    ['dot thousands under a decimal comma', '12.345', ',', 12345],
    ['dot thousands and a decimal comma', '1.234,5', ',', 1234.5],
    ['a decimal comma', '0,0473', ',', 0.0473],
    ['space thousands', '12 345', '.', 12345],
    ['no-break space thousands', '12\u00a0345', ',', 12345],
    ['narrow no-break space thousands', '1\u202f234\u202f567', ',', 1234567],
    ['a dot under a decimal point is a decimal', '12.345', '.', 12.345],
    ['surrounding spaces', '  42 ', '.', 42],
    ['a fraction', '0.045', '.', 0.045],
    ['a negative number', '-12', '.', -12],
  ])('reads %s: %j', (_name, cell, decimal, value) => {
    expect(parseNumber(cell, decimal as '.' | ',')).toEqual(number(value));
  });

  it.each([
    ['4.5%', '.', 0.045],
    ['10.00%', '.', 0.1],
    ['4,5 %', ',', 0.045],
    ['57%', '.', 0.57],
  ])('reads the percentage %j as a fraction, marked as a percentage', (cell, decimal, value) => {
    expect(parseNumber(cell, decimal as '.' | ',')).toEqual(number(value, true));
  });

  it.each(['', '  ', '-', '--', '—', 'undefined', 'N/A', 'null'])('reads %j as missing, never 0', (cell) => {
    expect(parseNumber(cell)).toEqual({ kind: 'missing' });
    expect(isMissing(cell)).toBe(true);
  });

  it.each([
    ['words', 'Lifetime', '.'],
    ['a date', '8/19/2015', '.'],
    ['broken groups', '12,34,5', '.'],
    ['a comma under a decimal comma that is not a group', '1,2,3', ','],
    ['a duration', '52h:10m:03s', '.'],
  ])('reads %s (%j) as text', (_name, cell, decimal) => {
    expect(parseNumber(cell, decimal as '.' | ',')).toEqual({ kind: 'text' });
  });
});

describe('formatNumber', () => {
  it('writes plain decimal notation, never an exponent', () => {
    expect(formatNumber(12000)).toBe('12000');
    expect(formatNumber(157.96)).toBe('157.96');
    expect(formatNumber(1e-7)).toBe('0.0000001');
  });
});
