import { describe, expect, it } from 'vitest';
import { parseMdx, parseYaml } from '../../src/lib/source.ts';

const YAML = [
  'title: Community Manager', // 1
  'nested:', // 2
  '  inner: 1', // 3
  '  deep:', // 4
  '    key: x', // 5
  'tools:', // 6
  '  - Sprout', // 7
  '  - Notion', // 8
  'routine:', // 9
  '  - when: morning', // 10
  '    what: inbox', // 11
  '  - when: noon', // 12
  '    what: lunch', // 13
  '',
].join('\n');

describe('parseYaml', () => {
  const source = parseYaml(YAML, 'playbook/x.yaml');

  it('parses the data without problems', () => {
    expect(source.problems).toEqual([]);
    expect(source.file).toBe('playbook/x.yaml');
    expect(source.data).toEqual({
      title: 'Community Manager',
      nested: { inner: 1, deep: { key: 'x' } },
      tools: ['Sprout', 'Notion'],
      routine: [
        { when: 'morning', what: 'inbox' },
        { when: 'noon', what: 'lunch' },
      ],
    });
  });

  it('finds the line of top-level and nested map keys', () => {
    expect(source.lineOf(['title'])).toBe(1);
    expect(source.lineOf(['nested'])).toBe(2);
    expect(source.lineOf(['nested', 'inner'])).toBe(3);
    expect(source.lineOf(['nested', 'deep', 'key'])).toBe(5);
  });

  it('finds the line of list items', () => {
    expect(source.lineOf(['tools', 0])).toBe(7);
    expect(source.lineOf(['tools', 1])).toBe(8);
  });

  it('finds the line of keys of maps inside lists', () => {
    expect(source.lineOf(['routine', 0, 'what'])).toBe(11);
    expect(source.lineOf(['routine', 1])).toBe(12);
    expect(source.lineOf(['routine', 1, 'when'])).toBe(12);
    expect(source.lineOf(['routine', 1, 'what'])).toBe(13);
  });

  it('falls back to the nearest existing parent for a missing path', () => {
    expect(source.lineOf([])).toBe(1);
    expect(source.lineOf(['missing'])).toBe(1);
    expect(source.lineOf(['nested', 'missing'])).toBe(2);
    expect(source.lineOf(['routine', 5])).toBe(9);
    expect(source.lineOf(['routine', 1, 'who'])).toBe(12);
    expect(source.lineOf(['tools', 'name'])).toBe(6);
  });

  it('finds lines in a top-level list with flow mappings', () => {
    const raci = parseYaml('- area: Strategy\n  tasks:\n    - task: Plan\n      raci: { lead: A, agent: R }\n', 'r.yaml');
    expect(raci.lineOf([0, 'tasks'])).toBe(2);
    expect(raci.lineOf([0, 'tasks', 0, 'task'])).toBe(3);
    expect(raci.lineOf([0, 'tasks', 0, 'raci', 'agent'])).toBe(4);
  });

  it('adds a line offset to every line', () => {
    expect(parseYaml('a: 1\nb: 2\n', 'f.yaml', 10).lineOf(['b'])).toBe(12);
  });

  it('turns a syntax error into a problem with line and column and no data', () => {
    const broken = parseYaml('a: 1\nb: [1, 2\nc: 3\n', 'playbook/glossary.yaml');
    expect(broken.data).toBeUndefined();
    expect(broken.problems).toEqual([
      {
        file: 'playbook/glossary.yaml',
        line: 3,
        column: 1,
        message: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
      },
    ]);
  });

  it('reports a duplicate key as a syntax error on its line', () => {
    const duplicate = parseYaml('title: A\ntitle: B\n', 'f.yaml');
    expect(duplicate.problems).toEqual([{ file: 'f.yaml', line: 2, column: 1, message: 'YAML syntax error: Map keys must be unique' }]);
  });

  it('ignores a UTF-8 BOM', () => {
    const bom = parseYaml('\uFEFFtitle: T\nsummary: S\n', 'f.yaml');
    expect(bom.problems).toEqual([]);
    expect(bom.data).toEqual({ title: 'T', summary: 'S' });
    expect(bom.lineOf(['summary'])).toBe(2);
  });
});

