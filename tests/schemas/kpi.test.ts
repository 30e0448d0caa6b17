import { describe, expect, it } from 'vitest';
import { KPI_UNITS, kpiSchema } from '../../src/schemas/kpi.ts';
import { rejection } from './rejection.ts';

const minimal = { name: 'Reply rate', owner: 'community-manager', formula: 'responses / messages', unit: 'percent', direction: 'up' };

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
      expect(rejection(kpiSchema, input)).toMatch(new RegExp(`^${key}: `));
    }
  });

  it('rejects an unknown unit or direction', () => {
    expect(rejection(kpiSchema, { ...minimal, unit: 'percentage' })).toMatchInlineSnapshot(
      `"unit: Invalid option: expected one of "count"|"percent"|"currency"|"minutes"|"ratio""`,
    );
    expect(rejection(kpiSchema, { ...minimal, direction: 'sideways' })).toMatchInlineSnapshot(`"direction: Invalid option: expected one of "up"|"down""`);
  });

  it('rejects an owner that is not a slug', () => {
    expect(rejection(kpiSchema, { ...minimal, owner: 'Community Manager' })).toMatchInlineSnapshot(
      `"owner: must be a lowercase id such as "community-manager""`,
    );
  });

  it('rejects an empty formula', () => {
    expect(rejection(kpiSchema, { ...minimal, formula: ' ' })).toMatchInlineSnapshot(`"formula: must not be empty"`);
  });

  it('rejects a headline that is not a boolean', () => {
    expect(rejection(kpiSchema, { ...minimal, headline: 'yes' })).toMatchInlineSnapshot(`"headline: Invalid input: expected boolean, received string"`);
  });

  it('rejects unknown keys', () => {
    expect(rejection(kpiSchema, { ...minimal, hedline: true })).toMatchInlineSnapshot(`"(top): Unrecognized key: "hedline""`);
  });
});
