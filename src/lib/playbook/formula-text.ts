/** A KPI formula written for people: metric labels instead of ids, ÷ and × for / and *. */
import type { FormulaNode } from '../formula.ts';

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;
const SYMBOL = { '+': '+', '-': '−', '*': '×', '/': '÷' } as const;

export function formulaText(node: FormulaNode, labelOf: (id: string) => string): string {
  return render(node, labelOf, 0);
}

/** `rightOf` is the operator this node is the right operand of, if any. */
function render(node: FormulaNode, labelOf: (id: string) => string, parentPrecedence: number, rightOf?: string): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'metric':
      return labelOf(node.id);
    case 'previous':
      return `${labelOf(node.id)} (previous period)`;
    case 'negate':
      return `−${render(node.operand, labelOf, 3)}`;
    case 'binary': {
      const precedence = PRECEDENCE[node.operator];
      const text = `${render(node.left, labelOf, precedence)} ${SYMBOL[node.operator]} ${render(node.right, labelOf, precedence, node.operator)}`;
      // Parentheses only where the reader needs them: around a lower precedence, and around an
      // equal one on the right of − or ÷ (a − (b − c) is not a − b − c; a + (b + c) is).
      const needs = precedence < parentPrecedence || (precedence === parentPrecedence && (rightOf === '-' || rightOf === '/'));
      return needs ? `(${text})` : text;
    }
  }
}
