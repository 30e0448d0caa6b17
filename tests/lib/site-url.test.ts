import { describe, expect, it } from 'vitest';
import { inSitemap, robotsTxt, siteConfig, siteUrl, withBase } from '../../src/lib/site-url.ts';

describe('siteConfig', () => {
  it('is a domain root with no site when ROLEBOOK_SITE is unset or blank', () => {
    expect(siteConfig({})).toEqual({ base: '/' });
    expect(siteConfig({ ROLEBOOK_SITE: '  ' })).toEqual({ base: '/' });
  });

  it('takes the base from the path, with or without its trailing slash', () => {
    expect(siteConfig({ ROLEBOOK_SITE: 'https://org.github.io/team-playbook/' })).toEqual({
      site: 'https://org.github.io/team-playbook/',
      base: '/team-playbook/',
    });
    expect(siteConfig({ ROLEBOOK_SITE: 'https://org.github.io/team-playbook' })).toEqual({
      site: 'https://org.github.io/team-playbook/',
      base: '/team-playbook/',
    });
    expect(siteConfig({ ROLEBOOK_SITE: 'https://playbook.example.com' })).toEqual({ site: 'https://playbook.example.com/', base: '/' });
    expect(siteConfig({ ROLEBOOK_SITE: 'http://localhost:4321/a/b/' })).toEqual({ site: 'http://localhost:4321/a/b/', base: '/a/b/' });
  });

  it('rejects what is not an http(s) URL in one line naming the variable', () => {
    for (const value of ['playbook.example.com', '/team-playbook/', 'ftp://example.com/', 'https://example.com/?x=1', 'https://example.com/#top']) {
      const run = () => siteConfig({ ROLEBOOK_SITE: value });
      expect(run, value).toThrow(/^ROLEBOOK_SITE /);
      try {
        run();
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
        expect((error as Error).message).toContain(value);
      }
    }
  });
});

describe('withBase and siteUrl', () => {
  it('puts a site path below the base, whichever way the base ends', () => {
    expect(withBase('/', '/playbook/2.0/')).toBe('/playbook/2.0/');
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/team-playbook/', '/playbook/2.0/')).toBe('/team-playbook/playbook/2.0/');
    expect(withBase('/team-playbook', '/playbook/2.0/')).toBe('/team-playbook/playbook/2.0/');
    expect(withBase('/team-playbook/', '/')).toBe('/team-playbook/');
    expect(withBase('/team-playbook/', 'favicon.svg')).toBe('/team-playbook/favicon.svg');
  });

  it('gives absolute URLs when the site is known and paths otherwise', () => {
    expect(siteUrl(siteConfig({ ROLEBOOK_SITE: 'https://org.github.io/team-playbook' }), '/r/abc/')).toBe('https://org.github.io/team-playbook/r/abc/');
    expect(siteUrl(siteConfig({}), '/r/abc/')).toBe('/r/abc/');
  });
});

describe('robotsTxt', () => {
  it('disallows the reports below the base and names the sitemap only when there is one', () => {
    expect(robotsTxt({ base: '/' })).toBe('User-agent: *\nDisallow: /r/\n');
    expect(robotsTxt(siteConfig({ ROLEBOOK_SITE: 'https://org.github.io/team-playbook/' }))).toBe(
      'User-agent: *\nDisallow: /team-playbook/r/\n\nSitemap: https://org.github.io/team-playbook/sitemap-index.xml\n',
    );
  });
});

describe('inSitemap', () => {
  const site = 'https://org.github.io/team-playbook/';
  const base = '/team-playbook/';
  it('lists the home page and versioned playbook pages', () => {
    for (const path of ['', 'playbook/2.0/', 'playbook/2.0/roles/x/', 'playbook/next/kpis/']) expect(inSitemap(`${site}${path}`, base), path).toBe(true);
  });

  it('never lists a report, a latest-release alias or a page outside the base', () => {
    for (const path of ['r/abc/', 'r/abc/2026-01/', 'playbook/', 'playbook/roles/x/']) expect(inSitemap(`${site}${path}`, base), path).toBe(false);
    expect(inSitemap('https://org.github.io/other/', base)).toBe(false);
  });
});