describe('parseMdx', () => {
  it('gives frontmatter fields their file lines when the frontmatter starts on line 2', () => {
    const mdx = parseMdx('---\ntitle: T\nsummary: S\n---\n\n# Body\n', 'playbook/roles/r.mdx');
    expect(mdx.problems).toEqual([]);
    expect(mdx.data).toEqual({ title: 'T', summary: 'S' });
    expect(mdx.lineOf(['title'])).toBe(2);
    expect(mdx.lineOf(['summary'])).toBe(3);
  });

  it('keeps file lines with a blank line inside the frontmatter', () => {
    const mdx = parseMdx('---\ntitle: T\n\nsummary: S\ntools:\n  - a\n---\nBody\n', 'r.mdx');
    expect(mdx.lineOf(['title'])).toBe(2);
    expect(mdx.lineOf(['summary'])).toBe(4);
    expect(mdx.lineOf(['tools', 0])).toBe(6);
  });

  it('keeps file lines when the frontmatter opens with a blank line', () => {
    expect(parseMdx('---\n\ntitle: T\n---\nBody\n', 'r.mdx').lineOf(['title'])).toBe(3);
  });

  it('blanks the frontmatter in the body so body lines are file lines', () => {
    const mdx = parseMdx('---\ntitle: T\nsummary: S\n---\n\n# Body\n\ntext\n', 'r.mdx');
    expect(mdx.body).toBe('\n\n\n\n\n# Body\n\ntext\n');
    expect(mdx.body.split('\n')[5]).toBe('# Body');
  });

  it('gives {} and the whole text as body for a file without frontmatter', () => {
    const mdx = parseMdx('# Just a body\n\ntext\n', 'r.mdx');
    expect(mdx.data).toEqual({});
    expect(mdx.problems).toEqual([]);
    expect(mdx.body).toBe('# Just a body\n\ntext\n');
    expect(mdx.lineOf(['title'])).toBe(1);
  });

  it('gives {} for empty frontmatter', () => {
    const mdx = parseMdx('---\n---\nBody\n', 'r.mdx');
    expect(mdx.data).toEqual({});
    expect(mdx.problems).toEqual([]);
  });

  it('reports a frontmatter syntax error on its file line', () => {
    const mdx = parseMdx('---\ntitle: T\nsummary: [x\n---\nBody\n', 'playbook/roles/r.mdx');
    expect(mdx.data).toBeUndefined();
    expect(mdx.problems).toHaveLength(1);
    expect(mdx.problems[0]).toMatchObject({ file: 'playbook/roles/r.mdx', line: 3 });
    expect(mdx.problems[0]!.message).toMatch(/^YAML syntax error: /);
  });

  it('ignores a UTF-8 BOM before the frontmatter', () => {
    const mdx = parseMdx('\uFEFF---\ntitle: T\nsummary: S\n---\nBody\n', 'r.mdx');
    expect(mdx.data).toEqual({ title: 'T', summary: 'S' });
    expect(mdx.lineOf(['summary'])).toBe(3);
    expect(mdx.body).toBe('\n\n\n\nBody\n');
  });

  it('reads CRLF frontmatter fields at their file lines', () => {
    const mdx = parseMdx('---\r\ntitle: T\r\nsummary: S\r\n---\r\nBody\r\n', 'r.mdx');
    expect(mdx.lineOf(['title'])).toBe(2);
    expect(mdx.lineOf(['summary'])).toBe(3);
  });
});

describe('line endings', () => {
  it('reads CRLF frontmatter without a trailing carriage return on the last field', () => {
    expect(parseMdx('---\r\ntitle: T\r\ndirection: up\r\n---\r\nBody\r\n', 'k.mdx').data).toEqual({ title: 'T', direction: 'up' });
  });

  it('keeps CRLF YAML lines', () => {
    const parsed = parseYaml('a: 1\r\nb:\r\n  c: x\r\n', 'f.yaml');
    expect(parsed.data).toEqual({ a: 1, b: { c: 'x' } });
    expect(parsed.lineOf(['b', 'c'])).toBe(3);
  });
});
