import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../../../src/lib/formula.ts';
import { formulaText } from '../../../../src/lib/playbook/formula-text.ts';

const LABELS: Record<string, string> = {
  a: 'A',
  b: 'B',
  c: 'C',
  engagements: 'Engagements',
  impressions: 'Impressions',
  followers: 'Followers',
};

/** Parses `source` and renders it with the labels above (unknown ids as themselves). */
function text(source: string): string {
  const parsed = parseFormula(source);
  if (!parsed.ok) throw new Error(`test formula does not parse: ${source}`);
  return formulaText(parsed.ast, (id) => LABELS[id] ?? id);
}

describe('formulaText', () => {
  it('shows metric labels instead of ids', () => {
    expect(text('engagements / impressions')).toBe('Engagements ÷ Impressions');
  });

  it('falls back to whatever the label function returns', () => {
    expect(text('clicks')).toBe('clicks');
  });

  it('writes × for * and − for -', () => {
    expect(text('a * b')).toBe('A × B');
    expect(text('a - b')).toBe('A − B');
    expect(text('a + b')).toBe('A + B');
  });

  it('writes numbers as numbers', () => {
    expect(text('a * 100')).toBe('A × 100');
    expect(text('a / 0.5')).toBe('A ÷ 0.5');
  });

  it('keeps the parentheses a sum needs under a division', () => {
    expect(text('(a + b) / c')).toBe('(A + B) ÷ C');
  });

  it('drops parentheses the reader does not need', () => {
    expect(text('(a / b) + c')).toBe('A ÷ B + C');
    expect(text('a + b * c')).toBe('A + B × C');
    expect(text('(a - b) - c')).toBe('A − B − C');
  });

  it('keeps parentheses around the right operand of a subtraction', () => {
    expect(text('a - (b - c)')).toBe('A − (B − C)');
    expect(text('a - (b + c)')).toBe('A − (B + C)');
  });

  it('keeps parentheses around the right operand of a division', () => {
    expect(text('a / (b * c)')).toBe('A ÷ (B × C)');
    expect(text('a / (b / c)')).toBe('A ÷ (B ÷ C)');
  });

  it('adds no parentheses to a product divided by a metric', () => {
    expect(text('a * b / c')).toBe('A × B ÷ C');
  });

  it('writes previous(x) as the label for the previous period', () => {
    expect(text('previous(followers)')).toBe('Followers (previous period)');
  });

  it('reads a growth formula naturally', () => {
    expect(text('(followers - previous(followers)) / previous(followers)')).toBe('(Followers − Followers (previous period)) ÷ Followers (previous period)');
  });

  it('puts a negated sum in parentheses but not a negated metric', () => {
    expect(text('-(a + b)')).toBe('−(A + B)');
    expect(text('-a * b')).toBe('−A × B');
  });
});

describe('formulaText keeps parentheses only where they change the meaning', () => {
  const text = (formula: string) => {
    const parsed = parseFormula(formula);
    if (!parsed.ok) throw new Error(parsed.message);
    return formulaText(parsed.ast, (id) => id.toUpperCase());
  };

  it('drops them on the right of + and ×', () => {
    expect(text('a + (b + c)')).toBe('A + B + C');
    expect(text('a * (b / c)')).toBe('A × B ÷ C');
  });

  it('keeps them on the right of − and ÷', () => {
    expect(text('a - (b + c)')).toBe('A − (B + C)');
    expect(text('a / (b / c)')).toBe('A ÷ (B ÷ C)');
  });
});
