import { z } from 'zod';
import { text } from './common.ts';

/** Frontmatter of `playbook/onboarding/<role-id>.mdx`: a week-by-week checklist. */
export const onboardingSchema = z.strictObject({
  /** Page title. */
  title: text,
  /** The weeks in order; each with a title and the items to tick. */
  weeks: z
    .array(
      z.strictObject({
        title: text,
        items: z.array(text).min(1, { error: 'must list at least one item' }),
      }),
    )
    .min(1, { error: 'must list at least one week' }),
});

export type Onboarding = z.output<typeof onboardingSchema>;
