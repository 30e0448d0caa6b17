import { describe, expect, it } from 'vitest';
import { playbookNav } from '../../../../src/lib/playbook/playbook-nav.ts';
import { playbookUrl, type PlaybookPage } from '../../../../src/lib/playbook/routes.ts';
import { model, onboarding, role } from './model-fixture.ts';

const urlFor = (page: PlaybookPage) => playbookUrl('2.0', page);
const playbook = model({
  version: '2.0',
  roles: [role('account-lead'), role('support-agent')],
  onboarding: [onboarding('support-agent'), onboarding('account-lead')],
});

describe('playbookNav', () => {
  it('has the sections in reading order, the roles in model order', () => {
    const nav = playbookNav(playbook, urlFor, '/');
    expect(nav.sections.map((s) => s.heading)).toEqual(['Roles', 'Who does what', 'Measuring success', 'Onboarding', 'Reference']);
    expect(nav.sections[0]!.links.map((l) => [l.label, l.href])).toEqual([
      ['Account Lead', '/playbook/2.0/roles/account-lead/'],
      ['Support Agent', '/playbook/2.0/roles/support-agent/'],
    ]);
  });

  it('sorts the onboarding checklists by role title', () => {
    const onboardingSection = playbookNav(playbook, urlFor, '/').sections[3]!;
    expect(onboardingSection.links.map((l) => l.label)).toEqual(['Account Lead', 'Support Agent']);
  });

  it('leaves out a section without links', () => {
    const nav = playbookNav(model({ version: '2.0', roles: [role('analyst')] }), urlFor, '/');
    expect(nav.sections.map((s) => s.heading)).not.toContain('Onboarding');
  });

  it('marks only the link to the page being read', () => {
    const nav = playbookNav(playbook, urlFor, '/playbook/2.0/kpis/');
    const current = [nav.home, ...nav.sections.flatMap((s) => s.links)].filter((l) => l.current);
    expect(current.map((l) => l.label)).toEqual(['KPI catalogue']);
  });

  it('marks the home link on the version home', () => {
    const nav = playbookNav(playbook, urlFor, '/playbook/2.0/');
    expect(nav.home).toEqual({ href: '/playbook/2.0/', label: 'Playbook home', current: true });
  });

  it("builds every URL with the page's own urlFor (alias pages link to alias pages)", () => {
    const nav = playbookNav(playbook, (page) => playbookUrl(null, page), '/playbook/kpis/');
    expect(nav.home.href).toBe('/playbook/');
    expect(nav.sections[0]!.links[0]!.href).toBe('/playbook/roles/account-lead/');
    expect(nav.sections[2]!.links[0]).toEqual({ href: '/playbook/kpis/', label: 'KPI catalogue', current: true });
  });
});
