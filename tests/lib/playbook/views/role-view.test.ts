import { describe, expect, it } from 'vitest';
import { RACI_GROUP_LABELS, raciGroups, roleView } from '../../../../src/lib/playbook/role-view.ts';
import { area, kpi, model, onboarding, role, task } from './model-fixture.ts';

describe('raciGroups', () => {
  const playbook = model({
    roles: [role('account-lead'), role('support-agent')],
    areas: [
      area('Clients', [task('kick-off', { 'account-lead': 'A/R', 'support-agent': 'I' }), task('weekly-call', { 'account-lead': 'R', 'support-agent': 'A' })]),
      area('Support', [
        task('renewal', { 'account-lead': 'A', 'support-agent': 'R' }),
        task('answer-tickets', { 'support-agent': 'A/R' }),
        task('survey', { 'account-lead': 'I', 'support-agent': 'A/R' }),
      ]),
    ],
  });

  it('files A/R under A, next to plain A, keeping each task once', () => {
    const groups = raciGroups(playbook, 'account-lead');
    expect(groups[0]!.letter).toBe('A');
    expect(groups[0]!.tasks.map((t) => [t.task.id, t.value])).toEqual([
      ['kick-off', 'A/R'],
      ['renewal', 'A'],
    ]);
  });

  it('orders the groups A, R, C, I and leaves out empty ones', () => {
    expect(raciGroups(playbook, 'account-lead').map((g) => g.letter)).toEqual(['A', 'R', 'I']);
    expect(raciGroups(playbook, 'support-agent').map((g) => g.letter)).toEqual(['A', 'R', 'I']);
  });

  it('labels each group in words', () => {
    const groups = raciGroups(playbook, 'account-lead');
    expect(groups.map((g) => g.label)).toEqual([RACI_GROUP_LABELS.A, RACI_GROUP_LABELS.R, RACI_GROUP_LABELS.I]);
    expect(RACI_GROUP_LABELS.C).toMatch(/^Consulted/);
  });

  it('keeps matrix order within a group across areas', () => {
    const accountable = raciGroups(playbook, 'support-agent')[0]!;
    expect(accountable.tasks.map((t) => t.task.id)).toEqual(['weekly-call', 'answer-tickets', 'survey']);
  });

  it('has no groups for a role without cells', () => {
    expect(raciGroups(playbook, 'analyst')).toEqual([]);
  });
});

describe('roleView', () => {
  const playbook = model({
    roles: [
      role('account-lead', { kpis: ['retention', 'reply-time'] }),
      role('analyst', { reportsTo: 'account-lead' }),
      role('support-agent', { reportsTo: 'account-lead', kpis: ['reply-time'] }),
    ],
    kpis: [
      kpi('retention', { owner: 'account-lead' }),
      kpi('revenue', { owner: 'account-lead' }),
      kpi('reply-time', { owner: 'support-agent' }),
      kpi('reach', { owner: 'analyst' }),
    ],
    areas: [area('Clients', [task('kick-off', { 'account-lead': 'A/R', analyst: 'C' })])],
  });

  it('lists the KPIs the role owns, listed or not', () => {
    expect(roleView(playbook, 'account-lead').ownedKpis.map((k) => k.id)).toEqual(['retention', 'revenue']);
  });

  it('lists KPIs the role is measured by but does not own as tracked', () => {
    expect(roleView(playbook, 'account-lead').trackedKpis.map((k) => k.id)).toEqual(['reply-time']);
    expect(roleView(playbook, 'support-agent').trackedKpis).toEqual([]);
  });

  it('links a role to the role it reports to', () => {
    expect(roleView(playbook, 'analyst').reportsTo?.id).toBe('account-lead');
    expect(roleView(playbook, 'account-lead').reportsTo).toBeUndefined();
  });

  it('lists the direct reports of a role', () => {
    expect(roleView(playbook, 'account-lead').directReports.map((r) => r.id)).toEqual(['analyst', 'support-agent']);
    expect(roleView(playbook, 'analyst').directReports).toEqual([]);
  });

  it("includes the role's RACI groups", () => {
    expect(roleView(playbook, 'analyst').raci.map((g) => g.letter)).toEqual(['C']);
  });

  it('offers a comparison with every other role, in model order', () => {
    expect(roleView(playbook, 'analyst').others.map((r) => r.id)).toEqual(['account-lead', 'support-agent']);
    expect(roleView(model({ roles: [role('analyst')] }), 'analyst').others).toEqual([]);
  });

  it('says whether the version has an onboarding checklist for the role', () => {
    const withChecklist = model({ ...playbook, onboarding: [onboarding('analyst')] });
    expect(roleView(withChecklist, 'analyst').hasOnboarding).toBe(true);
    expect(roleView(withChecklist, 'account-lead').hasOnboarding).toBe(false);
  });

  it('throws for a role the version does not have', () => {
    expect(() => roleView(playbook, 'intern')).toThrow(/no role "intern"/);
  });
});
