/** The shared reader, one quirk at a time. */
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/import/decode.ts';
import { detectDelimiter, readTable, readTableText } from '../../../src/lib/import/read-table.ts';
import { utf16be, utf16le, utf8, windows1252 } from './bytes.ts';

const SIMPLE = 'Date,Views\n2024-09-01,10\n2024-09-02,12\n';

describe('decoding', () => {
  it('drops a UTF-8 BOM, so the first header is "Date" and not "\\uFEFFDate"', () => {
    const table = readTable(utf8(SIMPLE, true));
    expect(table.encoding).toBe('utf-8');
    expect(table.header).toEqual(['Date', 'Views']);
  });

  it('reads UTF-16 LE with a BOM', () => {
    const table = readTable(utf16le('Date,Views\r\n2024-09-01,10\r\n'));
    expect(table.encoding).toBe('utf-16le');
    expect(table.header).toEqual(['Date', 'Views']);
    expect(table.rows).toEqual([{ line: 2, cells: ['2024-09-01', '10'] }]);
  });

  it('reads UTF-16 BE with a BOM', () => {
    const table = readTable(utf16be('Date,Views\n2024-09-01,10\n'));
    expect(table.encoding).toBe('utf-16be');
    expect(table.rows[0]!.cells).toEqual(['2024-09-01', '10']);
  });

  it('recognises UTF-16 LE without a BOM by its NUL bytes', () => {
    expect(decodeBytes(utf16le(SIMPLE, false))).toEqual({ text: SIMPLE, encoding: 'utf-16le' });
  });

  it('reads a UTF-8 file with a stray Latin-1 byte as UTF-8, and only that byte as Windows-1252', () => {
    const bytes = Buffer.concat([Buffer.from('City - Göteborg,City - Catalu', 'utf8'), Buffer.from([0xf1]), Buffer.from('a\n1,2\n', 'utf8')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'City - Göteborg,City - Cataluña\n1,2\n', encoding: 'utf-8' });
  });

  it('reads a file Excel saved as Windows-1252 (not valid UTF-8)', () => {
    const { text, encoding } = decodeBytes(windows1252('Title,Views\nCafé – Tour,3\n'));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('Title,Views\nCafé – Tour,3\n');
  });
});

