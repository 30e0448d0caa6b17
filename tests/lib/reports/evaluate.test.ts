import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../../src/lib/formula.ts';
import type { Measure } from '../../../src/lib/reports/aggregate.ts';
import { evaluateFormula } from '../../../src/lib/reports/evaluate.ts';
import { labelOf } from './build-context.ts';

function evaluate(formula: string, current: Record<string, Measure>, previous: Record<string, Measure> = {}): Measure {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(parsed.message);
  const missing = (id: string): Measure => ({ reason: `${labelOf(id)} missing in test` });
  return evaluateFormula(parsed.ast, { current: (id) => current[id] ?? missing(id), previous: (id) => previous[id] ?? missing(id) }, labelOf);
}

describe('evaluateFormula', () => {
  it('follows precedence and parentheses', () => {
    expect(evaluate('(likes + comments) / impressions', { likes: { value: 40 }, comments: { value: 10 }, impressions: { value: 1000 } })).toEqual({
      value: 0.05,
    });
    expect(evaluate('likes + comments * 2', { likes: { value: 40 }, comments: { value: 10 } })).toEqual({ value: 60 });
  });

  it('reads previous(x) from the previous period', () => {
    const growth = '(followers - previous(followers)) / previous(followers)';
    expect(evaluate(growth, { followers: { value: 1100 } }, { followers: { value: 1000 } })).toEqual({ value: 0.1 });
  });

  it('negates', () => {
    expect(evaluate('-(clicks - impressions)', { clicks: { value: 5 }, impressions: { value: 20 } })).toEqual({ value: 15 });
  });

  it('passes on the reason of a missing input', () => {
    expect(evaluate('saves / reach', { saves: { reason: 'Saves not measured on linkedin' }, reach: { value: 10 } })).toEqual({
      reason: 'Saves not measured on linkedin',
    });
    expect(evaluate('followers - previous(followers)', { followers: { value: 5 } }, { followers: { reason: 'no snapshot for 2026-09' } })).toEqual({
      reason: 'no snapshot for 2026-09',
    });
  });

  it('gives no data for division by zero, naming the metric', () => {
    expect(evaluate('engagements / impressions', { engagements: { value: 0 }, impressions: { value: 0 } })).toEqual({
      reason: 'division by zero: Impressions is 0',
    });
  });

  it('names an expression that is zero, and a previous-period value', () => {
    expect(evaluate('clicks / (likes - comments)', { clicks: { value: 1 }, likes: { value: 3 }, comments: { value: 3 } })).toEqual({
      reason: 'division by zero: Likes and reactions − Comments is 0',
    });
    expect(evaluate('followers / previous(followers)', { followers: { value: 10 } }, { followers: { value: 0 } })).toEqual({
      reason: 'division by zero: Followers (previous period) is 0',
    });
  });

  it('never returns a number that is not finite', () => {
    expect(evaluate('impressions * impressions', { impressions: { value: 1e200 } })).toEqual({ reason: 'Impressions × Impressions is too large to compute' });
  });
});
