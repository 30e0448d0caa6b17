import { describe, expect, it } from 'vitest';
import { formulaMetrics, parseFormula, type FormulaNode } from '../../src/lib/formula.ts';

const ALLOWED = '(expected numbers, metric ids, + - * /, parentheses and previous(metric))';
const m = (id: string): FormulaNode => ({ kind: 'metric', id });

function ast(source: string): FormulaNode {
  const result = parseFormula(source);
  if (!result.ok) throw new Error(`expected ${source} to parse, got: ${result.message}`);
  return result.ast;
}

describe('parseFormula: accepted formulas', () => {
  it('binds * tighter than +', () => {
    expect(ast('a + b * c')).toEqual({
      kind: 'binary',
      operator: '+',
      left: m('a'),
      right: { kind: 'binary', operator: '*', left: m('b'), right: m('c') },
    });
  });

  it('lets parentheses override precedence', () => {
    expect(ast('(a + b) * c')).toEqual({
      kind: 'binary',
      operator: '*',
      left: { kind: 'binary', operator: '+', left: m('a'), right: m('b') },
      right: m('c'),
    });
  });

  it('groups - and / to the left', () => {
    expect(ast('a - b - c')).toEqual({
      kind: 'binary',
      operator: '-',
      left: { kind: 'binary', operator: '-', left: m('a'), right: m('b') },
      right: m('c'),
    });
    expect(ast('a / b / c')).toEqual({
      kind: 'binary',
      operator: '/',
      left: { kind: 'binary', operator: '/', left: m('a'), right: m('b') },
      right: m('c'),
    });
  });

  it('parses the engagement-rate formula', () => {
    expect(ast('(likes + comments + shares) / impressions')).toEqual({
      kind: 'binary',
      operator: '/',
      left: {
        kind: 'binary',
        operator: '+',
        left: { kind: 'binary', operator: '+', left: m('likes'), right: m('comments') },
        right: m('shares'),
      },
      right: m('impressions'),
    });
  });

  it('reads previous(x) as the previous period of metric x', () => {
    expect(ast('previous(followers)')).toEqual({ kind: 'previous', id: 'followers' });
  });

  it('parses a growth formula with previous()', () => {
    expect(ast('(followers - previous(followers)) / previous(followers)')).toEqual({
      kind: 'binary',
      operator: '/',
      left: { kind: 'binary', operator: '-', left: m('followers'), right: { kind: 'previous', id: 'followers' } },
      right: { kind: 'previous', id: 'followers' },
    });
  });

  it('turns unary minus into negate and drops unary plus', () => {
    expect(ast('-a')).toEqual({ kind: 'negate', operand: m('a') });
    expect(ast('+a')).toEqual(m('a'));
    expect(ast('a - -b')).toEqual({ kind: 'binary', operator: '-', left: m('a'), right: { kind: 'negate', operand: m('b') } });
  });

  it('reads integers and decimals as numbers', () => {
    expect(ast('100')).toEqual({ kind: 'number', value: 100 });
    expect(ast('2.5')).toEqual({ kind: 'number', value: 2.5 });
    expect(ast('clicks * 100')).toEqual({ kind: 'binary', operator: '*', left: m('clicks'), right: { kind: 'number', value: 100 } });
  });

  it('keeps underscores in metric ids and ignores surrounding space and extra parentheses', () => {
    expect(ast('  ((video_views))  ')).toEqual(m('video_views'));
  });
});

