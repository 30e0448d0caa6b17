/**
 * KPI formulas given anything: `parseFormula` returns an AST or a message and never throws;
 * a generated formula printed as text parses back to itself; `evaluateFormula` over any AST and
 * any measures gives a finite number or a reason, never NaN or Infinity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formulaMetrics, parseFormula, type FormulaNode, type FormulaResult } from '../../src/lib/formula.ts';
import { formulaText } from '../../src/lib/playbook/formula-text.ts';
import type { Measure } from '../../src/lib/reports/aggregate.ts';
import { evaluateFormula } from '../../src/lib/reports/evaluate.ts';

const JS_WORDS = new Set(['this', 'true', 'false', 'null', 'undefined', 'typeof', 'void', 'delete', 'new', 'in', 'instanceof', 'previous']);
const metricId = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/).filter((id) => !JS_WORDS.has(id));

/** ASTs as the parser makes them: numbers are finite and never negative (minus is a node). */
const formulaTree: fc.Arbitrary<FormulaNode> = fc.letrec<{ node: FormulaNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 12 },
    fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).map((value): FormulaNode => ({ kind: 'number', value: Object.is(value, -0) ? 0 : value })),
    metricId.map((id): FormulaNode => ({ kind: 'metric', id })),
    metricId.map((id): FormulaNode => ({ kind: 'previous', id })),
    tie('node').map((operand): FormulaNode => ({ kind: 'negate', operand })),
    fc.record({ kind: fc.constant('binary' as const), operator: fc.constantFrom('+', '-', '*', '/'), left: tie('node'), right: tie('node') }),
  ),
})).node;

/** Formula text for a tree, fully parenthesised, with the spacing a person might use. */
function print(node: FormulaNode, space: string): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'metric':
      return node.id;
    case 'previous':
      return `previous(${space}${node.id}${space})`;
    case 'negate':
      return `-(${print(node.operand, space)})`;
    case 'binary':
      return `(${print(node.left, space)}${space}${node.operator}${space}${print(node.right, space)})`;
  }
}

/** A measure for every metric id: a number of any size (0 included) or a missing value. */
const measure: fc.Arbitrary<Measure> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value): Measure => ({ value })),
  fc.constantFrom<Measure>({ value: 0 }, { value: 1 }, { value: Number.MAX_VALUE }, { value: Number.MIN_VALUE }, { reason: 'Likes not measured on x' }),
);
const measures = fc.func(measure);

function expectCleanParse(result: FormulaResult): void {
  if (result.ok) return;
  expect(typeof result.message).toBe('string');
  expect(result.message).not.toBe('');
  expect(result.message, 'a one-line message').not.toMatch(/[\n\r]/);
  if (result.column !== undefined) expect(result.column).toBeGreaterThanOrEqual(1);
}

function expectCleanMeasure(result: Measure): void {
  if ('value' in result) expect(Number.isFinite(result.value), `value ${result.value}`).toBe(true);
  else expect(result.reason).toMatch(/\S/);
}

/** Whether every number in a parsed AST is finite: the evaluator trusts the parser on this. */
function finiteNumbers(node: FormulaNode): boolean {
  if (node.kind === 'number') return Number.isFinite(node.value);
  if (node.kind === 'negate') return finiteNumbers(node.operand);
  if (node.kind === 'binary') return finiteNumbers(node.left) && finiteNumbers(node.right);
  return true;
}

describe('parseFormula on arbitrary text', () => {
  it('returns an AST or a message for any string, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseFormula(text);
        expectCleanParse(result);
        if (result.ok) expect(finiteNumbers(result.ast)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('returns an AST or a message for strings of formula tokens', () => {
    const token = fc.constantFrom(
      '(',
      ')',
      '+',
      '-',
      '*',
      '/',
      '%',
      '**',
      ',',
      '.',
      '?',
      ':',
      '[',
      ']',
      '"',
      "'",
      '`',
      '${',
      '1',
      '0.5',
      '1e999',
      'a',
      'clicks',
      'previous',
      'previous(',
      'this',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const result = parseFormula(tokens.join(''));
        expectCleanParse(result);
        if (result.ok) expect(finiteNumbers(result.ast)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('parses a generated formula printed as text back to the same tree', () => {
    fc.assert(
      fc.property(formulaTree, fc.constantFrom('', ' ', '  ', '\t'), (tree, space) => {
        const result = parseFormula(print(tree, space));
        expect(result).toEqual({ ok: true, ast: tree });
      }),
      { numRuns: 500 },
    );
  });

  it('returns an AST or a message when a printed formula is cut or has a token inserted', () => {
    const insert = fc.constantFrom('(', ')', '+', '*', '/', '"', '?', ',', '.', '[', '1e999', 'previous(', 'f(');
    fc.assert(
      fc.property(formulaTree, insert, fc.nat(), fc.boolean(), (tree, token, at, cut) => {
        const text = print(tree, ' ');
        const position = at % (text.length + 1);
        const mutated = cut ? text.slice(0, position) : `${text.slice(0, position)}${token}${text.slice(position)}`;
        expectCleanParse(parseFormula(mutated));
      }),
      { numRuns: 500 },
    );
  });
});

describe('evaluateFormula on generated trees and measures', () => {
  it('gives a finite number or a reason, never NaN or Infinity', () => {
    fc.assert(
      fc.property(formulaTree, measures, measures, (tree, current, previous) => {
        const result = evaluateFormula(tree, { current, previous }, (id) => id.toUpperCase());
        expectCleanMeasure(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('evaluates what parseFormula returns for a printed tree just like the tree', () => {
    fc.assert(
      fc.property(formulaTree, measures, (tree, current) => {
        const parsed = parseFormula(print(tree, ''));
        if (!parsed.ok) throw new Error(parsed.message);
        const lookup = { current, previous: current };
        expect(evaluateFormula(parsed.ast, lookup, String)).toEqual(evaluateFormula(tree, lookup, String));
        expect(formulaMetrics(parsed.ast)).toEqual(formulaMetrics(tree));
        expect(typeof formulaText(parsed.ast, String)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
