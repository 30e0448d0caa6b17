import { describe, expect, it } from 'vitest';
import { RACI_VALUES, responsibilitiesSchema, taskSchema } from '../../src/schemas/responsibilities.ts';
import { rejection } from './rejection.ts';

const task = { task: 'Define the social media strategy', raci: { 'social-media-manager': 'A/R', 'community-manager': 'C', 'content-moderator': 'I' } };
const area = (tasks: unknown[]) => [{ area: 'Strategy', tasks }];

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
    expect(rejection(responsibilitiesSchema, area([{ task: 'T', raci: { lead: 'X' } }]))).toMatchInlineSnapshot(
      `"0.tasks.0.raci.lead: Invalid option: expected one of "R"|"A"|"C"|"I"|"A/R""`,
    );
    expect(rejection(responsibilitiesSchema, area([{ task: 'T', raci: { lead: 'r' } }]))).toMatchInlineSnapshot(
      `"0.tasks.0.raci.lead: Invalid option: expected one of "R"|"A"|"C"|"I"|"A/R""`,
    );
    expect(rejection(responsibilitiesSchema, area([{ task: 'T', raci: { lead: 'R/A' } }]))).toMatchInlineSnapshot(
      `"0.tasks.0.raci.lead: Invalid option: expected one of "R"|"A"|"C"|"I"|"A/R""`,
    );
  });

  it('rejects a role key that is not a slug', () => {
    expect(rejection(responsibilitiesSchema, area([{ task: 'T', raci: { 'Community Manager': 'R' } }]))).toMatchInlineSnapshot(
      `"0.tasks.0.raci.Community Manager: Invalid key in record"`,
    );
  });

  it('rejects an area without tasks, with its own message', () => {
    const result = responsibilitiesSchema.safeParse(area([]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [0, 'tasks'], message: 'must list at least one task' });
  });

  it('rejects a task id that is not a slug', () => {
    expect(rejection(responsibilitiesSchema, area([{ id: 'Define Strategy', task: 'T', raci: { lead: 'A' } }]))).toMatchInlineSnapshot(
      `"0.tasks.0.id: must be a lowercase id such as "community-manager""`,
    );
  });

  it('requires task text and raci', () => {
    expect(rejection(responsibilitiesSchema, area([{ raci: { lead: 'A' } }]))).toMatchInlineSnapshot(
      `"0.tasks.0.task: Invalid input: expected string, received undefined"`,
    );
    expect(rejection(responsibilitiesSchema, area([{ task: 'T' }]))).toMatchInlineSnapshot(
      `"0.tasks.0.raci: Invalid input: expected record, received undefined"`,
    );
  });

  it('rejects unknown keys in areas and tasks', () => {
    expect(rejection(responsibilitiesSchema, [{ area: 'Strategy', tasks: [task], owner: 'x' }])).toMatchInlineSnapshot(`"0: Unrecognized key: "owner""`);
    expect(rejection(responsibilitiesSchema, area([{ ...task, notes: 'x' }]))).toMatchInlineSnapshot(`"0.tasks.0: Unrecognized key: "notes""`);
  });

  it('rejects a mapping at the top level', () => {
    expect(rejection(responsibilitiesSchema, { area: 'Strategy', tasks: [task] })).toMatchInlineSnapshot(
      `"(top): Invalid input: expected array, received object"`,
    );
  });
});
