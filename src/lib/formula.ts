/**
 * KPI formulas: parsed by jsep into its AST, then narrowed to a small whitelist of our own
 * (numbers, metric ids, + - * /, unary minus, parentheses and `previous(metric)`).
 * Nothing is ever evaluated as code.
 */
import jsep from 'jsep';
import { show } from './problems.ts';

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'metric'; id: string }
  | { kind: 'previous'; id: string }
  | { kind: 'negate'; operand: FormulaNode }
  | { kind: 'binary'; operator: BinaryOperator; left: FormulaNode; right: FormulaNode };

export type BinaryOperator = '+' | '-' | '*' | '/';

export type FormulaResult = { ok: true; ast: FormulaNode } | { ok: false; message: string; column?: number };

/** Functions a formula may call. */
export const FORMULA_FUNCTIONS = ['previous'] as const;

const ALLOWED = 'numbers, metric ids, + - * /, parentheses and previous(metric)';

/** Deeper formulas are refused: every step that walks the AST recurses, and real KPIs nest a few levels. */
export const MAX_FORMULA_DEPTH = 100;
const TOO_DEEP = `nests more than ${MAX_FORMULA_DEPTH} operators or parentheses deep (expected a shorter formula)`;

export function parseFormula(source: string): FormulaResult {
  let tree: jsep.Expression;
  try {
    tree = jsep(source);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: TOO_DEEP };
    const e = error as { description?: string; message: string; index?: number };
    return { ok: false, message: `syntax error: ${oneLine(e.description ?? e.message)}`, column: e.index === undefined ? undefined : e.index + 1 };
  }
  try {
    return { ok: true, ast: narrow(tree) };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, message: oneLine(error.message) };
    throw error;
  }
}

class FormulaError extends Error {}

/** Messages quote the formula, which YAML lets an author spread over lines; a problem stays on one. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function narrow(node: jsep.Expression, depth = 1): FormulaNode {
  if (depth > MAX_FORMULA_DEPTH) throw new FormulaError(TOO_DEEP);
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (typeof value !== 'number') throw new FormulaError(`${(node as jsep.Literal).raw} is not allowed (expected ${ALLOWED})`);
      if (!Number.isFinite(value)) throw new FormulaError(`${show((node as jsep.Literal).raw)} is too large a number (expected one below 1e308)`);
      return { kind: 'number', value };
    }
    case 'Identifier':
      return { kind: 'metric', id: (node as jsep.Identifier).name };
    case 'UnaryExpression': {
      const unary = node as jsep.UnaryExpression;
      if (unary.operator === '-') return { kind: 'negate', operand: narrow(unary.argument, depth + 1) };
      if (unary.operator === '+') return narrow(unary.argument, depth + 1);
      throw new FormulaError(`operator ${unary.operator} is not allowed (expected ${ALLOWED})`);
    }
    case 'BinaryExpression': {
      const binary = node as jsep.BinaryExpression;
      if (!['+', '-', '*', '/'].includes(binary.operator)) {
        throw new FormulaError(`operator ${binary.operator} is not allowed (expected ${ALLOWED})`);
      }
      return { kind: 'binary', operator: binary.operator as BinaryOperator, left: narrow(binary.left, depth + 1), right: narrow(binary.right, depth + 1) };
    }
    case 'CallExpression':
      return narrowCall(node as jsep.CallExpression);
    case 'Compound':
      if ((node as jsep.Compound).body.length === 0) throw new FormulaError('is empty (expected an expression such as clicks / impressions)');
      throw new FormulaError(`${describe(node)} is not allowed (expected ${ALLOWED})`);
    default:
      throw new FormulaError(`${describe(node)} is not allowed (expected ${ALLOWED})`);
  }
}

function narrowCall(call: jsep.CallExpression): FormulaNode {
  if (call.callee.type !== 'Identifier') {
    throw new FormulaError(`calling ${describe(call.callee)} is not allowed (expected ${ALLOWED})`);
  }
  const name = (call.callee as jsep.Identifier).name;
  if (name !== 'previous') {
    throw new FormulaError(`function ${name}() is not allowed (expected ${FORMULA_FUNCTIONS.join(', ')})`);
  }
  const [argument] = call.arguments;
  if (call.arguments.length !== 1 || argument?.type !== 'Identifier') {
    throw new FormulaError('previous() takes exactly one metric id, e.g. previous(followers)');
  }
  return { kind: 'previous', id: (argument as jsep.Identifier).name };
}

function describe(node: jsep.Expression): string {
  const names: Record<string, string> = {
    MemberExpression: 'property access',
    ConditionalExpression: 'a ?: condition',
    Compound: 'more than one expression',
    ArrayExpression: 'a list',
    ThisExpression: 'this',
  };
  return names[node.type] ?? node.type;
}

/** Metric ids a formula reads, current or previous period, in order of first use. */
export function formulaMetrics(node: FormulaNode): string[] {
  const ids = new Set<string>();
  const visit = (n: FormulaNode): void => {
    if (n.kind === 'metric' || n.kind === 'previous') ids.add(n.id);
    else if (n.kind === 'negate') visit(n.operand);
    else if (n.kind === 'binary') {
      visit(n.left);
      visit(n.right);
    }
  };
  visit(node);
  return [...ids];
}
