import { z } from 'zod';
import { slug, text } from './common.ts';

export const RACI_VALUES = ['R', 'A', 'C', 'I', 'A/R'] as const;
export type RaciValue = (typeof RACI_VALUES)[number];

/** One task of the responsibility matrix. */
export const taskSchema = z.strictObject({
  /** Stable id for links and diffs; derived from the task text when absent. */
  id: slug.optional(),
  /** What has to be done, as a short imperative sentence. */
  task: text,
  /** Role id → R (does it), A (answers for it), C (is asked), I (is told) or A/R. */
  raci: z.record(slug, z.enum(RACI_VALUES)),
});

/** `playbook/responsibilities.yaml`: areas → tasks → RACI cells. */
export const responsibilitiesSchema = z.array(
  z.strictObject({
    /** Heading the tasks are grouped under (Strategy, Moderation, …). */
    area: text,
    tasks: z.array(taskSchema).min(1, { error: 'must list at least one task' }),
  }),
);

export type Task = z.output<typeof taskSchema>;
export type Responsibilities = z.output<typeof responsibilitiesSchema>;
