/**
 * Inputs built to make parsers recurse, backtrack or loop: 100k-character lines, 10k nested
 * parentheses and brackets, walls of quotes. Each parser must come back (the test timeout is
 * the bound; nothing here measures time) with a value or clean problems, never a throw.
 */
import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../src/lib/formula.ts';
import { parseSnapshotCsv } from '../../src/lib/snapshot-csv.ts';
import { parseMdx, parseYaml } from '../../src/lib/source.ts';

const LONG = 100_000;
const DEEP = 10_000;
const nested = (open: string, inner: string, close: string, depth = DEEP) => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

const FORMULAS: Record<string, string> = {
  'nested parentheses': nested('(', 'clicks', ')'),
  'unclosed parentheses': '('.repeat(DEEP),
  'nested previous()': nested('previous(', 'clicks', ')'),
  'a chain of additions': Array.from({ length: LONG / 2 }, () => 'a').join('+'),
  'a chain of unary minus': `${'-'.repeat(DEEP)}a`,
  'a 100k-character identifier': 'a'.repeat(LONG),
  'a 100k-digit number': '9'.repeat(LONG),
  'many quotes': '"'.repeat(LONG),
  'nested brackets': nested('[', '1', ']'),
};

describe('parseFormula on pathological input', () => {
  for (const [name, text] of Object.entries(FORMULAS)) {
    it(`returns an AST or a message: ${name}`, () => {
      const result = parseFormula(text);
      if (!result.ok) expect(result.message).toMatch(/\S/);
      else expect(JSON.stringify(result.ast)).not.toMatch(/null/); // a non-finite number serialises as null
    });
  }

  it('refuses deep nesting with a message that says so', () => {
    expect(parseFormula(FORMULAS['nested parentheses']!)).toMatchObject({ ok: false, message: expect.stringMatching(/deep/) });
    expect(parseFormula(FORMULAS['a chain of additions']!)).toMatchObject({ ok: false, message: expect.stringMatching(/deep/) });
  });
});

const FILE = 'clients/acme/snapshots/2026-02.csv';
const CSVS: Record<string, string> = {
  'a 100k-character header': `platform,${'a'.repeat(LONG)}\ninstagram,1\n`,
  'a 100k-digit cell': `platform,likes\ninstagram,${'9'.repeat(LONG)}\n`,
  'a 100k-comma line': `platform,likes\n${','.repeat(LONG)}\n`,
  'a wall of quotes': '"'.repeat(LONG),
  'an even wall of quotes': `platform,likes\n${'"'.repeat(LONG)}\n`,
  'a quoted cell of escaped quotes': `platform,likes\ninstagram,"${'""'.repeat(LONG / 2)}"\n`,
  'an unclosed quote over 10k lines': `platform,likes\ninstagram,"${'1\n'.repeat(DEEP)}`,
  'nested brackets': `platform,likes\ninstagram,${nested('(', '1', ')')}\n`,
  '10k rows': `platform,date,likes\n${Array.from({ length: DEEP }, (_, i) => `instagram,2026-02-${String((i % 28) + 1).padStart(2, '0')},${i}`).join('\n')}\n`,
};

describe('parseSnapshotCsv on pathological input', () => {
  for (const [name, text] of Object.entries(CSVS)) {
    it(`returns a snapshot or problems with file and line: ${name}`, () => {
      const { snapshot, problems } = parseSnapshotCsv(text, FILE, '2026-02');
      for (const problem of problems) {
        expect(problem.file).toBe(FILE);
        expect(problem.line).toBeGreaterThanOrEqual(1);
      }
      for (const row of snapshot?.rows ?? []) for (const value of Object.values(row.values)) expect(Number.isFinite(value)).toBe(true);
      if (problems.length === 0) expect(snapshot).toBeDefined();
    });
  }

  it('refuses a number too large to count exactly, naming its cell', () => {
    const { problems } = parseSnapshotCsv(CSVS['a 100k-digit cell']!, FILE, '2026-02');
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 2, field: 'likes', message: expect.stringMatching(/too large/) })]);
  });
});

const YAMLS: Record<string, string> = {
  'nested flow sequences': nested('[', '1', ']'),
  'nested flow maps': nested('{a: ', '1', '}'),
  'unclosed flow sequences': '['.repeat(DEEP),
  'deep block nesting': `${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1`,
  'a 100k-character line': `title: ${'x'.repeat(LONG)}`,
  'a 100k-character key': `${'k'.repeat(LONG)}: 1`,
  'many double quotes': '"'.repeat(20_000),
  'many single quotes': "'".repeat(LONG + 1),
  'many escaped quotes': `a: "${'\\"'.repeat(LONG / 2)}"`,
  'an alias bomb': `a: &a [x, x]\n${Array.from({ length: 40 }, (_, i) => `b${i}: &b${i} [*${i ? `b${i - 1}` : 'a'}, *${i ? `b${i - 1}` : 'a'}]`).join('\n')}`,
  'an alias to nothing': 'a: *missing',
};

describe('parseYaml and parseMdx on pathological input', () => {
  for (const [name, text] of Object.entries(YAMLS)) {
    it(`returns data or problems with lines: ${name}`, () => {
      for (const source of [parseYaml(text, 'f.yaml'), parseMdx(`---\n${text}\n---\nBody\n`, 'f.mdx')]) {
        for (const problem of source.problems) expect(problem.line ?? 1).toBeGreaterThanOrEqual(1);
        expect(source.lineOf(['a', 0, 'b'])).toBeGreaterThanOrEqual(1);
      }
    });
  }

  it('names the line of an alias without an anchor', () => {
    expect(parseYaml('title: x\nsummary: *missing\n', 'f.yaml').problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/alias/i) }),
    ]);
    expect(parseMdx('---\ntitle: x\nsummary: *missing\n---\n', 'f.mdx').problems).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it('refuses frontmatter in another language instead of running it', () => {
    const code = '---js\n(globalThis.__frontmatterRan = true)\n---\nBody\n';
    expect(parseMdx(code, 'f.mdx').problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/"js" is not supported/) })]);
    expect((globalThis as { __frontmatterRan?: boolean }).__frontmatterRan).toBeUndefined();
  });

  it('reads an empty MDX file as one without frontmatter', () => {
    expect(parseMdx('', 'f.mdx')).toMatchObject({ data: {}, body: '', problems: [] });
  });
});
