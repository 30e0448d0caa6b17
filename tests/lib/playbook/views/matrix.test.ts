import { describe, expect, it } from 'vitest';
import { initials, matrixView, shortTitles } from '../../../../src/lib/playbook/matrix.ts';
import { area, model, role, task } from './model-fixture.ts';

const playbook = model({
  roles: [role('account-lead'), role('analyst'), role('support-agent')],
  areas: [
    area('Clients', [task('kick-off', { 'account-lead': 'A/R', analyst: 'I' }), task('renewal', { 'account-lead': 'A', 'support-agent': 'R' })]),
    area('Support', [task('answer-tickets', { 'support-agent': 'A/R', 'account-lead': 'I' })]),
    area('Data', [task('dashboards', { analyst: 'A/R' })]),
  ],
});

describe('matrixView', () => {
  it("has one column per role in the model's order, with short titles", () => {
    const columns = matrixView(playbook).columns;
    expect(columns.map((c) => [c.role.id, c.short])).toEqual([
      ['account-lead', 'AL'],
      ['analyst', 'A'],
      ['support-agent', 'SA'],
    ]);
  });

  it('gives each row one cell per column, empty where the role has no letter', () => {
    const clients = matrixView(playbook).areas[0]!;
    expect(clients.rows.map((r) => [r.task.id, r.cells])).toEqual([
      ['kick-off', ['A/R', 'I', undefined]],
      ['renewal', ['A', undefined, 'R']],
    ]);
  });

  it('keeps every area and task and counts them without a role', () => {
    const matrix = matrixView(playbook);
    expect(matrix.areas.map((a) => a.area)).toEqual(['Clients', 'Support', 'Data']);
    expect(matrix.taskCount).toBe(4);
    expect(matrix.role).toBeUndefined();
  });

  it("narrows to one role's tasks and drops areas left empty", () => {
    const matrix = matrixView(playbook, 'support-agent');
    expect(matrix.role?.id).toBe('support-agent');
    expect(matrix.areas.map((a) => [a.area, a.rows.map((r) => r.task.id)])).toEqual([
      ['Clients', ['renewal']],
      ['Support', ['answer-tickets']],
    ]);
    expect(matrix.taskCount).toBe(2);
  });

  it('still shows every column when narrowed to one role', () => {
    expect(matrixView(playbook, 'analyst').columns).toHaveLength(3);
    expect(matrixView(playbook, 'analyst').areas[0]!.rows[0]!.cells).toEqual(['A/R', 'I', undefined]);
  });

  it('counts no tasks for a role without cells', () => {
    const matrix = matrixView(model({ roles: [role('intern')], areas: playbook.areas }), 'intern');
    expect(matrix.areas).toEqual([]);
    expect(matrix.taskCount).toBe(0);
  });

  it("highlights no column on the full matrix, and the narrowed role's column otherwise", () => {
    expect(matrixView(playbook).highlight).toBe(-1);
    expect(matrixView(playbook, 'analyst').highlight).toBe(1);
    expect(matrixView(playbook, 'support-agent').highlight).toBe(2);
  });

  it('offers all roles first, then each role in column order, marking the matrix shown', () => {
    expect(matrixView(playbook, 'analyst').filters).toEqual([
      { page: { kind: 'responsibilities' }, label: 'All roles', current: false },
      { page: { kind: 'responsibilities', role: 'account-lead' }, label: 'Account Lead', current: false },
      { page: { kind: 'responsibilities', role: 'analyst' }, label: 'Analyst', current: true },
      { page: { kind: 'responsibilities', role: 'support-agent' }, label: 'Support Agent', current: false },
    ]);
    expect(
      matrixView(playbook)
        .filters.filter((f) => f.current)
        .map((f) => f.label),
    ).toEqual(['All roles']);
  });

  it('throws for a role the version does not have', () => {
    expect(() => matrixView(playbook, 'intern')).toThrow(/no role "intern"/);
  });
});

describe('shortTitles', () => {
  it('spells out the last word until "Community Manager" and "Content Moderator" differ', () => {
    expect(shortTitles(['Community Manager', 'Content Moderator'])).toEqual(['CMa', 'CMo']);
  });

  it('spells out as many letters as needed for "Social Media Manager" and "Social Media Marketer"', () => {
    expect(shortTitles(['Social Media Manager', 'Social Media Marketer'])).toEqual(['SMMan', 'SMMar']);
  });

  it('gives plain initials to titles that do not clash', () => {
    expect(shortTitles(['Account Lead', 'Support Agent', 'Data Analyst'])).toEqual(['AL', 'SA', 'DA']);
  });

  it('lengthens only the titles that clash', () => {
    expect(shortTitles(['Social Media Manager', 'Community Manager', 'Content Moderator', 'Social Media Marketer'])).toEqual(['SMMan', 'CMa', 'CMo', 'SMMar']);
  });

  it('returns labels unique within the list', () => {
    const shorts = shortTitles(['Community Manager', 'Content Moderator', 'Content Marketer', 'Account Lead']);
    expect(new Set(shorts).size).toBe(4);
  });

  it('uses the first letter of a one-word title', () => {
    expect(shortTitles(['Analyst'])).toEqual(['A']);
  });
});

describe('initials', () => {
  it('takes the first letter of each word, in capitals', () => {
    expect(initials('social media manager')).toBe('SMM');
  });

  it('treats hyphens like spaces and ignores extra spaces', () => {
    expect(initials('Front-line  Support Agent')).toBe('FLSA');
  });

  it('gives nothing for an empty title', () => {
    expect(initials('')).toBe('');
  });
});
