/**
 * Evaluating a parsed KPI formula over measures. Only the whitelisted AST of `formula.ts` is
 * walked; no text is ever run as code. No data spreads: the first input without a value is the
 * result, with its reason, so a client reads why a number is missing instead of a 0 or NaN.
 */
import type { FormulaNode } from '../formula.ts';
import { formulaText } from '../playbook/formula-text.ts';
import { ENGLISH_REASONS, hasValue, type Measure, type ReasonWords } from './aggregate.ts';

/** Where a formula reads its metrics: this period's value and the previous period's. */
export interface MeasureLookup {
  current(id: string): Measure;
  previous(id: string): Measure;
}

/**
 * The value of `ast` with metrics read from `lookup`. Division by zero gives no data naming
 * what was zero in metric labels ("division by zero: Impressions is 0"); so does any result
 * that is not a finite number.
 */
export function evaluateFormula(ast: FormulaNode, lookup: MeasureLookup, labelOf: (id: string) => string, t: ReasonWords['t'] = ENGLISH_REASONS.t): Measure {
  switch (ast.kind) {
    case 'number':
      return { value: ast.value };
    case 'metric':
      return lookup.current(ast.id);
    case 'previous':
      return lookup.previous(ast.id);
    case 'negate': {
      const operand = evaluateFormula(ast.operand, lookup, labelOf, t);
      return hasValue(operand) ? { value: -operand.value } : operand;
    }
    case 'binary': {
      const left = evaluateFormula(ast.left, lookup, labelOf, t);
      if (!hasValue(left)) return left;
      const right = evaluateFormula(ast.right, lookup, labelOf, t);
      if (!hasValue(right)) return right;
      if (ast.operator === '/' && right.value === 0) return { reason: t.divisionByZero(formulaText(ast.right, labelOf)) };
      return finite(apply(ast.operator, left.value, right.value), ast, labelOf, t);
    }
  }
}

function apply(operator: '+' | '-' | '*' | '/', left: number, right: number): number {
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return left / right;
  }
}

function finite(value: number, ast: FormulaNode, labelOf: (id: string) => string, t: ReasonWords['t']): Measure {
  return Number.isFinite(value) ? { value } : { reason: t.tooLarge(formulaText(ast, labelOf)) };
}
