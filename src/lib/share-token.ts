/**
 * Share tokens: the secret part of a client's report URLs (`/r/<token>/…`). A token is an
 * HMAC-SHA256 of the client id under ROLEBOOK_SHARE_SECRET, so it cannot be guessed from the id
 * and changes everywhere when the secret is rotated; a `token` in client.yaml wins.
 */
import { createHmac } from 'node:crypto';

export const SHARE_SECRET_ENV = 'ROLEBOOK_SHARE_SECRET';

/** Used when no secret is set, so the demo builds; anyone can recompute these tokens. */
export const DEMO_SECRET = 'rolebook-demo-secret-do-not-use-in-production';

export interface ShareSecret {
  secret: string;
  /** True when the demo secret is in use: report links are then guessable. */
  isDemo: boolean;
}

export function shareSecret(env: Record<string, string | undefined> = process.env): ShareSecret {
  const secret = env[SHARE_SECRET_ENV]?.trim();
  if (secret && secret.length < 16) throw new Error(`${SHARE_SECRET_ENV} is too short: use at least 16 random characters (for example: openssl rand -hex 32)`);
  return secret ? { secret, isDemo: false } : { secret: DEMO_SECRET, isDemo: true };
}

/** 26 base32 characters (130 bits) from HMAC-SHA256(secret, "report:" + clientId). */
export function deriveToken(clientId: string, secret: string): string {
  const digest = createHmac('sha256', secret).update(`report:${clientId}`).digest();
  return base32(digest).slice(0, 26);
}

export function clientToken(client: { id: string; token?: string }, secret: ShareSecret): string {
  return client.token ?? deriveToken(client.id, secret.secret);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + ALPHABET[(value << (5 - bits)) & 31] : out;
}
