import { describe, expect, it } from 'vitest';
import { onboardingSchema } from '../../src/schemas/onboarding.ts';

const minimal = { title: 'Your first month', weeks: [{ title: 'Week 1', items: ['Meet the team'] }] };
const rejects = (input: unknown) => expect(onboardingSchema.safeParse(input).success).toBe(false);

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
    rejects({ weeks: minimal.weeks });
    rejects({ ...minimal, weeks: [{ items: ['x'] }] });
  });

  it('rejects empty items', () => {
    rejects({ ...minimal, weeks: [{ title: 'Week 1', items: [''] }] });
  });

  it('rejects unknown keys at both levels', () => {
    rejects({ ...minimal, role: 'community-manager' });
    rejects({ ...minimal, weeks: [{ title: 'Week 1', items: ['x'], goal: 'y' }] });
  });
});
