import { describe, expect, it } from 'vitest';
import { isSearchable, pageExists, pagePath, pageSource, pagesOf, playbookUrl, type PlaybookPage } from '../../../../src/lib/playbook/routes.ts';
import { kpi, model, onboarding, role } from './model-fixture.ts';

describe('pagePath', () => {
  const cases: [PlaybookPage, string][] = [
    [{ kind: 'home' }, ''],
    [{ kind: 'role', role: 'account-lead' }, 'roles/account-lead/'],
    [{ kind: 'compare-index' }, 'compare/'],
    [{ kind: 'compare', a: 'account-lead', b: 'analyst' }, 'compare/account-lead/analyst/'],
    [{ kind: 'services' }, 'services/'],
    [{ kind: 'responsibilities' }, 'responsibilities/'],
    [{ kind: 'responsibilities', role: 'analyst' }, 'responsibilities/analyst/'],
    [{ kind: 'kpis' }, 'kpis/'],
    [{ kind: 'kpi', kpi: 'reply-time' }, 'kpis/reply-time/'],
    [{ kind: 'onboarding', role: 'support-agent' }, 'onboarding/support-agent/'],
    [{ kind: 'glossary' }, 'glossary/'],
    [{ kind: 'changes' }, 'changes/'],
  ];

  it.each(cases)('gives %j the path "%s"', (page, path) => {
    expect(pagePath(page)).toBe(path);
  });
});

describe('playbookUrl', () => {
  it('puts the version in the URL of a versioned page', () => {
    expect(playbookUrl('2.0', { kind: 'role', role: 'analyst' })).toBe('/playbook/2.0/roles/analyst/');
  });

  it('leaves the version out of the latest-release alias', () => {
    expect(playbookUrl(null, { kind: 'role', role: 'analyst' })).toBe('/playbook/roles/analyst/');
  });

  it('ends the home of a version and of the alias with a slash', () => {
    expect(playbookUrl('next', { kind: 'home' })).toBe('/playbook/next/');
    expect(playbookUrl(null, { kind: 'home' })).toBe('/playbook/');
  });
});

describe('pagesOf', () => {
  const playbook = model({
    roles: [role('account-lead'), role('analyst'), role('support-agent')],
    kpis: [kpi('reply-time'), kpi('reach')],
    onboarding: [onboarding('support-agent')],
  });
  const paths = pagesOf(playbook).map(pagePath);

  it('lists both orders of every pair of roles, and no role against itself', () => {
    const compares = paths.filter((p) => p.startsWith('compare/') && p !== 'compare/');
    expect(compares).toEqual([
      'compare/account-lead/analyst/',
      'compare/account-lead/support-agent/',
      'compare/analyst/account-lead/',
      'compare/analyst/support-agent/',
      'compare/support-agent/account-lead/',
      'compare/support-agent/analyst/',
    ]);
  });

  it('has a responsibility matrix page for each role besides the full matrix', () => {
    expect(paths.filter((p) => p.startsWith('responsibilities/'))).toEqual([
      'responsibilities/',
      'responsibilities/account-lead/',
      'responsibilities/analyst/',
      'responsibilities/support-agent/',
    ]);
  });

  it('has one page per KPI and one per onboarding checklist', () => {
    expect(paths.filter((p) => p.startsWith('kpis/'))).toEqual(['kpis/', 'kpis/reply-time/', 'kpis/reach/']);
    expect(paths.filter((p) => p.startsWith('onboarding/'))).toEqual(['onboarding/support-agent/']);
  });

  it('always has the fixed pages, once each', () => {
    for (const fixed of ['', 'compare/', 'services/', 'glossary/', 'changes/']) {
      expect(paths.filter((p) => p === fixed)).toHaveLength(1);
    }
  });

  it('lists only the fixed pages for an empty playbook', () => {
    expect(pagesOf(model()).map(pagePath)).toEqual(['', 'compare/', 'services/', 'responsibilities/', 'kpis/', 'glossary/', 'changes/']);
  });
});

