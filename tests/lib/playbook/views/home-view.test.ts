import { describe, expect, it } from 'vitest';
import { DRAFT_VERSION } from '../../../../src/lib/content-root.ts';
import { playbookHome, siteHome, taskCount } from '../../../../src/lib/playbook/home-view.ts';
import { area, kpi, model, onboarding, role, task, term } from './model-fixture.ts';

const playbook = model({
  version: '2.0',
  roles: [role('support-agent'), role('account-lead')],
  kpis: [kpi('reach')],
  areas: [
    area('Clients', [task('kick-off', { 'account-lead': 'A/R' }), task('renewal', { 'account-lead': 'A' })]),
    area('Support', [task('answer-tickets', { 'support-agent': 'A/R' })]),
  ],
  onboarding: [onboarding('support-agent')],
  glossary: [term('Reach')],
});

describe('taskCount', () => {
  it('counts the tasks of every area', () => {
    expect(taskCount(playbook)).toBe(3);
  });

  it('is 0 without a responsibility matrix, or with empty areas', () => {
    expect(taskCount(model())).toBe(0);
    expect(taskCount(model({ areas: [area('Empty', [])] }))).toBe(0);
  });
});

describe('playbookHome', () => {
  it('names a release by its version', () => {
    expect(playbookHome(playbook).heading).toBe('Playbook 2.0');
  });

  it('calls the draft the working draft, not by its version id', () => {
    const heading = playbookHome(model({ version: DRAFT_VERSION })).heading;
    expect(heading).toBe('Playbook: working draft');
    expect(heading).not.toContain(DRAFT_VERSION);
  });

  it('counts the tasks and links the checklists by role title', () => {
    const home = playbookHome(playbook);
    expect(home.taskCount).toBe(3);
    expect(home.onboarding).toEqual([{ role: 'support-agent', label: 'Support Agent' }]);
    expect(home.intro).toMatch(/^Who does what in the agency/);
  });
});

describe('siteHome', () => {
  const current = playbook;

  it('links to the alias URLs once there is a release, and names it in the footer', () => {
    const home = siteHome({ releases: ['2.0', '1.0'], latest: '2.0', current });
    expect(home.segment).toBeNull();
    expect(home.footerNote).toBe('Showing playbook version 2.0.');
  });

  it('links to the draft before the first release, and says nothing is released', () => {
    const home = siteHome({ releases: [], current: model({ version: DRAFT_VERSION }) });
    expect(home.segment).toBe(DRAFT_VERSION);
    expect(home.footerNote).toBe('Showing playbook the working draft (nothing released yet).');
    expect(home.releases).toEqual([]);
  });

  it('marks only the latest release', () => {
    expect(siteHome({ releases: ['2.0', '1.0'], latest: '2.0', current }).releases).toEqual([
      { version: '2.0', latest: true },
      { version: '1.0', latest: false },
    ]);
  });

  it('counts what the current version holds, each noun singular or plural by its own count', () => {
    expect(siteHome({ releases: ['2.0'], latest: '2.0', current }).stats).toEqual([
      { value: 2, label: 'roles' },
      { value: 3, label: 'tasks in the responsibility matrix, across 2 areas' },
      { value: 1, label: 'KPI definition' },
      { value: 1, label: 'onboarding checklist' },
      { value: 1, label: 'glossary term' },
    ]);
  });

  it('says "1 area" and "0 tasks" in the matrix line', () => {
    const one = model({ areas: [area('Empty', [])] });
    expect(siteHome({ releases: [], current: one }).stats[1]!.label).toBe('tasks in the responsibility matrix, across 1 area');
  });
});
