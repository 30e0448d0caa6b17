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

/** A secret needs this many characters: `openssl rand -hex 32` gives 64. */
export const MIN_SECRET_LENGTH = 32;

export class ShareSecretError extends Error {}

/**
 * The secret report links are derived from. Without one, local previews, tests and pull-request
 * builds use the public demo secret (with a warning); a build for publishing refuses, because
 * anyone with this repository could compute those links.
 */
export function shareSecret(env: Record<string, string | undefined> = process.env): ShareSecret {
  const secret = env[SHARE_SECRET_ENV]?.trim();
  if (secret && secret.length < MIN_SECRET_LENGTH) {
    throw new ShareSecretError(
      `${SHARE_SECRET_ENV} is too short (${secret.length} characters): use at least ${MIN_SECRET_LENGTH} random characters, for example the output of openssl rand -hex 32`,
    );
  }
  if (secret) return { secret, isDemo: false };
  const publishing = publishingTarget(env);
  if (publishing) {
    throw new ShareSecretError(
      `${SHARE_SECRET_ENV} is not set, and this build is for publishing (${publishing}): report links would use the public demo secret, which anyone with this repository can compute. Set ${SHARE_SECRET_ENV} to at least ${MIN_SECRET_LENGTH} random characters (openssl rand -hex 32) as a secret of the build`,
    );
  }
  return { secret: DEMO_SECRET, isDemo: true };
}

/** Hosts that build for publishing, recognised by the variables they set in every build. */
const PUBLISHING_HOSTS: [name: string, isSet: (env: Record<string, string | undefined>) => boolean][] = [
  ['Netlify', (env) => env.NETLIFY === 'true'],
  ['Cloudflare Pages', (env) => env.CF_PAGES === '1'],
  ['Vercel', (env) => env.VERCEL === '1'],
];

const LOCAL_HOSTS = /^(localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$/;

/** Why this build is for publishing (a host, or ROLEBOOK_SITE naming a public URL), if it is. */
export function publishingTarget(env: Record<string, string | undefined>): string | undefined {
  const host = PUBLISHING_HOSTS.find(([, isSet]) => isSet(env));
  if (host) return `a ${host[0]} build`;
  const site = env.ROLEBOOK_SITE?.trim();
  if (!site) return undefined;
  let hostname: string;
  try {
    hostname = new URL(site).hostname;
  } catch {
    return undefined; // an unusable ROLEBOOK_SITE is reported where the site URL is read
  }
  return LOCAL_HOSTS.test(hostname) ? undefined : `ROLEBOOK_SITE is ${site}`;
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