describe('pageExists', () => {
  const older = model({ version: '1.0', roles: [role('account-lead')], kpis: [kpi('reach')] });
  const newer = model({ version: '2.0', roles: [role('account-lead'), role('analyst')], kpis: [kpi('reach')] });

  it('finds a role page only in the version that has the role', () => {
    const page: PlaybookPage = { kind: 'role', role: 'analyst' };
    expect(pageExists(newer, page)).toBe(true);
    expect(pageExists(older, page)).toBe(false);
  });

  it('finds a comparison only where both roles exist', () => {
    const page: PlaybookPage = { kind: 'compare', a: 'analyst', b: 'account-lead' };
    expect(pageExists(newer, page)).toBe(true);
    expect(pageExists(older, page)).toBe(false);
  });

  it('finds the per-role matrix only where the role exists', () => {
    expect(pageExists(newer, { kind: 'responsibilities', role: 'analyst' })).toBe(true);
    expect(pageExists(older, { kind: 'responsibilities', role: 'analyst' })).toBe(false);
  });

  it('finds pages that every version has in both', () => {
    for (const page of [{ kind: 'home' }, { kind: 'glossary' }, { kind: 'kpi', kpi: 'reach' }] as PlaybookPage[]) {
      expect(pageExists(older, page)).toBe(true);
      expect(pageExists(newer, page)).toBe(true);
    }
  });

  it('does not find an onboarding page for a role without a checklist', () => {
    expect(pageExists(newer, { kind: 'onboarding', role: 'account-lead' })).toBe(false);
  });
});

describe('pageSource', () => {
  const playbook = model({
    version: '2.0',
    roles: [role('analyst', { file: 'versions/2.0/roles/analyst.mdx' })],
    kpis: [kpi('reach', { file: 'versions/2.0/kpis/reach.mdx' })],
    onboarding: [onboarding('analyst', { file: 'versions/2.0/onboarding/analyst.mdx' })],
  });

  it('names the file of a role, KPI or onboarding page', () => {
    expect(pageSource(playbook, { kind: 'role', role: 'analyst' })).toBe('versions/2.0/roles/analyst.mdx');
    expect(pageSource(playbook, { kind: 'kpi', kpi: 'reach' })).toBe('versions/2.0/kpis/reach.mdx');
    expect(pageSource(playbook, { kind: 'onboarding', role: 'analyst' })).toBe('versions/2.0/onboarding/analyst.mdx');
  });

  it("names the version's YAML files for the matrix, glossary and KPI catalogue", () => {
    expect(pageSource(playbook, { kind: 'responsibilities' })).toBe('versions/2.0/responsibilities.yaml');
    expect(pageSource(playbook, { kind: 'responsibilities', role: 'analyst' })).toBe('versions/2.0/responsibilities.yaml');
    expect(pageSource(playbook, { kind: 'glossary' })).toBe('versions/2.0/glossary.yaml');
    expect(pageSource(playbook, { kind: 'kpis' })).toBe('versions/2.0/metrics.yaml');
  });

  it('has no source for generated pages', () => {
    for (const page of [{ kind: 'home' }, { kind: 'compare', a: 'analyst', b: 'x' }, { kind: 'services' }, { kind: 'changes' }] as PlaybookPage[]) {
      expect(pageSource(playbook, page)).toBeUndefined();
    }
  });
});

describe('isSearchable', () => {
  const playbook = model({ roles: [role('analyst'), role('account-lead')] });

  it("indexes a comparison in the roles' order and not the reverse", () => {
    expect(isSearchable(playbook, { kind: 'compare', a: 'analyst', b: 'account-lead' })).toBe(true);
    expect(isSearchable(playbook, { kind: 'compare', a: 'account-lead', b: 'analyst' })).toBe(false);
  });

  it('indexes every page that is not a comparison', () => {
    for (const page of pagesOf(playbook).filter((p) => p.kind !== 'compare')) {
      expect(isSearchable(playbook, page)).toBe(true);
    }
  });

  it('indexes exactly one of the two orders of each pair', () => {
    const three = model({ roles: [role('account-lead'), role('analyst'), role('support-agent')] });
    const compares = pagesOf(three).filter((p) => p.kind === 'compare');
    expect(compares.filter((p) => isSearchable(three, p))).toHaveLength(3);
  });
});
