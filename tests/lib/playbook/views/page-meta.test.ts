import { describe, expect, it } from 'vitest';
import { pageMeta } from '../../../../src/lib/playbook/page-meta.ts';
import { kpi, model, role } from './model-fixture.ts';

const playbook = model({
  version: '2.0',
  roles: [role('account-lead', { summary: 'Owns the client relationship.' }), role('analyst')],
  kpis: [kpi('reply-time', { name: 'Reply time', summary: 'How fast customers hear back.' }), kpi('reach', { name: 'Reach' })],
});

describe('pageMeta', () => {
  it('names the roles on the home page', () => {
    expect(pageMeta(playbook, { kind: 'home' }).description).toContain('who does what (Account Lead and Analyst)');
  });

  it("uses a role's title and summary", () => {
    expect(pageMeta(playbook, { kind: 'role', role: 'account-lead' })).toEqual({ title: 'Account Lead', description: 'Owns the client relationship.' });
  });

  it('names both roles of a comparison in order', () => {
    expect(pageMeta(playbook, { kind: 'compare', a: 'analyst', b: 'account-lead' }).title).toBe('Analyst vs Account Lead');
  });

  it('titles the full matrix and the matrix of one role differently', () => {
    expect(pageMeta(playbook, { kind: 'responsibilities' }).title).toBe('Responsibility matrix');
    expect(pageMeta(playbook, { kind: 'responsibilities', role: 'analyst' }).title).toBe('Responsibilities of the Analyst');
  });

  it("uses a KPI's summary, or a generic sentence without one", () => {
    expect(pageMeta(playbook, { kind: 'kpi', kpi: 'reply-time' })).toEqual({ title: 'Reply time', description: 'How fast customers hear back.' });
    expect(pageMeta(playbook, { kind: 'kpi', kpi: 'reach' }).description).toBe('How Reach is defined, calculated and owned.');
  });

  it('names the role of an onboarding page, or its id when the role is missing', () => {
    expect(pageMeta(playbook, { kind: 'onboarding', role: 'analyst' }).title).toBe('Onboarding: Analyst');
    expect(pageMeta(playbook, { kind: 'onboarding', role: 'intern' }).title).toBe('Onboarding: intern');
  });

  it('says which version the changes page is about', () => {
    expect(pageMeta(playbook, { kind: 'changes' }).title).toBe('Changes in version 2.0');
    expect(pageMeta(model(), { kind: 'changes' }).title).toBe('Changes in the draft');
  });
});
