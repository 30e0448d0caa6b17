import { describe, expect, it } from 'vitest';
import { RACI_VALUES, responsibilitiesSchema, taskSchema } from '../../src/schemas/responsibilities.ts';

const task = { task: 'Define the social media strategy', raci: { 'social-media-manager': 'A/R', 'community-manager': 'C', 'content-moderator': 'I' } };
const area = (tasks: unknown[]) => [{ area: 'Strategy', tasks }];
const rejects = (input: unknown) => expect(responsibilitiesSchema.safeParse(input).success).toBe(false);

describe('responsibilitiesSchema', () => {
  it('accepts areas of tasks with RACI cells', () => {
    expect(responsibilitiesSchema.safeParse(area([task]))).toEqual({ success: true, data: area([task]) });
  });

  it('accepts an explicit task id', () => {
    expect(taskSchema.safeParse({ id: 'define-strategy', ...task }).success).toBe(true);
  });

  it('accepts every documented RACI letter', () => {
    expect(RACI_VALUES).toEqual(['R', 'A', 'C', 'I', 'A/R']);
    for (const letter of ['R', 'A', 'C', 'I', 'A/R']) expect(taskSchema.safeParse({ task: 'T', raci: { lead: letter } }).success).toBe(true);
  });

  it('rejects a bad RACI letter', () => {
    rejects(area([{ task: 'T', raci: { lead: 'X' } }]));
    rejects(area([{ task: 'T', raci: { lead: 'r' } }]));
    rejects(area([{ task: 'T', raci: { lead: 'R/A' } }]));
  });

  it('rejects a role key that is not a slug', () => {
    rejects(area([{ task: 'T', raci: { 'Community Manager': 'R' } }]));
  });

  it('rejects an area without tasks, with its own message', () => {
    const result = responsibilitiesSchema.safeParse(area([]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [0, 'tasks'], message: 'must list at least one task' });
  });

  it('rejects a task id that is not a slug', () => {
    rejects(area([{ id: 'Define Strategy', task: 'T', raci: { lead: 'A' } }]));
  });

  it('requires task text and raci', () => {
    rejects(area([{ raci: { lead: 'A' } }]));
    rejects(area([{ task: 'T' }]));
  });

  it('rejects unknown keys in areas and tasks', () => {
    rejects([{ area: 'Strategy', tasks: [task], owner: 'x' }]);
    rejects(area([{ ...task, notes: 'x' }]));
  });

  it('rejects a mapping at the top level', () => {
    rejects({ area: 'Strategy', tasks: [task] });
  });
});
