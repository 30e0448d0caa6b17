import { describe, expect, it } from 'vitest';
import { canonicalUrl, fullTitle, SITE_NAME } from '../../src/lib/page-head.ts';

describe('fullTitle', () => {
  it("appends the site's name to a page's title", () => {
    expect(fullTitle('Glossary (playbook 2.0)')).toBe(`Glossary (playbook 2.0) · ${SITE_NAME}`);
  });

  it("does not repeat the site's name on the home page", () => {
    expect(fullTitle(SITE_NAME)).toBe(SITE_NAME);
  });
});

describe('canonicalUrl', () => {
  const site = 'https://org.github.io/team-playbook/';

  it('names the absolute URL of the page itself when the site is known', () => {
    expect(canonicalUrl({ site, pathname: '/team-playbook/playbook/2.0/kpis/' })).toBe('https://org.github.io/team-playbook/playbook/2.0/kpis/');
  });

  it('names the versioned page of an alias page, absolute when the site is known', () => {
    const alias = { pathname: '/team-playbook/playbook/kpis/', canonical: '/team-playbook/playbook/2.0/kpis/' };
    expect(canonicalUrl({ site: new URL(site), ...alias })).toBe('https://org.github.io/team-playbook/playbook/2.0/kpis/');
    expect(canonicalUrl(alias)).toBe('/team-playbook/playbook/2.0/kpis/');
  });

  it('names nothing for a page that is its own canonical when the site is unknown', () => {
    expect(canonicalUrl({ pathname: '/playbook/2.0/kpis/' })).toBeUndefined();
  });
});