describe('framing', () => {
  it('takes the delimiter from a "sep=," first line and numbers lines as in the file', () => {
    const table = readTableText('sep=,\n"Facebook reach"\n"Date","Primary"\n"2024-09-01T00:00:00","12"\n');
    expect(table.delimiter).toBe(',');
    expect(table.preamble).toEqual(['Facebook reach']);
    expect(table.header).toEqual(['Date', 'Primary']);
    expect(table.headerLine).toBe(3);
    expect(table.rows).toEqual([{ line: 4, cells: ['2024-09-01T00:00:00', '12'] }]);
  });

  it('takes ";" from "sep=;" even when commas would split more', () => {
    const table = readTableText('sep=;\nName;Views\nA, B and C;1,5\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]!.cells).toEqual(['A, B and C', '1,5']);
  });

  it.each([
    [',', 'Date,Views,Likes\n2024-09-01,10,1\n2024-09-02,12,2\n'],
    [';', 'Date;Views;Likes\n01.09.2024;10;1\n02.09.2024;12;2\n'],
    ['\t', 'Date\tViews\tLikes\n2024-09-01\t10\t1\n'],
    // Decimal commas: more commas than semicolons on some lines, but only ";" splits every line alike.
    [';', 'Date;Rate;Views\n01.09.2024;0,0473;1,5\n02.09.2024;0,05;2,25\n03.09.2024;0,1;3\n'],
    // A comma inside quotes does not count.
    [';', 'Title;Views\n"Hello, world";3\n"A, b, c";4\n'],
  ])('detects the delimiter %j', (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
    expect(readTableText(text).delimiter).toBe(delimiter);
  });

  it('reads a file where every field is quoted, with quotes and line breaks inside fields', () => {
    const table = readTableText('"Post","Views"\n"She said ""hi""","4"\n"Two\nlines","5"\n"Last","6"\n');
    expect(table.rows).toEqual([
      { line: 2, cells: ['She said "hi"', '4'] },
      { line: 3, cells: ['Two\nlines', '5'] },
      { line: 5, cells: ['Last', '6'] },
    ]);
  });

  it('skips blank rows and rows of empty cells but keeps line numbers true', () => {
    const table = readTableText('Date,Views\n\n2024-09-01,10\n,\n2024-09-02,12\n');
    expect(table.rows.map((row) => row.line)).toEqual([3, 5]);
  });
});

describe('rows around the data', () => {
  it('sets a sentence in row 1 apart as preamble (LinkedIn saved from .xls)', () => {
    const table = readTableText(
      '"All posts are listed by the date they were created.",,,\nPost title,Created date,Impressions,Clicks\nHello,09/05/2024,100,3\n',
    );
    expect(table.preamble).toEqual(['All posts are listed by the date they were created.']);
    expect(table.header).toEqual(['Post title', 'Created date', 'Impressions', 'Clicks']);
    expect(table.headerLine).toBe(2);
  });

  it('sets a second header row of descriptions apart (legacy Facebook Insights)', () => {
    const table = readTableText(
      'Date,Lifetime Total Likes,Daily Total Reach\n' +
        ',"Lifetime: The total number of people who have liked your Page. (Unique Users)","Daily: The number of people who have seen any content associated with your Page. (Unique Users)"\n' +
        '8/19/2015,2301,1804\n8/20/2015,2305,1912\n',
    );
    expect(table.descriptions?.[1]).toMatch(/^Lifetime: The total number of people/);
    expect(table.rows.map((row) => row.cells[0])).toEqual(['8/19/2015', '8/20/2015']);
  });

  it('sets descriptions apart when breakdown columns have none (a group is described once)', () => {
    const table = readTableText(
      'Date,Daily Total Reach,Daily Like Sources - hovercard,Daily Like Sources - mobile\n' +
        ',"Daily: The number of people who have seen any content. (Unique Users)","Daily: The number of people who liked your Page, by source. (Unique Users)",\n' +
        '1/30/2014,300,,1\n1/31/2014,320,2,\n',
    );
    expect(table.descriptions?.[3]).toBe('');
    expect(table.rows.map((row) => row.line)).toEqual([3, 4]);
  });

  it('does not take a first data row with a blank cell and a word for descriptions', () => {
    const table = readTableText('Title,Views,Likes\nHello,10,\nWorld,12,3\n');
    expect(table.descriptions).toBeUndefined();
    expect(table.rows).toHaveLength(2);
  });

  it('does not take a first data row for descriptions', () => {
    const table = readTableText('Post,Views\nHello,10\nWorld,12\n');
    expect(table.descriptions).toBeUndefined();
    expect(table.rows).toHaveLength(2);
  });

  it('sets a Total row apart when it comes first (YouTube Studio)', () => {
    const table = readTableText('Content,Video title,Views\nTotal,,2871\nabc,How to,1402\ndef,Guide,1011\n');
    expect(table.totals).toEqual({ line: 2, cells: ['Total', '', '2871'] });
    expect(table.rows.map((row) => row.cells[0])).toEqual(['abc', 'def']);
  });

  it('sets a Total row apart when it comes last, in another language', () => {
    const table = readTableText('Inhalt,Aufrufe\nabc,1402\ndef,988\nGesamt,2390\n');
    expect(table.totals?.cells).toEqual(['Gesamt', '2390']);
    expect(table.rows).toHaveLength(2);
  });

  it('leaves a row that merely mentions "total" in the middle alone', () => {
    const table = readTableText('Post,Views\nA,1\nTotal,2\nB,3\n');
    expect(table.totals).toBeUndefined();
    expect(table.rows).toHaveLength(3);
  });
});

describe('several series in one file', () => {
  it('sets each series apart under its own name, keeping line numbers true', () => {
    const table = readTableText(
      '"Instagram link clicks"\r\n"Date"\t"Primary"\r\n"2025-01-30T00:00:00"\t"40"\r\n\r\n"Instagram follows"\r\n"Date"\t"Primary"\r\n"2025-01-30T00:00:00"\t"1"\r\n',
    );
    expect(table.delimiter).toBe('\t');
    expect(table.sections).toEqual([
      { title: 'Instagram link clicks', headerLine: 2 },
      { title: 'Instagram follows', headerLine: 6 },
    ]);
    expect(table.rows).toEqual([
      { line: 3, cells: ['2025-01-30T00:00:00', '40'] },
      { line: 7, cells: ['2025-01-30T00:00:00', '1'], section: 1 },
    ]);
  });
});

describe('damage', () => {
  it('notices every line wrapped in quotes', () => {
    const table = readTableText('"Post ID,""Account ID"",Views"\n"1,""17841"",52"\n"2,""17841"",60"\n');
    expect(table.damage).toEqual({ kind: 'wrapped-lines', line: 1, columns: ['Post ID', 'Account ID', 'Views'] });
    expect(table.header).toEqual([]);
  });

  it('does not take a one-cell title above a table for damage', () => {
    expect(readTableText('"Facebook reach, daily, all pages"\nDate,Primary\n2025-01-01,3\n2025-01-02,4\n').damage).toBeUndefined();
  });

  it('notices a sep= line that splits no line', () => {
    expect(readTableText('sep=,\nDate;Primary\n2025-01-01;3\n').damage).toEqual({ kind: 'separator', declared: ',', actual: ';' });
  });
});

describe("the file's decimal mark", () => {
  it.each([
    ['"4647.0" float counts', 'Views\n4647.0\n12\n', '.'],
    ['"0,0473" decimal commas', 'Rate;Views\n0,0473;12\n', ','],
    ['"1,234,567" comma thousands', 'Views,Likes\n"1,234,567",3\n', '.'],
    ['"1.234.567" dot thousands', 'Views;Likes\n1.234.567;3\n', ','],
    ['"1.234,5" both marks', 'Views;Likes\n"1.234,5";3\n', ','],
    ['"12,345" alone: no evidence, "," delimiter', 'Views,Likes\n"12,345",3\n', '.'],
    ['"12.345" alone: no evidence, ";" delimiter', 'Views;Likes\n12.345;3\n', ','],
    ['dates such as "19.08.2024" are not evidence', 'Date,Views\n19.08.2024,3\n', '.'],
  ])('%s → %j', (_name, text, mark) => {
    expect(readTableText(text).decimal).toBe(mark);
  });
});
