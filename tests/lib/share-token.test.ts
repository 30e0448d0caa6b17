import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientToken, DEMO_SECRET, deriveToken, publishingTarget, shareSecret } from '../../src/lib/share-token.ts';

describe('share tokens', () => {
  it('derives 26 lowercase base32 characters from HMAC-SHA256 of the client id', () => {
    const token = deriveToken('acme', 'a-secret-of-some-length');
    expect(token).toMatch(/^[a-z2-7]{26}$/);
    // The first 5 bits of the HMAC pick the first character.
    const first = createHmac('sha256', 'a-secret-of-some-length').update('report:acme').digest()[0]! >> 3;
    expect(token[0]).toBe('abcdefghijklmnopqrstuvwxyz234567'[first]);
  });

  it('differs per client and per secret, and is stable', () => {
    expect(deriveToken('acme', 's'.repeat(16))).toBe(deriveToken('acme', 's'.repeat(16)));
    expect(deriveToken('acme', 's'.repeat(16))).not.toBe(deriveToken('acme2', 's'.repeat(16)));
    expect(deriveToken('acme', 's'.repeat(16))).not.toBe(deriveToken('acme', 't'.repeat(16)));
  });

  it('uses the demo secret, flagged, when none is set', () => {
    expect(shareSecret({})).toEqual({ secret: DEMO_SECRET, isDemo: true });
    expect(shareSecret({ ROLEBOOK_SHARE_SECRET: 'x'.repeat(32) })).toEqual({ secret: 'x'.repeat(32), isDemo: false });
  });

  it('refuses a secret too short to be a secret, after trimming it', () => {
    expect(() => shareSecret({ ROLEBOOK_SHARE_SECRET: 'short' })).toThrow(
      'ROLEBOOK_SHARE_SECRET is too short (5 characters): use at least 32 random characters',
    );
    expect(() => shareSecret({ ROLEBOOK_SHARE_SECRET: ` ${'x'.repeat(31)}  ` })).toThrow(/too short \(31 characters\)/);
    expect(shareSecret({ ROLEBOOK_SHARE_SECRET: ` ${'x'.repeat(32)}\n` }).secret).toBe('x'.repeat(32));
  });

  it('treats a secret of only spaces as no secret', () => {
    expect(shareSecret({ ROLEBOOK_SHARE_SECRET: '   ' })).toEqual({ secret: DEMO_SECRET, isDemo: true });
  });

  it('refuses the demo secret in a build for publishing, naming the variable', () => {
    const refuses = (env: Record<string, string>, why: string) =>
      expect(() => shareSecret(env)).toThrow(`ROLEBOOK_SHARE_SECRET is not set, and this build is for publishing (${why})`);
    refuses({ ROLEBOOK_SITE: 'https://org.github.io/team-playbook/' }, 'ROLEBOOK_SITE is https://org.github.io/team-playbook/');
    refuses({ NETLIFY: 'true' }, 'a Netlify build');
    refuses({ CF_PAGES: '1', ROLEBOOK_SHARE_SECRET: '  ' }, 'a Cloudflare Pages build');
    refuses({ VERCEL: '1' }, 'a Vercel build');
  });

  it('keeps the demo secret for local previews and tests', () => {
    for (const site of ['http://localhost:4321/', 'http://127.0.0.1:8080/playbook/', 'http://rolebook.localhost/', 'http://[::1]:3000/']) {
      expect(publishingTarget({ ROLEBOOK_SITE: site }), site).toBeUndefined();
      expect(shareSecret({ ROLEBOOK_SITE: site }).isDemo).toBe(true);
    }
  });

  it('lets a fixed token in client.yaml win', () => {
    expect(clientToken({ id: 'acme', token: 'fixedtoken0123456789' }, shareSecret({}))).toBe('fixedtoken0123456789');
    expect(clientToken({ id: 'acme' }, shareSecret({}))).toBe(deriveToken('acme', DEMO_SECRET));
  });
});
