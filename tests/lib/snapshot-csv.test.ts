import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { problemLines } from '../../src/lib/problems.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { parseSnapshotCsv } from '../../src/lib/snapshot-csv.ts';

const FILE = 'clients/acme/snapshots/2026-02.csv';
const parse = (text: string, period = '2026-02') => parseSnapshotCsv(text, FILE, period);
const messages = (text: string, period = '2026-02') => parse(text, period).problems.map((p) => formatProblem(p));
const lines = (...rows: string[]) => rows.join('\n') + '\n';

describe('parseSnapshotCsv: valid files', () => {
  const monthly = lines('platform,impressions,likes', 'instagram,1200,30', 'facebook,800,');

  it('types cells as numbers and reads the header', () => {
    const { snapshot, problems } = parse(monthly);
    expect(problems).toEqual([]);
    expect(snapshot).toEqual({
      file: FILE,
      period: '2026-02',
      metrics: ['impressions', 'likes'],
      columnOf: { impressions: 2, likes: 3 },
      platformColumn: 1,
      daily: false,
      rows: [
        { line: 2, platform: 'instagram', date: undefined, values: { impressions: 1200, likes: 30 } },
        { line: 3, platform: 'facebook', date: undefined, values: { impressions: 800 } },
      ],
    });
  });

  it('leaves an empty cell out of the values instead of storing 0', () => {
    const facebook = parse(monthly).snapshot!.rows[1]!;
    expect(facebook.values).not.toHaveProperty('likes');
    expect(facebook.values.likes).toBeUndefined();
  });

  it('keeps a literal 0 and decimals', () => {
    const { snapshot } = parse(lines('platform,spend', 'instagram,0', 'facebook,12.50'));
    expect(snapshot!.rows.map((r) => r.values)).toEqual([{ spend: 0 }, { spend: 12.5 }]);
  });

  it('reads a BOM + CRLF file exactly like the LF one', () => {
    const crlf = '\uFEFFplatform,impressions,likes\r\ninstagram,1200,30\r\nfacebook,800,\r\n';
    expect(parse(crlf)).toEqual(parse(monthly));
  });

  it('reads daily rows with a date column', () => {
    const { snapshot, problems } = parse(lines('platform,date,impressions', 'instagram,2026-02-01,10', 'instagram,2026-02-02,20'));
    expect(problems).toEqual([]);
    expect(snapshot!.daily).toBe(true);
    expect(snapshot!.metrics).toEqual(['impressions']);
    expect(snapshot!.columnOf).toEqual({ impressions: 3 });
    expect(snapshot!.rows).toEqual([
      { line: 2, platform: 'instagram', date: '2026-02-01', values: { impressions: 10 } },
      { line: 3, platform: 'instagram', date: '2026-02-02', values: { impressions: 20 } },
    ]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parse(lines('platform,date,likes', 'instagram,2024-02-29,1'), '2024-02').problems).toEqual([]);
  });

  it('counts lines of a quoted cell with a newline so later rows keep their file line', () => {
    const text = lines('platform,impressions,likes', '"insta', 'gram",10,1', 'facebook,x,2');
    expect(messages(text)).toEqual([
      `${FILE}:2:1: platform: "insta\\ngram" is not a platform id (expected a lowercase id such as "instagram")`,
      `${FILE}:4:2: impressions: "x" is not a number (expected a plain number such as 12345.67, or an empty cell for "not measured")`,
    ]);
  });

  it('skips blank lines but keeps counting them', () => {
    const { snapshot } = parse(lines('platform,likes', '', 'instagram,1', '', 'facebook,2'));
    expect(snapshot!.rows.map((r) => [r.platform, r.line])).toEqual([
      ['instagram', 3],
      ['facebook', 5],
    ]);
  });
});

