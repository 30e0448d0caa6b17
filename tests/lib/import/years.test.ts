/**
 * Dates never silently wrong: a date without a year is anchored to a date the file states
 * (TikTok Content's export date in "Time") or to --year, and when neither settles it the import
 * stops and asks. The summary says which rule gave the years.
 */
import { describe, expect, it } from 'vitest';
import { anchoredDate } from '../../../src/lib/import/dates.ts';
import { planImport, type ImportRequest } from '../../../src/lib/import/plan.ts';
import { utf8 } from './bytes.ts';
import { acmeRequest, importFailure } from './requests.ts';

function plan(text: string, options: Partial<ImportRequest> = {}) {
  return planImport({
    file: 'Content.csv',
    bytes: utf8(text),
    ...acmeRequest(),
    ...options,
  });
}

const HEADER = '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"\n';
const video = (time: string, posted: string, views: number) => `"${time}","A video","https://www.tiktok.com/@k/video/1","${posted}","1","0","0","${views}"\n`;
/** Sorted by views, as TikTok sorts them: the dates go up and down. */
const BY_VIEWS =
  HEADER +
  video('January 13', 'December 28', 500) +
  video('January 13', 'January 10', 400) +
  video('January 13', 'December 2', 300) +
  video('January 13', 'January 2', 200);

describe('anchoredDate', () => {
  it.each([
    [{ month: 12, day: 28 }, { year: 2026, month: 1, day: 13 }, '2025-12-28'],
    [{ month: 1, day: 13 }, { year: 2026, month: 1, day: 13 }, '2026-01-13'],
    [{ month: 1, day: 14 }, { year: 2026, month: 1, day: 13 }, '2025-01-14'],
    [{ month: 2, day: 29 }, { year: 2026, month: 3, day: 1 }, '2024-02-29'],
  ])('puts %j on or before %j: %s', (parts, anchor, date) => {
    expect(anchoredDate(parts, anchor)).toBe(date);
  });
});

describe('TikTok Content: post times without a year, sorted by views', () => {
  it('anchors every post on or before the export date, whatever the order of the rows', () => {
    const result = plan(BY_VIEWS, { year: 2026 });
    expect(result.files.map((file) => [file.period, file.from, file.to, file.rows])).toEqual([
      ['2025-12', '2025-12-02', '2025-12-28', 2],
      ['2026-01', '2026-01-02', '2026-01-10', 2],
    ]);
    expect(result.years).toBe('Dates without a year in "Post time" are placed on or before the export date in "Time", "January 13" in 2026 (--year)');
  });

  it('needs no --year when the export date has one', () => {
    const text = HEADER + video('2026-01-13', 'December 28', 500) + video('2026-01-13', 'January 10', 400);
    const result = plan(text);
    expect(result.files.map((file) => file.period)).toEqual(['2025-12', '2026-01']);
    expect(result.years).toBe('Dates without a year in "Post time" are placed on or before the export date in "Time", "2026-01-13"');
  });

  it('asks for --year when the export date has no year either', () => {
    const error = importFailure(() => plan(BY_VIEWS));
    expect(error.kind).toBe('usage');
    expect(error.message).toBe(
      'Content.csv has dates without a year in "Post time" (such as "December 28"), and its export date in "Time" has none either ("January 13"): pass --year YYYY, the year the file was exported',
    );
  });

  it("reads the app's language: Russian and Japanese dates", () => {
    const russian = HEADER + video('18 января', '10 января', 300) + video('18 января', '28 декабря', 200);
    expect(plan(russian, { year: 2026 }).files.map((file) => file.period)).toEqual(['2025-12', '2026-01']);
    const japanese = HEADER + video('9月13日', '9月6日', 300) + video('9月13日', '8月30日', 200);
    expect(plan(japanese, { year: 2026 }).files.map((file) => [file.period, file.from])).toEqual([
      ['2026-08', '2026-08-30'],
      ['2026-09', '2026-09-06'],
    ]);
  });

  it('names a row whose export date cannot be read', () => {
    const error = importFailure(() => plan(HEADER + video('January 13', 'January 10', 5) + video('soon', 'January 2', 4), { year: 2026 }));
    expect(error.problems).toEqual([
      {
        file: 'Content.csv',
        line: 3,
        column: 1,
        field: 'Time',
        message: '"soon" is not a date',
        expected: 'the date the file was exported, which "Post time" is counted back from',
      },
    ]);
  });
});

describe('daily series without a year', () => {
  const overview =
    '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n"December 30","10","1","1","0","0"\n"December 31","12","1","1","0","0"\n"January 1","9","1","1","0","0"\n';

  it('start in --year and run on past New Year, and the summary says so', () => {
    const result = plan(overview, { file: 'Overview.csv', year: 2025 });
    expect(result.files.map((file) => file.period)).toEqual(['2025-12', '2026-01']);
    expect(result.years).toBe(
      'Dates without a year: the first row is in 2025 (--year), and each next one follows on from the row before, past New Year if it comes',
    );
  });

  it('ask for --year, never guess it', () => {
    const error = importFailure(() => plan(overview, { file: 'Overview.csv' }));
    expect(error.kind).toBe('usage');
    expect(error.message).toBe('Overview.csv has dates without a year (such as "December 30"): pass --year YYYY, the year of its first row');
  });
});

describe('posts without a year and no export date', () => {
  it('take --year, and without it the import asks', () => {
    const text = 'Video title,Post time,Total likes\nA,March 3,4\nB,February 28,2\n';
    expect(importFailure(() => plan(text)).message).toBe(
      'Content.csv has dates without a year (such as "March 3"), and nothing in the file says their year: pass --year YYYY, the year of its rows',
    );
    const result = plan(text, { year: 2026 });
    expect(result.files.map((file) => file.period)).toEqual(['2026-02', '2026-03']);
    expect(result.years).toBe('Dates without a year are taken to be in 2026 (--year)');
  });
});
