import { describe, expect, it } from 'vitest';
import { onboardingSchema } from '../../src/schemas/onboarding.ts';
import { rejection } from './rejection.ts';

const minimal = { title: 'Your first month', weeks: [{ title: 'Week 1', items: ['Meet the team'] }] };

describe('onboardingSchema', () => {
  it('accepts a title and one week with one item', () => {
    expect(onboardingSchema.safeParse(minimal)).toEqual({ success: true, data: minimal });
  });

  it('requires at least one week', () => {
    const result = onboardingSchema.safeParse({ ...minimal, weeks: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must list at least one week');
  });

  it('requires at least one item per week', () => {
    const result = onboardingSchema.safeParse({ ...minimal, weeks: [{ title: 'Week 1', items: [] }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['weeks', 0, 'items'], message: 'must list at least one item' });
  });

  it('requires a title for the page and for each week', () => {
    expect(rejection(onboardingSchema, { weeks: minimal.weeks })).toMatchInlineSnapshot(`"title: Invalid input: expected string, received undefined"`);
    expect(rejection(onboardingSchema, { ...minimal, weeks: [{ items: ['x'] }] })).toMatchInlineSnapshot(
      `"weeks.0.title: Invalid input: expected string, received undefined"`,
    );
  });

  it('rejects empty items', () => {
    expect(rejection(onboardingSchema, { ...minimal, weeks: [{ title: 'Week 1', items: [''] }] })).toMatchInlineSnapshot(
      `"weeks.0.items.0: must not be empty"`,
    );
  });

  it('rejects unknown keys at both levels', () => {
    expect(rejection(onboardingSchema, { ...minimal, role: 'community-manager' })).toMatchInlineSnapshot(`"(top): Unrecognized key: "role""`);
    expect(rejection(onboardingSchema, { ...minimal, weeks: [{ title: 'Week 1', items: ['x'], goal: 'y' }] })).toMatchInlineSnapshot(
      `"weeks.0: Unrecognized key: "goal""`,
    );
  });
});
