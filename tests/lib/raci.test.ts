import { describe, expect, it } from 'vitest';
import { allTasks, isAccountable, isResponsible, raciHolders, taskId } from '../../src/lib/raci.ts';

describe('taskId', () => {
  it('uses the explicit id when there is one', () => {
    expect(taskId({ id: 'define-strategy', task: 'Define the social media strategy' })).toBe('define-strategy');
  });

  it('derives the id from the task text otherwise', () => {
    expect(taskId({ task: 'Report on metrics' })).toBe('report-on-metrics');
  });
});

describe('RACI letters', () => {
  it('counts A and A/R as accountable', () => {
    expect(['R', 'A', 'C', 'I', 'A/R'].map((v) => isAccountable(v as never))).toEqual([false, true, false, false, true]);
  });

  it('counts R and A/R as responsible', () => {
    expect(['R', 'A', 'C', 'I', 'A/R'].map((v) => isResponsible(v as never))).toEqual([true, false, false, false, true]);
  });

  it('lists the accountable and responsible roles of a task in cell order', () => {
    expect(raciHolders({ raci: { lead: 'A/R', manager: 'R', moderator: 'C', marketer: 'I', boss: 'A' } })).toEqual({
      accountable: ['lead', 'boss'],
      responsible: ['lead', 'manager'],
    });
  });

  it('gives empty lists when nobody holds A or R', () => {
    expect(raciHolders({ raci: { lead: 'C', agent: 'I' } })).toEqual({ accountable: [], responsible: [] });
  });
});

describe('allTasks', () => {
  it('flattens areas into tasks with their area, indexes and id, in file order', () => {
    const first = { task: 'Define strategy', raci: { lead: 'A/R' as const } };
    const second = { id: 'moderate', task: 'Moderate comments', raci: { agent: 'R' as const, lead: 'A' as const } };
    const third = { task: 'Answer DMs', raci: { agent: 'A/R' as const } };
    expect(
      allTasks([
        { area: 'Strategy', tasks: [first] },
        { area: 'Community', tasks: [second, third] },
      ]),
    ).toEqual([
      { area: 'Strategy', areaIndex: 0, taskIndex: 0, task: first, id: 'define-strategy' },
      { area: 'Community', areaIndex: 1, taskIndex: 0, task: second, id: 'moderate' },
      { area: 'Community', areaIndex: 1, taskIndex: 1, task: third, id: 'answer-dms' },
    ]);
  });

  it('is empty for no areas', () => {
    expect(allTasks([])).toEqual([]);
  });
});
