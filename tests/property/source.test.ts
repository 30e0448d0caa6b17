/**
 * The YAML and MDX-frontmatter reader given any text: it returns data or problems with lines,
 * never throws, and `lineOf` answers a line ≥ 1 for any path, existing or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { parseMdx, parseYaml, type FieldPath, type ParsedYaml } from '../../src/lib/source.ts';

/** Fragments that exercise YAML's trickier corners: anchors, aliases, merges, tags, directives, documents. */
const yamlText = fc.string({
  unit: fc.constantFrom(
    '-',
    '- ',
    ':',
    ': ',
    ' ',
    '  ',
    '\n',
    '\r\n',
    '\r',
    'a',
    'key',
    '0',
    '1e999',
    '[',
    ']',
    '{',
    '}',
    ',',
    '&a ',
    '*a',
    '*b',
    '<<: *a\n',
    '!!str ',
    '!!binary ',
    '!tag ',
    '"',
    "'",
    '#',
    '|',
    '>',
    '\\',
    '\uFEFF',
    '\t',
    '?',
    '%YAML 1.2\n',
    '---\n',
    '...\n',
    '---js\n',
    'é',
    '😀',
    '\u0000',
    '\u2028',
  ),
  maxLength: 80,
});

const fieldPath: fc.Arbitrary<FieldPath> = fc.array(fc.oneof(fc.constantFrom('a', 'key', 'title', '<<'), fc.string({ maxLength: 4 }), fc.nat(4)), {
  maxLength: 5,
});

function expectClean(source: ParsedYaml, file: string, path: FieldPath): void {
  const line = source.lineOf(path);
  expect(Number.isInteger(line) && line >= 1, `lineOf → ${line}`).toBe(true);
  for (const problem of source.problems) {
    expect(problem.file).toBe(file);
    expect(problem.message).toMatch(/\S/);
    expect(formatProblem(problem), 'one line per problem').not.toMatch(/[\n\r]/);
    if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1);
  }
  if (source.problems.length) expect(source.data).toBeUndefined();
}

const check = (text: string, path: FieldPath) => {
  expectClean(parseYaml(text, 'playbook/glossary.yaml'), 'playbook/glossary.yaml', path);
  expectClean(parseMdx(text, 'playbook/roles/x.mdx'), 'playbook/roles/x.mdx', path);
  const fenced = parseMdx(`---\n${text}\n---\nThe body.\n`, 'playbook/roles/x.mdx');
  expectClean(fenced, 'playbook/roles/x.mdx', path);
  expect(typeof fenced.body).toBe('string');
};

describe('parseYaml and parseMdx on arbitrary text', () => {
  it('never throw on any string, and lineOf is ≥ 1', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fieldPath, check), { numRuns: 500 });
  });

  it('never throw on YAML-shaped text, and lineOf is ≥ 1', () => {
    fc.assert(fc.property(yamlText, fieldPath, check), { numRuns: 1500 });
  });

  it('give the line of a field that exists', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 20 }), fc.nat(), (keys, pick) => {
        const unique = [...new Set(keys)];
        const text = unique.map((key, i) => `${key}: ${i}`).join('\n');
        const index = pick % unique.length;
        expect(parseYaml(text, 'f.yaml').lineOf([unique[index]!])).toBe(index + 1);
        expect(parseMdx(`---\n${text}\n---\n`, 'f.mdx').lineOf([unique[index]!])).toBe(index + 2);
      }),
      { numRuns: 200 },
    );
  });
});
