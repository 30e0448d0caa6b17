import { describe, expect, it } from 'vitest';
import { checklistItemId } from '../../../../src/lib/playbook/onboarding.ts';
import { onboardingLinks, onboardingView } from '../../../../src/lib/playbook/onboarding-view.ts';
import { model, onboarding, role } from './model-fixture.ts';

describe('onboardingLinks', () => {
  it('names each checklist by its role and sorts by that name, not by file', () => {
    const playbook = model({
      roles: [role('analyst', { title: 'Data Analyst' }), role('support-agent'), role('account-lead')],
      onboarding: [onboarding('support-agent'), onboarding('analyst'), onboarding('account-lead')],
    });
    expect(onboardingLinks(playbook)).toEqual([
      { role: 'account-lead', label: 'Account Lead' },
      { role: 'analyst', label: 'Data Analyst' },
      { role: 'support-agent', label: 'Support Agent' },
    ]);
  });

  it("falls back to the checklist's own title for a role the version does not have", () => {
    const playbook = model({ onboarding: [onboarding('intern', { title: 'Your first weeks' })] });
    expect(onboardingLinks(playbook)).toEqual([{ role: 'intern', label: 'Your first weeks' }]);
  });

  it('is empty without checklists', () => {
    expect(onboardingLinks(model({ roles: [role('analyst')] }))).toEqual([]);
  });
});

describe('onboardingView', () => {
  const checklist = onboarding('analyst', {
    weeks: [
      { title: 'Week 1', items: ['Meet the team', 'Get access'] },
      { title: 'Week 2', items: ['Shadow a report'] },
      { title: 'Week 3', items: [] },
    ],
  });
  const playbook = model({ roles: [role('analyst')], onboarding: [checklist] });

  it('counts the items over every week', () => {
    expect(onboardingView(playbook, 'analyst').itemCount).toBe(3);
  });

  it('numbers the week anchors from 1 and gives each item the id its tick is stored by', () => {
    const { weeks } = onboardingView(playbook, 'analyst');
    expect(weeks.map((week) => week.anchor)).toEqual(['week-1', 'week-2', 'week-3']);
    expect(weeks[1]!.items).toEqual([{ id: checklistItemId(1, 'Shadow a report'), text: 'Shadow a report' }]);
    expect(weeks[2]!.items).toEqual([]);
  });

  it('finds the role the checklist is for, and leaves it unset when the version lacks it', () => {
    expect(onboardingView(playbook, 'analyst').role?.id).toBe('analyst');
    expect(onboardingView(model({ onboarding: [checklist] }), 'analyst').role).toBeUndefined();
  });

  it('throws for a role without a checklist', () => {
    expect(() => onboardingView(playbook, 'intern')).toThrow(/no onboarding checklist "intern"/);
  });
});
