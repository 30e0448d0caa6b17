import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, oneOf, PRINTED_PROBLEMS, problemLines, pushAll, show, sortProblems, type Problem } from '../../src/lib/problems.ts';

describe('formatProblem', () => {
  it('writes file:line:column: field: message (expected …)', () => {
    const problem: Problem = {
      file: 'clients/a/snapshots/2026-02.csv',
      line: 3,
      column: 2,
      field: 'impressions',
      message: '"x" is not a number',
      expected: 'a number',
    };
    expect(formatProblem(problem)).toBe('clients/a/snapshots/2026-02.csv:3:2: impressions: "x" is not a number (expected a number)');
  });

  it('leaves out what the problem does not have', () => {
    expect(formatProblem({ file: 'playbook/metrics.yaml', message: 'is missing' })).toBe('playbook/metrics.yaml: is missing');
    expect(formatProblem({ file: 'a.yaml', line: 4, message: 'm' })).toBe('a.yaml:4: m');
    expect(formatProblem({ file: 'a.yaml', line: 4, field: 'title', message: 'm' })).toBe('a.yaml:4: title: m');
    expect(formatProblem({ file: 'a.yaml', message: 'm', expected: 'e' })).toBe('a.yaml: m (expected e)');
  });

  it('shows a column only together with a line', () => {
    expect(formatProblem({ file: 'a.csv', column: 5, message: 'm' })).toBe('a.csv: m');
  });

  it('prefixes the root label, with or without a trailing slash', () => {
    const problem: Problem = { file: 'playbook/roles/x.mdx', line: 2, field: 'summary', message: 'is required' };
    expect(formatProblem(problem, 'content')).toBe('content/playbook/roles/x.mdx:2: summary: is required');
    expect(formatProblem(problem, 'content/')).toBe('content/playbook/roles/x.mdx:2: summary: is required');
    expect(formatProblem(problem, '')).toBe('playbook/roles/x.mdx:2: summary: is required');
  });
});

describe('sortProblems', () => {
  it('orders by file, then line, then column, without changing the input', () => {
    const input: Problem[] = [
      { file: 'b.yaml', line: 1, message: '1' },
      { file: 'a.csv', line: 3, column: 4, message: '2' },
      { file: 'a.csv', message: '3' },
      { file: 'a.csv', line: 3, column: 2, message: '4' },
      { file: 'a.csv', line: 2, message: '5' },
    ];
    expect(sortProblems(input).map((p) => p.message)).toEqual(['3', '5', '4', '2', '1']);
    expect(input.map((p) => p.message)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('ContentError', () => {
  it('has the sorted, formatted list as its message', () => {
    const error = new ContentError(
      [
        { file: 'b.yaml', line: 2, message: 'second' },
        { file: 'a.yaml', line: 9, field: 'title', message: 'first' },
      ],
      'content',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe('2 content problems:\ncontent/a.yaml:9: title: first\ncontent/b.yaml:2: second');
    expect(error.problems.map((p) => p.message)).toEqual(['first', 'second']);
  });

  it('says "1 content problem" in the singular', () => {
    expect(new ContentError([{ file: 'a.yaml', message: 'is missing' }]).message).toBe('1 content problem:\na.yaml: is missing');
  });
});

describe('show and oneOf', () => {
  it('quotes strings and shortens long values', () => {
    expect(show('abc')).toBe('"abc"');
    expect(show(3)).toBe('3');
    expect(show(null)).toBe('null');
    expect(show(['a'])).toBe('["a"]');
    expect(show('x'.repeat(100))).toBe(`"${'x'.repeat(56)}…`);
  });

  it('lists choices', () => {
    expect(oneOf(['up'])).toBe('up');
    expect(oneOf(['up', 'down'])).toBe('one of up, down');
  });
});

describe('problemLines: the printed list, capped', () => {
  const many = (n: number): Problem[] => Array.from({ length: n }, (_, i) => ({ file: 'a.csv', line: i + 2, message: 'm' }));

  it('prints every problem up to the limit, and nothing more', () => {
    expect(problemLines(many(3), undefined, 3)).toEqual(['a.csv:2: m', 'a.csv:3: m', 'a.csv:4: m']);
    expect(problemLines([])).toEqual([]);
  });

  it('prints the first `limit` problems, then how many more there are', () => {
    expect(problemLines(many(5), undefined, 2)).toEqual(['a.csv:2: m', 'a.csv:3: m', '… and 3 more problems']);
    expect(problemLines(many(3), undefined, 2)).toEqual(['a.csv:2: m', 'a.csv:3: m', '… and 1 more problem']);
  });

  it('caps at 200 by default and formats with the given function', () => {
    const lines = problemLines(many(200_000), (p) => `${p.line}`);
    expect(PRINTED_PROBLEMS).toBe(200);
    expect(lines).toHaveLength(201);
    expect(lines[0]).toBe('2');
    expect(lines.at(-1)).toBe('… and 199800 more problems');
  });

  it('caps the message of a ContentError but keeps the full count and every problem', () => {
    const error = new ContentError(many(250));
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('250 content problems:');
    expect(lines).toHaveLength(1 + 200 + 1);
    expect(lines.at(-1)).toBe('… and 50 more problems');
    expect(error.problems).toHaveLength(250);
  });
});

describe('pushAll', () => {
  it('appends more items than a spread call can take as arguments', () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target = [-1];
    expect(pushAll(target, items)).toBe(target);
    expect(target).toHaveLength(500_001);
    expect(target.at(-1)).toBe(499_999);
  });
});
