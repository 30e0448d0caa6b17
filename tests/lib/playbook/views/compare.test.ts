import { describe, expect, it } from 'vitest';
import { compareRoles, compareSets } from '../../../../src/lib/playbook/compare.ts';
import { area, kpi, model, role, task } from './model-fixture.ts';

describe('compareRoles traits', () => {
  const playbook = model({
    roles: [
      role('account-lead', { horizon: 'long-term', audience: 'one-to-many', voice: 'brand' }),
      role('support-agent', { horizon: 'short-term', audience: 'one-to-many' }),
    ],
  });
  const traits = compareRoles(playbook, 'account-lead', 'support-agent').traits;

  it('lists horizon, audience and voice in that order', () => {
    expect(traits.map((t) => t.dimension)).toEqual(['horizon', 'audience', 'voice']);
  });

  it('marks a trait both roles declare alike as the same', () => {
    expect(traits[1]).toEqual({ dimension: 'audience', a: 'one-to-many', b: 'one-to-many', same: true });
  });

  it('marks differing values as different', () => {
    expect(traits[0]).toEqual({ dimension: 'horizon', a: 'long-term', b: 'short-term', same: false });
  });

  it('does not call a trait the same when one role leaves it out', () => {
    expect(traits[2]).toEqual({ dimension: 'voice', a: 'brand', b: undefined, same: false });
  });

  it('does not call a trait the same when neither role declares it', () => {
    const bare = model({ roles: [role('analyst'), role('support-agent')] });
    expect(compareRoles(bare, 'analyst', 'support-agent').traits.every((t) => !t.same)).toBe(true);
  });
});

describe('compareRoles skills, tools and goals', () => {
  const playbook = model({
    roles: [
      role('account-lead', { goals: ['Keep clients'], skills: ['Negotiation', 'Copywriting ', 'Excel'], tools: ['Slack', 'Looker'] }),
      role('analyst', { goals: ['Explain the numbers'], skills: ['SQL', 'excel', 'copywriting'], tools: ['Looker', 'dbt'] }),
    ],
  });
  const comparison = compareRoles(playbook, 'account-lead', 'analyst');

  it("shares skills whatever their case or surrounding spaces, in A's spelling", () => {
    expect(comparison.skills).toEqual({ shared: ['Copywriting ', 'Excel'], onlyA: ['Negotiation'], onlyB: ['SQL'] });
  });

  it('splits tools the same way', () => {
    expect(comparison.tools).toEqual({ shared: ['Looker'], onlyA: ['Slack'], onlyB: ['dbt'] });
  });

  it("puts each role's goals side by side", () => {
    expect(comparison.goals).toEqual({ a: ['Keep clients'], b: ['Explain the numbers'] });
  });

  it('returns the two roles themselves', () => {
    expect([comparison.a.id, comparison.b.id]).toEqual(['account-lead', 'analyst']);
  });
});

describe('compareRoles KPIs', () => {
  const playbook = model({
    roles: [role('account-lead', { kpis: ['reply-time'] }), role('support-agent', { kpis: ['reply-time', 'csat'] })],
    kpis: [
      kpi('retention', { owner: 'account-lead' }),
      kpi('reply-time', { owner: 'support-agent' }),
      kpi('csat', { owner: 'analyst' }),
      kpi('reach', { owner: 'analyst' }),
    ],
  });
  const kpis = compareRoles(playbook, 'account-lead', 'support-agent').kpis;

  it('counts a KPI a role owns or lists, and shares one both have', () => {
    expect(kpis.shared.map((k) => k.id)).toEqual(['reply-time']);
    expect(kpis.onlyA.map((k) => k.id)).toEqual(['retention']);
    expect(kpis.onlyB.map((k) => k.id)).toEqual(['csat']);
  });

  it('leaves out KPIs neither role owns or lists', () => {
    expect([...kpis.shared, ...kpis.onlyA, ...kpis.onlyB].map((k) => k.id)).not.toContain('reach');
  });
});

describe('compareRoles responsibilities', () => {
  const playbook = model({
    roles: [role('account-lead'), role('support-agent'), role('analyst')],
    areas: [
      area('Clients', [
        task('kick-off', { 'account-lead': 'A/R', 'support-agent': 'I' }),
        task('weekly-call', { 'account-lead': 'R', 'support-agent': 'R', analyst: 'A' }),
      ]),
      area('Support', [
        task('answer-tickets', { 'support-agent': 'A/R' }),
        task('escalate', { 'account-lead': 'C', analyst: 'A/R' }),
        task('report', { 'account-lead': 'I', 'support-agent': 'I', analyst: 'A/R' }),
        task('audit', { analyst: 'A/R' }),
      ]),
    ],
  });
  const r = compareRoles(playbook, 'account-lead', 'support-agent').responsibilities;
  const ids = (list: { task: { id: string } }[]) => list.map((t) => t.task.id);

  it('groups tasks where both hold the same letter, across areas', () => {
    expect(ids(r.sameLetter)).toEqual(['weekly-call', 'report']);
    expect(r.sameLetter[0]).toMatchObject({ a: 'R', b: 'R' });
  });

  it('groups tasks where both hold different letters, with both letters', () => {
    expect(r.differentLetter).toHaveLength(1);
    expect(r.differentLetter[0]).toMatchObject({ task: { id: 'kick-off' }, a: 'A/R', b: 'I' });
  });

  it("lists tasks only one of the two is part of, on that role's side", () => {
    expect(ids(r.onlyA)).toEqual(['escalate']);
    expect(r.onlyA[0]).toMatchObject({ a: 'C', b: undefined });
    expect(ids(r.onlyB)).toEqual(['answer-tickets']);
  });

  it('leaves out tasks neither role is part of', () => {
    expect([r.sameLetter, r.differentLetter, r.onlyA, r.onlyB].flatMap(ids)).not.toContain('audit');
  });

  it('throws for a role the version does not have', () => {
    expect(() => compareRoles(playbook, 'account-lead', 'intern')).toThrow(/no role "intern"/);
  });
});

describe('compareSets', () => {
  it("keeps each list's own order", () => {
    expect(compareSets(['c', 'b', 'a'], ['a', 'd', 'c'], (x) => x)).toEqual({ shared: ['c', 'a'], onlyA: ['b'], onlyB: ['d'] });
  });

  it('compares by the key it is given', () => {
    const result = compareSets([{ id: 1, n: 'x' }], [{ id: 1, n: 'y' }], (item) => String(item.id));
    expect(result.shared).toEqual([{ id: 1, n: 'x' }]);
    expect(result.onlyB).toEqual([]);
  });
});
