import { describe, expect, it } from 'vitest';
import { comparePage, letterText, rolePairs } from '../../../../src/lib/playbook/compare-view.ts';
import { area, kpi, model, role, task } from './model-fixture.ts';

describe('rolePairs', () => {
  it('lists each unordered pair once, in model order', () => {
    const pairs = rolePairs(model({ roles: [role('account-lead'), role('analyst'), role('support-agent')] }));
    expect(pairs.map(({ a, b }) => `${a.id}/${b.id}`)).toEqual(['account-lead/analyst', 'account-lead/support-agent', 'analyst/support-agent']);
  });

  it('has no pairs for fewer than two roles', () => {
    expect(rolePairs(model())).toEqual([]);
    expect(rolePairs(model({ roles: [role('analyst')] }))).toEqual([]);
  });
});

describe('letterText', () => {
  it('spells out the letter, and shows a dash for no part', () => {
    expect(letterText('A/R')).toBe('A/R · Accountable and responsible');
    expect(letterText('C')).toBe('C · Consulted');
    expect(letterText(undefined)).toBe('—');
  });
});

describe('comparePage', () => {
  const playbook = model({
    roles: [
      role('account-lead', { horizon: 'long-term', audience: 'one-to-many', skills: ['Writing', 'Negotiation'], tools: ['CRM'], kpis: ['reach'] }),
      role('analyst', { horizon: 'short-term', audience: 'one-to-many', skills: ['writing', 'SQL'], kpis: ['reach'] }),
      role('support-agent'),
    ],
    kpis: [kpi('reach', { owner: 'analyst' }), kpi('retention', { owner: 'account-lead' }), kpi('dashboards-shipped', { owner: 'analyst' })],
    areas: [
      area('Clients', [
        task('kick-off', { 'account-lead': 'A', analyst: 'A' }),
        task('renewal', { 'account-lead': 'A', analyst: 'C' }),
        task('weekly-call', { 'account-lead': 'R' }),
      ]),
    ],
  });
  const page = comparePage(playbook, 'account-lead', 'analyst');

  it('offers the roles other than the two compared', () => {
    expect(page.alternatives.map((r) => r.id)).toEqual(['support-agent']);
  });

  it('words each trait, "Not stated" for one a role leaves out, and marks the same ones', () => {
    expect(page.traits).toEqual([
      { heading: 'Goals and horizon', same: false, a: 'Long-term relationships', b: 'Short-term results' },
      { heading: 'Audience', same: true, a: 'One-to-many', b: 'One-to-many' },
      { heading: 'Voice', same: false, a: 'Not stated', b: 'Not stated' },
    ]);
  });

  it('lists the shared KPIs first on both sides, marked as both', () => {
    expect(page.kpis.a.map(({ kpi, both }) => [kpi.id, both])).toEqual([
      ['reach', true],
      ['retention', false],
    ]);
    expect(page.kpis.b.map(({ kpi, both }) => [kpi.id, both])).toEqual([
      ['reach', true],
      ['dashboards-shipped', false],
    ]);
  });

  it("joins skills with the shared ones first, in the first role's spelling", () => {
    expect(page.skills).toEqual({ a: 'Writing · Negotiation', b: 'Writing · SQL', shared: 'Writing' });
  });

  it('shows a dash for a side with no tools, and no shared text when nothing is shared', () => {
    expect(page.tools).toEqual({ a: 'CRM', b: '—', shared: '' });
  });

  it('counts the tasks both roles have a part in, and those only one has', () => {
    expect(page.responsibilities).toMatchObject({ both: 2, onlyA: 1, onlyB: 0 });
  });

  it('keeps only the task groups that have tasks, with their letters in words', () => {
    const { groups } = page.responsibilities;
    expect(groups.map((g) => [g.id, g.heading])).toEqual([
      ['same', 'Same part in these tasks'],
      ['different', 'Both involved, different parts'],
      ['only-a', 'Only the Account Lead'],
    ]);
    expect(groups[1]!.tasks).toEqual([{ task: expect.objectContaining({ id: 'renewal' }), a: 'A · Accountable', b: 'C · Consulted' }]);
    expect(groups[2]!.tasks.map((t) => [t.task.id, t.a, t.b])).toEqual([['weekly-call', 'R · Responsible', '—']]);
  });

  it('has no task groups for two roles without a part in any task', () => {
    const none = comparePage(playbook, 'analyst', 'support-agent');
    expect(none.responsibilities.groups.map((g) => g.id)).toEqual(['only-a']);
    expect(comparePage(model({ roles: [role('analyst'), role('support-agent')] }), 'analyst', 'support-agent').responsibilities).toEqual({
      both: 0,
      onlyA: 0,
      onlyB: 0,
      groups: [],
    });
  });
});
