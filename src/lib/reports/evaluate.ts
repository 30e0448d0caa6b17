/**
 * Evaluating a parsed KPI formula over measures. Only the whitelisted AST of `formula.ts` is
 * walked; no text is ever run as code. No data spreads: the first input without a value is the
 * result, with its reason, so a client reads why a number is missing instead of a 0 or NaN.
 */
import type { FormulaNode } from '../formula.ts';
import { formulaText } from '../playbook/formula-text.ts';
import { hasValue, type Measure } from './aggregate.ts';

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
export function evaluateFormula(ast: FormulaNode, lookup: MeasureLookup, labelOf: (id: string) => string): Measure {
  switch (ast.kind) {
    case 'number':
      return { value: ast.value };
    case 'metric':
      return lookup.current(ast.id);
    case 'previous':
      return lookup.previous(ast.id);
    case 'negate': {
      const operand = evaluateFormula(ast.operand, lookup, labelOf);
      return hasValue(operand) ? { value: -operand.value } : operand;
    }
    case 'binary': {
      const left = evaluateFormula(ast.left, lookup, labelOf);
      if (!hasValue(left)) return left;
      const right = evaluateFormula(ast.right, lookup, labelOf);
      if (!hasValue(right)) return right;
      if (ast.operator === '/' && right.value === 0) return { reason: `division by zero: ${formulaText(ast.right, labelOf)} is 0` };
      return finite(apply(ast.operator, left.value, right.value), ast, labelOf);
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

function finite(value: number, ast: FormulaNode, labelOf: (id: string) => string): Measure {
  return Number.isFinite(value) ? { value } : { reason: `${formulaText(ast, labelOf)} is too large to compute` };
}