describe('parseSnapshotCsv: cell problems', () => {
  it('names line, column and metric of a non-numeric cell, with a hint per kind of mistake', () => {
    const text = lines('platform,impressions,likes,shares,saves', 'instagram,"1,234",12%,-5,2.8k');
    expect(messages(text)).toEqual([
      `${FILE}:2:2: impressions: "1,234" is not a number (expected a plain number such as 12345.67, without thousands separators)`,
      `${FILE}:2:3: likes: "12%" is not a number (expected a count, not a percentage; KPIs compute rates from counts)`,
      `${FILE}:2:4: shares: "-5" is not a number (expected zero or more; metrics are never negative)`,
      `${FILE}:2:5: saves: "2.8k" is not a number (expected a plain number such as 12345.67, or an empty cell for "not measured")`,
    ]);
  });

  it('drops a row that has a bad cell', () => {
    expect(parse(lines('platform,likes', 'instagram,abc', 'facebook,3')).snapshot!.rows.map((r) => r.platform)).toEqual(['facebook']);
  });

  it('reports a row with the wrong number of cells', () => {
    const { problems } = parse(lines('platform,impressions,likes', 'instagram,1', 'facebook,1,2,3'));
    expect(problems).toEqual([
      { file: FILE, line: 2, message: 'has 2 cells', expected: '3, one per header column' },
      { file: FILE, line: 3, message: 'has 4 cells', expected: '3, one per header column' },
    ]);
  });

  it('reports a platform that is not a lowercase id', () => {
    expect(messages(lines('platform,likes', 'Instagram,1'))).toEqual([
      `${FILE}:2:1: platform: "Instagram" is not a platform id (expected a lowercase id such as "instagram")`,
    ]);
  });
});

describe('parseSnapshotCsv: duplicates and dates', () => {
  it('reports a second row for the same platform and keeps the first', () => {
    const { snapshot } = parse(lines('platform,likes', 'instagram,1', 'facebook,2', 'instagram,3'));
    expect(messages(lines('platform,likes', 'instagram,1', 'facebook,2', 'instagram,3'))).toEqual([
      `${FILE}:4: platform: duplicate row for instagram (first on line 2) (expected one row per platform)`,
    ]);
    expect(snapshot!.rows.map((r) => r.values.likes)).toEqual([1, 2]);
  });

  it('reports a second row for the same platform and date', () => {
    expect(messages(lines('platform,date,likes', 'instagram,2026-02-01,1', 'instagram,2026-02-02,1', 'instagram,2026-02-01,2'))).toEqual([
      `${FILE}:4: platform: duplicate row for instagram on 2026-02-01 (first on line 2) (expected one row per platform and date)`,
    ]);
  });

  it('reports a date outside the file period', () => {
    expect(messages(lines('platform,date,likes', 'instagram,2026-03-01,1'))).toEqual([
      `${FILE}:2:2: date: 2026-03-01 is outside the file's period 2026-02 (expected a date in 2026-02)`,
    ]);
  });

  it('reports a date that does not exist or is not YYYY-MM-DD', () => {
    expect(messages(lines('platform,likes,date', 'instagram,1,2026-02-30', 'facebook,1,01/02/2026'))).toEqual([
      `${FILE}:2:3: date: "2026-02-30" is not a date (expected YYYY-MM-DD within 2026-02)`,
      `${FILE}:3:3: date: "01/02/2026" is not a date (expected YYYY-MM-DD within 2026-02)`,
    ]);
  });
});

