import { describe, expect, it } from 'vitest';
import { KPI_UNITS, kpiSchema } from '../../src/schemas/kpi.ts';

const minimal = { name: 'Reply rate', owner: 'community-manager', formula: 'responses / messages', unit: 'percent', direction: 'up' };
const rejects = (input: unknown) => expect(kpiSchema.safeParse(input).success).toBe(false);

describe('kpiSchema', () => {
  it('accepts the required fields and defaults headline to false', () => {
    const result = kpiSchema.safeParse(minimal);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ ...minimal, headline: false, movedBy: [] });
  });

  it('keeps headline: true and a summary', () => {
    expect(kpiSchema.parse({ ...minimal, headline: true, summary: 'Share of messages answered.' })).toEqual({
      ...minimal,
      headline: true,
      summary: 'Share of messages answered.',
      movedBy: [],
    });
  });

  it('accepts each documented unit', () => {
    expect(KPI_UNITS).toEqual(['count', 'percent', 'currency', 'minutes', 'ratio']);
    for (const unit of ['count', 'percent', 'currency', 'minutes', 'ratio']) expect(kpiSchema.safeParse({ ...minimal, unit }).success).toBe(true);
  });

  it('requires each of name, owner, formula, unit and direction', () => {
    for (const key of ['name', 'owner', 'formula', 'unit', 'direction']) {
      const input: Record<string, unknown> = { ...minimal };
      delete input[key];
      rejects(input);
    }
  });

  it('rejects an unknown unit or direction', () => {
    rejects({ ...minimal, unit: 'percentage' });
    rejects({ ...minimal, direction: 'sideways' });
  });

  it('rejects an owner that is not a slug', () => {
    rejects({ ...minimal, owner: 'Community Manager' });
  });

  it('rejects an empty formula', () => {
    rejects({ ...minimal, formula: ' ' });
  });

  it('rejects a headline that is not a boolean', () => {
    rejects({ ...minimal, headline: 'yes' });
  });

  it('rejects unknown keys', () => {
    rejects({ ...minimal, hedline: true });
  });
});
