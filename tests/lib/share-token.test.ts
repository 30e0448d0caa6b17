import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientToken, DEMO_SECRET, deriveToken, shareSecret } from '../../src/lib/share-token.ts';

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

  it('refuses a secret too short to be a secret', () => {
    expect(() => shareSecret({ ROLEBOOK_SHARE_SECRET: 'short' })).toThrow(/at least 16/);
  });

  it('lets a fixed token in client.yaml win', () => {
    expect(clientToken({ id: 'acme', token: 'fixed-token-0123456789' }, shareSecret({}))).toBe('fixed-token-0123456789');
    expect(clientToken({ id: 'acme' }, shareSecret({}))).toBe(deriveToken('acme', DEMO_SECRET));
  });
});
