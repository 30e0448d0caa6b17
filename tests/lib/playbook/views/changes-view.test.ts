import { describe, expect, it } from 'vitest';
import { changesView } from '../../../../src/lib/playbook/changes-view.ts';
import { diffPlaybooks } from '../../../../src/lib/playbook/diff.ts';
import type { PlaybookModel } from '../../../../src/lib/playbook/model.ts';
import { area, kpi, metric, model, onboarding, role, task, term } from './model-fixture.ts';

const METRICS = [metric('engagements'), metric('impressions'), metric('reach')];

const v1 = model({
  version: '1.0',
  roles: [role('account-lead'), role('analyst'), role('intern', { title: 'Intern' })],
  kpis: [kpi('engagement-rate', { owner: 'account-lead' }), kpi('old-reach', { name: 'Old reach', formula: 'reach' })],
  metrics: METRICS,
  areas: [area('Clients', [task('kick-off', { 'account-lead': 'R', analyst: 'I' }), task('renewal', { 'account-lead': 'A' })])],
  onboarding: [onboarding('intern')],
  glossary: [term('Reach'), term('Churn')],
});

const v2 = model({
  version: '2.0',
  roles: [role('account-lead', { goals: ['Keep clients'] }), role('analyst'), role('support-agent')],
  kpis: [
    kpi('engagement-rate', { owner: 'analyst', name: 'Engagement rate' }),
    kpi('reach-rate', { name: 'Reach rate', formula: 'reach / impressions', owner: 'analyst' }),
  ],
  metrics: [
    metric('engagements', { label: 'All engagements' }),
    metric('impressions'),
    metric('reach', { kind: 'stock', label: 'Reach now' }),
    metric('saves'),
  ],
  areas: [
    area('Clients', [task('kick-off', { 'account-lead': 'A', analyst: 'I' }), task('renewal', { 'account-lead': 'A' }, { task: 'Contract renewal' })]),
    area('Support', [task('answer-tickets', { 'support-agent': 'A/R' })]),
  ],
  onboarding: [onboarding('support-agent')],
  glossary: [term('Reach', [], 'A new definition.'), term('Save')],
});

const view = (after: PlaybookModel, before: PlaybookModel) =>
  changesView(after, { version: before.version, model: before, diff: diffPlaybooks(before, after) });