describe('parseSnapshotCsv: header and file problems', () => {
  it('reports a header without a platform column once, on the header, and reads no row', () => {
    const { snapshot, problems } = parse(lines('impressions,likes', '100,1', '200,2', '300,3'));
    expect(problems).toEqual([
      {
        file: FILE,
        line: 1,
        field: 'platform',
        message: 'the header has no "platform" column',
        expected: 'a "platform" column, anywhere in the header, naming the platform of each row',
      },
    ]);
    expect(snapshot!.rows).toEqual([]);
  });

  it('reports the cell meant as platform once, not as a metric too, and not every row', () => {
    for (const name of ['network', 'Platform', 'plattform']) {
      expect(messages(lines(`impressions,${name},likes`, '1,instagram,2', 'x,facebook,3', '3,facebook'))).toEqual([
        `${FILE}:1:2: platform: ${JSON.stringify(name)} is not "platform" (expected a column named exactly "platform", in lowercase)`,
      ]);
    }
  });

  it('reports a column that appears twice, at its second position', () => {
    expect(messages(lines('platform,likes,impressions,likes', 'instagram,1,2,3'))).toEqual([
      `${FILE}:1:4: likes: column appears twice (expected each metric once)`,
    ]);
  });

  it('reports column names that are not metric ids, including an empty one', () => {
    expect(messages(lines('platform,Likes,video-views,', 'instagram,1,2,3'))).toEqual([
      `${FILE}:1:2: Likes: "Likes" is not a metric id (expected lowercase metric ids from metrics.yaml, such as "impressions")`,
      `${FILE}:1:3: video-views: "video-views" is not a metric id (expected lowercase metric ids from metrics.yaml, such as "impressions")`,
      `${FILE}:1:4: column 4: "" is not a metric id (expected lowercase metric ids from metrics.yaml, such as "impressions")`,
    ]);
  });

  it('reports an empty file on line 1 without a snapshot', () => {
    for (const text of ['', '\uFEFF', '\n\n  \n']) {
      const result = parse(text);
      expect(result.snapshot).toBeUndefined();
      expect(result.problems.map((p) => formatProblem(p))).toEqual([
        `${FILE}:1: is empty (expected a header line "platform,<metric ids>" and one row per platform)`,
      ]);
    }
  });

  it('reports a header-only file', () => {
    const { snapshot, problems } = parse('platform,likes\n');
    expect(problems).toEqual([{ file: FILE, line: 1, message: 'has a header but no rows', expected: 'one row per platform' }]);
    expect(snapshot!.rows).toEqual([]);
  });

  it('reports an unclosed quote on the line where the quote opens, not at the end of the file', () => {
    const { snapshot, problems } = parse(lines('platform,likes', 'instagram,"12', 'facebook,3', 'tiktok,4', 'x,5'));
    expect(snapshot).toBeUndefined();
    expect(problems.map((p) => formatProblem(p))).toEqual([
      `${FILE}:2: CSV syntax error: a quoted cell is never closed (expected a closing " for the cell that starts on this line)`,
    ]);
  });

  it('ignores escaped quotes when looking for the unclosed one', () => {
    const { problems } = parse('platform,likes\r\n"in""sta",1\r\nfacebook,"3\r\ntiktok,4\r\n');
    expect(problems.map((p) => p.line)).toEqual([3]);
  });

  it('keeps line numbers right after a multi-line quoted cell in a CRLF file', () => {
    const { problems } = parse('platform,likes\r\n"insta\r\ngram",1\r\nfacebook,x\r\n');
    expect(problems.map((p) => p.line)).toEqual([2, 4]);
  });

  it('reports platform named twice in the header as a duplicate column', () => {
    expect(messages(lines('platform,platform', 'instagram,instagram'))).toEqual([`${FILE}:1:2: platform: column appears twice (expected each metric once)`]);
  });

  it('gives the thousands-separator hint only to numbers that have separators', () => {
    const hints = (cell: string) => parse(lines('platform,likes', `instagram,"${cell}"`)).problems[0]!.expected;
    expect(hints('1,234,567')).toMatch(/without thousands separators/);
    expect(hints('.5')).toMatch(/or an empty cell/);
    expect(hints('5.')).toMatch(/or an empty cell/);
  });

  it('does not throw on a stray quote inside a cell', () => {
    const { problems } = parse(lines('platform,likes', 'insta"gram,1'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 2 });
    expect(problems[0]!.message).toMatch(/^CSV syntax error: /);
  });
});

