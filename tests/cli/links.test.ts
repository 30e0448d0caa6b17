import { describe, expect, it } from 'vitest';
import { DEMO_SECRET, deriveToken } from '../../src/lib/share-token.ts';
import { rolebook } from '../helpers/build.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

describe('rolebook links', () => {
  it('prints the hub and latest report link the build uses, and warns about the demo secret', () => {
    const { status, stdout, stderr } = rolebook(['links'], {
      ROLEBOOK_CONTENT: VALID_FIXTURE,
      ROLEBOOK_SITE: 'http://localhost:4321/',
      ROLEBOOK_SHARE_SECRET: '',
    });
    const token = deriveToken('tiny-bakery', DEMO_SECRET);
    expect(status).toBe(0);
    expect(stdout).toBe(`tiny-bakery\tTiny Bakery\n  hub:    http://localhost:4321/r/${token}/\n  latest: http://localhost:4321/r/${token}/2026-03/\n`);
    expect(stderr).toMatch(/public demo secret/);
  });

  it('refuses to print demo-secret links for a public site, naming the variable', () => {
    const { status, stdout, stderr } = rolebook(['links'], {
      ROLEBOOK_CONTENT: VALID_FIXTURE,
      ROLEBOOK_SITE: 'https://reports.example.com/',
      ROLEBOOK_SHARE_SECRET: ' ',
    });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^rolebook links: ROLEBOOK_SHARE_SECRET is not set, and this build is for publishing \(ROLEBOOK_SITE is https:\/\/reports\.example\.com\/\)/,
    );
  });

  it('uses ROLEBOOK_SHARE_SECRET when set', () => {
    const secret = 'a-real-secret-0123456789abcdefghijk';
    const { stdout, stderr } = rolebook(['links', 'tiny-bakery'], {
      ROLEBOOK_CONTENT: VALID_FIXTURE,
      ROLEBOOK_SHARE_SECRET: secret,
      ROLEBOOK_SITE: 'https://reports.example.com/',
    });
    expect(stdout).toContain(`/r/${deriveToken('tiny-bakery', secret)}/`);
    expect(stderr).toBe('');
  });

  it('prints links below the sub-path of a site served under one (GitHub Pages), with or without its trailing slash', () => {
    const secret = 'a-real-secret-0123456789abcdefghijk';
    const token = deriveToken('tiny-bakery', secret);
    for (const site of ['https://org.github.io/team-playbook/', 'https://org.github.io/team-playbook']) {
      const { status, stdout } = rolebook(['links', 'tiny-bakery'], { ROLEBOOK_CONTENT: VALID_FIXTURE, ROLEBOOK_SITE: site, ROLEBOOK_SHARE_SECRET: secret });
      expect(status, site).toBe(0);
      expect(stdout, site).toBe(
        `tiny-bakery\tTiny Bakery\n  hub:    https://org.github.io/team-playbook/r/${token}/\n  latest: https://org.github.io/team-playbook/r/${token}/2026-03/\n`,
      );
    }
  });

  it('refuses a ROLEBOOK_SITE that is not a URL, in one line', () => {
    const { status, stdout, stderr } = rolebook(['links'], { ROLEBOOK_CONTENT: VALID_FIXTURE, ROLEBOOK_SITE: 'org.github.io/team-playbook' });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^rolebook links: ROLEBOOK_SITE is not a URL: "org\.github\.io\/team-playbook" \(expected [^\n]*\)\n$/);
  });

  it('exits 1 for an unknown client and 2 for bad usage', () => {
    expect(rolebook(['links', 'nobody'], { ROLEBOOK_CONTENT: VALID_FIXTURE }).status).toBe(1);
    expect(rolebook(['links', '--bogus'], { ROLEBOOK_CONTENT: VALID_FIXTURE }).status).toBe(2);
  });
});
