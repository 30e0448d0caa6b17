import { describe, expect, it } from 'vitest';
import { listOf, playbookDescription, playbookIntro } from '../../../../src/lib/playbook/intro.ts';
import { kpi, model, onboarding, role } from './model-fixture.ts';

const roles = [role('account-lead'), role('support-agent'), role('analyst')];

describe('playbook intro', () => {
  it('lists the playbook’s own role titles', () => {
    expect(listOf(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(playbookIntro(model({ roles }))).toBe('Who does what in the agency, role by role: Account Lead, Support Agent, and Analyst.');
    expect(playbookIntro(model({ roles: [role('account-lead')] }))).toBe('Who does what in the agency, role by role: Account Lead.');
  });

  it('mentions KPIs and onboarding only when the playbook has them', () => {
    const full = model({ roles, kpis: [kpi('reach')], onboarding: [onboarding('analyst')] });
    expect(playbookIntro(full)).toMatch(/Analyst\. How each role's success is measured and how a new hire gets started\.$/);
    expect(playbookIntro(model({ roles, kpis: [kpi('reach')] }))).not.toContain('new hire');
    expect(playbookDescription(full)).toBe(
      "The agency playbook: who does what (Account Lead, Support Agent, and Analyst), how each role's success is measured, and how a new hire gets started.",
    );
  });

  it('still reads with no roles', () => {
    expect(playbookIntro(model())).toBe('Who does what in the agency, role by role.');
    expect(playbookDescription(model())).toBe('The agency playbook: who does what.');
  });
});