describe('parseSnapshotCsv: columns in any order', () => {
  const expected = [
    { line: 2, platform: 'instagram', date: '2026-02-01', values: { impressions: 10, likes: 1 } },
    { line: 3, platform: 'facebook', date: '2026-02-01', values: { impressions: 20 } },
  ];

  it("reads date first, then platform, then metrics (another agency's export)", () => {
    const { snapshot, problems } = parse(lines('date,platform,impressions,likes', '2026-02-01,instagram,10,1', '2026-02-01,facebook,20,'));
    expect(problems).toEqual([]);
    expect(snapshot).toMatchObject({
      metrics: ['impressions', 'likes'],
      columnOf: { impressions: 3, likes: 4 },
      platformColumn: 2,
      daily: true,
      rows: expected,
    });
  });

  it('reads platform last with the metrics and the date between', () => {
    const { snapshot, problems } = parse(lines('impressions,date,likes,platform', '10,2026-02-01,1,instagram', '20,2026-02-01,,facebook'));
    expect(problems).toEqual([]);
    expect(snapshot).toMatchObject({
      metrics: ['impressions', 'likes'],
      columnOf: { impressions: 1, likes: 3 },
      platformColumn: 4,
      daily: true,
      rows: expected,
    });
  });

  it('names the platform column where it stands in row problems', () => {
    expect(
      messages(lines('date,impressions,platform', '2026-02-01,1,Instagram', '2026-03-01,2,facebook', '2026-02-02,3,facebook', '2026-02-02,4,facebook')),
    ).toEqual([
      `${FILE}:2:3: platform: "Instagram" is not a platform id (expected a lowercase id such as "instagram")`,
      `${FILE}:3:1: date: 2026-03-01 is outside the file's period 2026-02 (expected a date in 2026-02)`,
      `${FILE}:5: platform: duplicate row for facebook on 2026-02-02 (first on line 4) (expected one row per platform and date)`,
    ]);
  });

  it('reports platform or date named twice, at the second one', () => {
    expect(messages(lines('date,platform,likes,date', '2026-02-01,instagram,1,2026-02-01'))).toEqual([
      `${FILE}:1:4: date: column appears twice (expected each metric once)`,
    ]);
  });
});