describe('parseFormula: rejected formulas', () => {
  const rejects = (source: string) => {
    let result: ReturnType<typeof parseFormula> | undefined;
    expect(() => (result = parseFormula(source))).not.toThrow();
    expect(result?.ok).toBe(false);
    return result as { ok: false; message: string; column?: number };
  };

  it('reports a syntax error with its 1-based column', () => {
    expect(rejects('likes + * shares')).toEqual({ ok: false, message: 'syntax error: Expected expression after +', column: 9 });
    expect(rejects('(likes + shares')).toEqual({ ok: false, message: 'syntax error: Unclosed (', column: 16 });
    expect(rejects('likes)')).toEqual({ ok: false, message: 'syntax error: Unexpected ")"', column: 6 });
  });

  it('rejects string literals in either quote style', () => {
    expect(rejects('"likes"')).toEqual({ ok: false, message: `"likes" is not allowed ${ALLOWED}` });
    expect(rejects("'likes'").message).toBe(`'likes' is not allowed ${ALLOWED}`);
  });

  it('rejects booleans and null', () => {
    expect(rejects('true').message).toBe(`true is not allowed ${ALLOWED}`);
    expect(rejects('null').message).toBe(`null is not allowed ${ALLOWED}`);
  });

  it('rejects comparison, logical and other operators', () => {
    expect(rejects('likes > shares').message).toBe(`operator > is not allowed ${ALLOWED}`);
    expect(rejects('likes == shares').message).toBe(`operator == is not allowed ${ALLOWED}`);
    expect(rejects('likes && shares').message).toBe(`operator && is not allowed ${ALLOWED}`);
    expect(rejects('likes % shares').message).toBe(`operator % is not allowed ${ALLOWED}`);
    expect(rejects('!likes').message).toBe(`operator ! is not allowed ${ALLOWED}`);
  });

  it('rejects member access with dots and brackets', () => {
    expect(rejects('likes.length').message).toBe(`property access is not allowed ${ALLOWED}`);
    expect(rejects('likes["constructor"]').message).toBe(`property access is not allowed ${ALLOWED}`);
  });

  it('rejects calls to any function but previous()', () => {
    expect(rejects('eval(likes)').message).toBe('function eval() is not allowed (expected previous)');
    expect(rejects('Function(likes)').message).toBe('function Function() is not allowed (expected previous)');
    expect(rejects('constructor(likes)').message).toBe('function constructor() is not allowed (expected previous)');
    expect(rejects('Previous(likes)').message).toBe('function Previous() is not allowed (expected previous)');
  });

  it('rejects a method call on a metric', () => {
    expect(rejects('likes.constructor(shares)').message).toBe(`calling property access is not allowed ${ALLOWED}`);
  });

  it('says an empty formula is empty', () => {
    expect(rejects('').message).toBe('is empty (expected an expression such as clicks / impressions)');
  });

  it('rejects previous() without exactly one metric id', () => {
    const message = 'previous() takes exactly one metric id, e.g. previous(followers)';
    expect(rejects('previous()')).toEqual({ ok: false, message });
    expect(rejects('previous(followers, members)').message).toBe(message);
    expect(rejects('previous(1)').message).toBe(message);
    expect(rejects('previous(followers + 1)').message).toBe(message);
    expect(rejects('previous(previous(followers))').message).toBe(message);
  });

  it('rejects the ternary operator', () => {
    expect(rejects('likes ? shares : 0').message).toBe(`a ?: condition is not allowed ${ALLOWED}`);
  });

  it('rejects array literals', () => {
    expect(rejects('[likes, shares]').message).toBe(`a list is not allowed ${ALLOWED}`);
  });

  it('rejects several expressions in a row', () => {
    expect(rejects('likes shares').message).toBe(`more than one expression is not allowed ${ALLOWED}`);
    expect(rejects('likes; shares').message).toBe(`more than one expression is not allowed ${ALLOWED}`);
    expect(rejects('new Function("x")').message).toBe(`more than one expression is not allowed ${ALLOWED}`);
  });

  it('rejects this, assignment, arrows and templates', () => {
    expect(rejects('this').message).toBe(`this is not allowed ${ALLOWED}`);
    expect(rejects('likes = 1')).toEqual({ ok: false, message: 'syntax error: Unexpected "="', column: 7 });
    expect(rejects('() => 1').ok).toBe(false);
    expect(rejects('`likes`').ok).toBe(false);
  });
});

describe('formulaMetrics', () => {
  it('lists metric ids in order of first use, each once', () => {
    expect(formulaMetrics(ast('(likes + comments) / impressions - likes'))).toEqual(['likes', 'comments', 'impressions']);
  });

  it('includes metrics read through previous() and under negation', () => {
    expect(formulaMetrics(ast('-(followers - previous(members))'))).toEqual(['followers', 'members']);
  });

  it('is empty for a constant', () => {
    expect(formulaMetrics(ast('2 * 3'))).toEqual([]);
  });
});
