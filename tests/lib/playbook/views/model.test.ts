import { describe, expect, it } from 'vitest';
import { areasOf } from '../../../../src/lib/playbook/model.ts';

describe('areasOf', () => {
  const areas = areasOf([
    {
      area: 'Clients',
      tasks: [
        { id: 'kick-off', task: 'Run the kick-off meeting', raci: { 'account-lead': 'A/R' } },
        { task: 'Send the Monthly Report', raci: { analyst: 'R', 'account-lead': 'A' } },
      ],
    },
    { area: 'Support', tasks: [{ task: 'Answer tickets & DMs', raci: { 'support-agent': 'A/R' } }] },
  ]);

  it('keeps areas and tasks in file order', () => {
    expect(areas.map((a) => [a.area, a.tasks.map((t) => t.task)])).toEqual([
      ['Clients', ['Run the kick-off meeting', 'Send the Monthly Report']],
      ['Support', ['Answer tickets & DMs']],
    ]);
  });

  it('keeps an explicit task id', () => {
    expect(areas[0]!.tasks[0]!.id).toBe('kick-off');
  });

  it('derives a missing task id from the task text', () => {
    expect(areas[0]!.tasks[1]!.id).toBe('send-the-monthly-report');
    expect(areas[1]!.tasks[0]!.id).toBe('answer-tickets-and-dms');
  });

  it('gives each task its area and its RACI cells', () => {
    expect(areas[0]!.tasks[1]).toEqual({
      id: 'send-the-monthly-report',
      area: 'Clients',
      task: 'Send the Monthly Report',
      raci: { analyst: 'R', 'account-lead': 'A' },
    });
    expect(areas[1]!.tasks[0]!.area).toBe('Support');
  });

  it('gives no areas for an empty file', () => {
    expect(areasOf([])).toEqual([]);
  });
});
