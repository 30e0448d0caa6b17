/**
 * Render-time sealing of a passphrase client's report pages: the page renders its report to a
 * string in memory and this turns it into the payload script that replaces it, so the plaintext
 * never reaches a file (src/components/report/Sealed.astro).
 *
 * The key is derived once per client per build (PBKDF2 at DEFAULT_ITERATIONS is slow on purpose):
 * the first page of a client draws a random salt and starts the derivation, every later page of
 * that client reuses it, whatever order Astro renders the pages in. Every page gets a fresh IV.
 */
import { payloadScript } from './encrypt-pages.ts';
import { encryptWithKey, pagePath, sealingKey, type SealingKey } from './page-crypto.ts';

export interface SealOptions {
  /** The client the page belongs to: one key per client per build. */
  clientId: string;
  passphrase: string;
  /** The page's path with the site's base path, `/r/<token>/2026-03/`: the ciphertext opens only there. */
  page: string;
  /** PBKDF2 iterations; DEFAULT_ITERATIONS unless a test needs speed. */
  iterations?: number;
}

const keys = new Map<string, { passphrase: string; iterations: number | undefined; key: SealingKey }>();

/** The client's key for this build (this process): derived on first use, then reused. */
export function clientKey(clientId: string, passphrase: string, iterations?: number): SealingKey {
  const known = keys.get(clientId);
  // A dev server that outlives a changed passphrase derives again; a build never does.
  if (known && known.passphrase === passphrase && known.iterations === iterations) return known.key;
  const key = sealingKey(passphrase, { iterations });
  keys.set(clientId, { passphrase, iterations, key });
  return key;
}

/** The sealed region of one page: the payload script standing for `html`. */
export async function sealHtml(html: string, options: SealOptions): Promise<string> {
  if (html.trim() === '') throw new Error('nothing to seal: the page rendered no report');
  const payload = await encryptWithKey(html, clientKey(options.clientId, options.passphrase, options.iterations), pagePath(options.page));
  return payloadScript(payload);
}

/** `/r/<token>/` and `/r/<token>/<period>/` below the site's base path (`import.meta.env.BASE_URL`). */
export function reportPath(base: string, token: string, period?: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root.startsWith('/') ? '' : '/'}${root}r/${token}/${period ? `${period}/` : ''}`;
}
