import { describe, expect, it } from 'vitest';
import { DEMO_SECRET, deriveToken } from '../../src/lib/share-token.ts';
import { rolebook } from '../helpers/build.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

describe('rolebook links', () => {
  it('prints the hub and latest report link the build uses, and warns about the demo secret', () => {
    const { status, stdout, stderr } = rolebook(['links'], { ROLEBOOK_CONTENT: VALID_FIXTURE, ROLEBOOK_SITE: 'http://localhost:4321/', ROLEBOOK_SHARE_SECRET: '' });
    const token = deriveToken('tiny-bakery', DEMO_SECRET);
    expect(status).toBe(0);
    expect(stdout).toBe(`tiny-bakery\tTiny Bakery\n  hub:    http://localhost:4321/r/${token}/\n  latest: http://localhost:4321/r/${token}/2026-03/\n`);
    expect(stderr).toMatch(/public demo secret/);
  });

  it('refuses to print demo-secret links for a public site, naming the variable', () => {
    const { status, stdout, stderr } = rolebook(['links'], { ROLEBOOK_CONTENT: VALID_FIXTURE, ROLEBOOK_SITE: 'https://reports.example.com/', ROLEBOOK_SHARE_SECRET: ' ' });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^rolebook links: ROLEBOOK_SHARE_SECRET is not set, and this build is for publishing \(ROLEBOOK_SITE is https:\/\/reports\.example\.com\/\)/);
  });

  it('uses ROLEBOOK_SHARE_SECRET when set', () => {
    const secret = 'a-real-secret-0123456789abcdefghijk';
    const { stdout, stderr } = rolebook(['links', 'tiny-bakery'], { ROLEBOOK_CONTENT: VALID_FIXTURE, ROLEBOOK_SHARE_SECRET: secret, ROLEBOOK_SITE: 'https://reports.example.com/' });
    expect(stdout).toContain(`/r/${deriveToken('tiny-bakery', secret)}/`);
    expect(stderr).toBe('');
  });

  it('exits 1 for an unknown client and 2 for bad usage', () => {
    expect(rolebook(['links', 'nobody'], { ROLEBOOK_CONTENT: VALID_FIXTURE }).status).toBe(1);
    expect(rolebook(['links', '--bogus'], { ROLEBOOK_CONTENT: VALID_FIXTURE }).status).toBe(2);
  });
});