describe('changesView', () => {
  const changes = view(v2, v1);

  it('has nothing to compare for the first release', () => {
    expect(changesView(v1)).toEqual({ version: '1.0', empty: false });
  });

  it('names the version and the release it is compared with', () => {
    expect(changes.version).toBe('2.0');
    expect(changes.against).toBe('1.0');
    expect(changes.empty).toBe(false);
  });

  it('has no sections, and says so, when nothing changed', () => {
    const same = view(model({ ...v1, version: '1.1' }), v1);
    expect(same.empty).toBe(true);
    expect([same.roles, same.responsibilities, same.kpis, same.metrics, same.glossary, same.pages]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('leaves out a section in which nothing changed', () => {
    const onlyGlossary = view(model({ ...v1, version: '1.1', glossary: [term('Reach'), term('Churn'), term('Save')] }), v1);
    expect(onlyGlossary.glossary?.added.map((t) => t.term)).toEqual(['Save']);
    expect(onlyGlossary.roles).toBeUndefined();
    expect(onlyGlossary.kpis).toBeUndefined();
    expect(onlyGlossary.pages).toBeUndefined();
  });

  it('lists roles added and removed, and a changed role with one line per field', () => {
    expect(changes.roles?.added.map((r) => r.id)).toEqual(['support-agent']);
    expect(changes.roles?.removed.map((r) => r.title)).toEqual(['Intern']);
    expect(changes.roles?.changed).toEqual([{ id: 'account-lead', name: 'Account Lead', lines: ['Goals: added Keep clients'] }]);
  });

  it('words a changed RACI cell with the role by title', () => {
    expect(changes.responsibilities?.cells).toEqual([{ task: 'Kick Off', text: 'Account Lead R → A' }]);
    expect(changes.responsibilities?.added.map((t) => t.id)).toEqual(['answer-tickets']);
    expect(changes.responsibilities?.moved.map((m) => [m.before.task, m.after.task])).toEqual([['Renewal', 'Contract renewal']]);
  });

  it('shows a dash for the side of a RACI cell where the role had no letter', () => {
    const after = model({
      ...v1,
      version: '1.1',
      areas: [area('Clients', [task('kick-off', { 'account-lead': 'R' }), task('renewal', { 'account-lead': 'A', analyst: 'C' })])],
    });
    expect(view(after, v1).responsibilities?.cells.map((c) => c.text)).toEqual(['Analyst I → —', 'Analyst — → C']);
  });

  it("gives an added KPI its formula in words, and names a removed KPI and a changed KPI's owner by title", () => {
    expect(changes.kpis?.added).toEqual([{ id: 'reach-rate', name: 'Reach rate', formula: 'Reach now ÷ Impressions' }]);
    expect(changes.kpis?.removed).toEqual([{ id: 'old-reach', name: 'Old reach' }]);
    expect(changes.kpis?.changed).toEqual([
      // The diff's field order: owner before name.
      { id: 'engagement-rate', name: 'Engagement rate', lines: ['Owner: Account Lead → Analyst', 'Name: Engagement Rate → Engagement rate'] },
    ]);
  });

  it("puts a changed metric's changes on one line", () => {
    expect(changes.metrics?.added.map((m) => m.id)).toEqual(['saves']);
    expect(changes.metrics?.changed).toEqual([
      { label: 'All engagements', text: 'Label: Engagements → All engagements' },
      { label: 'Reach now', text: 'Kind: a flow (summed) → a stock (last value); Label: Reach → Reach now' },
    ]);
  });

  it('lists glossary terms added, removed and redefined', () => {
    expect(changes.glossary?.added.map((t) => t.term)).toEqual(['Save']);
    expect(changes.glossary?.removed.map((t) => t.term)).toEqual(['Churn']);
    expect(changes.glossary?.changed.map((t) => t.term)).toEqual(['Reach']);
  });

  it('lists onboarding pages added and removed', () => {
    expect(changes.pages?.added.map((p) => p.id)).toEqual(['support-agent']);
    expect(changes.pages?.removed.map((p) => p.id)).toEqual(['intern']);
  });

  it('links each page whose text changed to its page in this version, under an anchor of its kind', () => {
    const before = model({
      ...v1,
      roles: [role('analyst', { body: 'Old words.' })],
      kpis: [kpi('reach', { body: 'Old.' })],
      onboarding: [onboarding('analyst', { body: 'Before.' })],
    });
    const after = model({
      ...before,
      version: '1.1',
      roles: [role('analyst', { body: 'New words.' })],
      kpis: [kpi('reach', { body: 'New.' })],
      onboarding: [onboarding('analyst', { body: 'After.' })],
    });
    expect(view(after, before).pages?.changed.map((p) => [p.anchor, p.page])).toEqual([
      ['role-analyst', { kind: 'role', role: 'analyst' }],
      ['kpi-reach', { kind: 'kpi', kpi: 'reach' }],
      ['onboarding-analyst', { kind: 'onboarding', role: 'analyst' }],
    ]);
  });

  it('says how many changes a text diff left out, in the singular for one', () => {
    // One changed line per hunk, three unchanged lines between them keep the hunks apart.
    const lines = (n: number, word: string) => Array.from({ length: n }, (_, i) => `Line ${i} ${word}.\nSame ${i} a.\nSame ${i} b.\nSame ${i} c.`).join('\n');
    const omittedOf = (count: number) => {
      // The text diff keeps five hunks and leaves the rest out.
      const before = model({ ...v1, roles: [role('analyst', { body: lines(5 + count, 'old') })] });
      const after = model({ ...before, version: '1.1', roles: [role('analyst', { body: lines(5 + count, 'new') })] });
      return view(after, before).pages?.changed[0];
    };
    expect(omittedOf(0)?.omitted).toBeUndefined();
    expect(omittedOf(1)?.omitted).toBe('…and 1 more change on this page.');
    expect(omittedOf(3)?.omitted).toBe('…and 3 more changes on this page.');
  });
});
