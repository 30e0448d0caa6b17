/**
 * One golden case per format and variant (tests/fixtures/imports/<case>/): the export must be
 * recognised by its columns, every column must be mapped or ignored exactly as case.json says,
 * and the snapshots an empty client gets must be expected.csv (one month) or expected/<YYYY-MM>.csv
 * (several), byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/import/detect.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { FORMATS } from '../../../src/lib/import/formats/index.ts';
import { caseTable, importCases, planCase } from './cases.ts';

const cases = importCases();

describe.each(cases)('$name', (c) => {
  it(`is recognised as ${c.format} by its header`, () => {
    expect(detectFormat(caseTable(c))?.id).toBe(c.format);
  });

  if (c.error) {
    it('cannot be imported, and says why', () => {
      expect(() => planCase(c)).toThrow(ImportError);
      expect(() => planCase(c)).toThrow(c.error);
    });
    return;
  }

  it('maps and ignores every column as case.json says', () => {
    const plan = planCase(c);
    expect(Object.fromEntries(plan.mapped.map((m) => [m.source, m.metric]))).toEqual(c.mapped);
    expect(Object.fromEntries(plan.ignored.map((i) => [i.label, i.reason]))).toEqual(c.ignored);
    expect(plan.files.flatMap((file) => file.notes)).toEqual(c.notes ?? []);
  });

  it(`imports ${Object.keys(c.expected).join(', ')} as expected`, () => {
    const plan = planCase(c);
    expect(plan.files.filter((file) => file.changes.length).map((file) => file.period)).toEqual(Object.keys(c.expected));
    for (const file of plan.files.filter((f) => f.changes.length)) expect(file.text, file.period).toBe(c.expected[file.period]);
  });
});

describe('the golden cases', () => {
  it('cover every format', () => {
    expect(new Set(cases.map((c) => c.format))).toEqual(new Set(FORMATS.map((format) => format.id)));
  });
});