describe('parseSnapshotCsv: one cause, one problem', () => {
  const daily = (header: string, days: number) =>
    lines(header, ...Array.from({ length: days }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')},instagram,${i}`));

  it('gives a misspelt date column one problem, not a duplicate row per day', () => {
    expect(messages(daily('Date,platform,impressions', 28))).toEqual([
      `${FILE}:1:1: Date: "Date" is not a metric id (expected lowercase metric ids from metrics.yaml, such as "impressions")`,
    ]);
  });

  it('reports a bad column name once and none of its cells', () => {
    expect(messages(lines('platform,Likes,impressions', 'instagram,abc,1', 'facebook,-3,2', 'tiktok,,x'))).toEqual([
      `${FILE}:1:2: Likes: "Likes" is not a metric id (expected lowercase metric ids from metrics.yaml, such as "impressions")`,
      `${FILE}:4:3: impressions: "x" is not a number (expected a plain number such as 12345.67, or an empty cell for "not measured")`,
    ]);
  });

  it('blames the header when every row has another number of cells', () => {
    expect(messages(lines('platform,impressions,likes', 'instagram,1', 'facebook,2', 'tiktok,3'))).toEqual([
      `${FILE}:1: has 3 columns but every row has 2 cells (expected one header name per cell of the rows)`,
    ]);
  });

  it('still blames single rows whose number of cells differs from the others', () => {
    expect(messages(lines('platform,impressions', 'instagram,1', 'facebook', 'tiktok,3'))).toEqual([
      `${FILE}:3: has 1 cell (expected 2, one per header column)`,
    ]);
  });

  it('reports a file whose dates are all in another month once, not once per day', () => {
    const april = lines('platform,date,likes', ...Array.from({ length: 30 }, (_, i) => `instagram,2026-04-${String(i + 1).padStart(2, '0')},${i}`));
    expect(messages(april)).toEqual([
      `${FILE}:2:2: date: every date is in 2026-04, outside the file's period 2026-02 (expected dates in 2026-02, or the file named 2026-04.csv)`,
    ]);
    expect(messages(lines('platform,date,likes', 'instagram,2026-04-01,x', 'instagram,2026-04-01,2'))).toEqual([
      `${FILE}:2:2: date: every date is in 2026-04, outside the file's period 2026-02 (expected dates in 2026-02, or the file named 2026-04.csv)`,
      `${FILE}:2:3: likes: "x" is not a number (expected a plain number such as 12345.67, or an empty cell for "not measured")`,
    ]);
  });

  it('reports dates outside the period one by one when they are not all in one other month', () => {
    expect(messages(lines('platform,date,likes', 'instagram,2026-04-01,1', 'instagram,2026-03-01,1'))).toEqual([
      `${FILE}:2:2: date: 2026-04-01 is outside the file's period 2026-02 (expected a date in 2026-02)`,
      `${FILE}:3:2: date: 2026-03-01 is outside the file's period 2026-02 (expected a date in 2026-02)`,
    ]);
  });

  it('reports a header-only file without a platform column with both of its problems', () => {
    expect(messages('impressions,likes\n')).toEqual([
      `${FILE}:1: platform: the header has no "platform" column (expected a "platform" column, anywhere in the header, naming the platform of each row)`,
      `${FILE}:1: has a header but no rows (expected one row per platform)`,
    ]);
  });
});

describe('parseSnapshotCsv and check on very large files', () => {
  const ROWS = 200_000;
  const big = (cell: (i: number) => string) =>
    `date,platform,impressions,likes\n${Array.from({ length: ROWS }, (_, i) => `2026-02-${String((i % 28) + 1).padStart(2, '0')},p${i},${cell(i)},1`).join('\n')}\n`;

  it(`reads ${ROWS} rows without overflowing the stack`, () => {
    const { snapshot, problems } = parse(big((i) => String(i)));
    expect(problems).toEqual([]);
    expect(snapshot!.rows).toHaveLength(ROWS);
    expect(snapshot!.rows.at(-1)).toMatchObject({ line: ROWS + 1, platform: `p${ROWS - 1}`, values: { impressions: ROWS - 1, likes: 1 } });
  });

  it(`reports a problem on each of ${ROWS} rows without overflowing the stack, through check too`, () => {
    const text = big(() => 'x');
    expect(parse(text).problems).toHaveLength(ROWS);
    const root = copyRoot(VALID_FIXTURE);
    try {
      fs.writeFileSync(path.join(root, 'clients/tiny-bakery/snapshots/2026-02.csv'), text);
      const { problems } = checkContent(root);
      expect(problems).toHaveLength(ROWS);
      const printed = problemLines(problems);
      expect(printed).toHaveLength(201);
      expect(printed[0]).toBe(
        'clients/tiny-bakery/snapshots/2026-02.csv:2:3: impressions: "x" is not a number (expected a plain number such as 12345.67, or an empty cell for "not measured")',
      );
      expect(printed.at(-1)).toBe(`… and ${ROWS - 200} more problems`);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports a platform the client does not have once per file, at the column where platform stands', () => {
    const root = copyRoot(VALID_FIXTURE);
    try {
      const days = Array.from({ length: 28 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`);
      const text = `date,impressions,platform\n${days.flatMap((day, i) => [`${day},${i},mastodon`, `${day},${i},bluesky`]).join('\n')}\n`;
      fs.writeFileSync(path.join(root, 'clients/tiny-bakery/snapshots/2026-02.csv'), text);
      expect(checkContent(root).problems.map((p) => formatProblem(p))).toEqual([
        `clients/tiny-bakery/snapshots/2026-02.csv:3:3: platform: platform "bluesky", on 28 rows from here, is not one of the client's platforms (expected one of mastodon, linkedin (or add it to clients/tiny-bakery/client.yaml))`,
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
