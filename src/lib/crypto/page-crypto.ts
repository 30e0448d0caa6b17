/**
 * Passphrase encryption of a report page's content, the same code at build time (Node) and in the
 * browser (Web Crypto only, no libraries).
 *
 * PBKDF2-HMAC-SHA256 turns the passphrase and a 16-byte salt into an AES-GCM-256 key; each page is
 * sealed under that key with its own random 12-byte IV, and GCM's tag makes a wrong passphrase or a
 * changed byte fail instead of decrypting to garbage.
 *
 * One salt per client, one IV per page: the build draws ONE random salt for all pages of a client
 * (`randomSalt()`, passed as `options.salt`), so PBKDF2 runs once per client rather than once per
 * page, and a reader who unlocked one page holds the key for the others. That is safe because every
 * page still gets a fresh random IV, and AES-GCM only needs (key, IV) pairs never to repeat: with
 * 96-bit random IVs that holds far beyond the 2^32 pages NIST allows per key. Without `options.salt`
 * each call draws its own salt (and pays for its own PBKDF2). The build keeps one `SealingKey` per
 * client (`sealingKey()`), so the key is derived once per client per build however the pages are
 * ordered.
 *
 * Each ciphertext is bound to its page: the page's path (`/r/<token>/2026-03/`, with the site's base
 * path) is AES-GCM's additional data, so a payload copied into another page (another month, another
 * client's page sealed with the same passphrase) fails to open there as if the passphrase were
 * wrong. The browser passes `location.pathname`, normalised by `pagePath()` on both sides.
 *
 * Version 2 of the payload is the one with the path bound; version 1 (no additional data) is refused.
 */

export const PAYLOAD_VERSION = 2;

export interface EncryptedPayload {
  v: 2;
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** base64, 16 bytes. */
  salt: string;
  /** base64, 12 bytes. */
  iv: string;
  /** base64: AES-GCM-256 ciphertext followed by its 16-byte tag. */
  ciphertext: string;
}

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet). */
export const DEFAULT_ITERATIONS = 600_000;

export interface EncryptOptions {
  /** PBKDF2 iterations; DEFAULT_ITERATIONS unless a test needs speed. */
  iterations?: number;
  /** 16 bytes; share one per client (see above). A fresh random one when omitted. */
  salt?: Uint8Array;
  /** 12 bytes, for tests only: an IV must never be used twice with the same key. Random when omitted. */
  iv?: Uint8Array;
}

const SALT_BYTES = 16;
const IV_BYTES = 12;
// Bounds a malformed payload could otherwise push past: a browser tab would hang deriving the key.
const MAX_ITERATIONS = 10_000_000;

/** The passphrase is wrong, or the encrypted content was changed: AES-GCM cannot tell the two apart. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase, or the encrypted content was changed after it was encrypted');
    this.name = 'WrongPassphraseError';
  }
}

export function randomSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/**
 * The path a page's ciphertext is bound to: `/r/<token>/2026-03/` for `/r/<token>/2026-03`,
 * `/r/<token>/2026-03/index.html` or `/r/<token>/2026-03/`, so a server's way of writing the URL
 * does not matter. Build and browser both call it.
 */
export function pagePath(pathname: string): string {
  const path = pathname.replace(/(?:^|\/)index\.html$/, '/');
  return path.endsWith('/') ? path : `${path}/`;
}

/** A client's key for one build: one salt, derived once, used for all of its pages. */
export interface SealingKey {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  key: Promise<CryptoKey>;
  /** IVs callers chose themselves under this key, to refuse a repeat (random ones never collide). */
  chosenIvs: Set<string>;
}

/** Derives (once, lazily awaited) the key for a passphrase and a salt: a fresh random salt unless given. */
export function sealingKey(passphrase: string, options: Omit<EncryptOptions, 'iv'> = {}): SealingKey {
  checkPassphrase(passphrase);
  const iterations = checkIterations(options.iterations ?? DEFAULT_ITERATIONS);
  const salt = copyBytes(options.salt ?? randomSalt(), SALT_BYTES, 'salt');
  return cachedKey(passphrase, salt, iterations);
}

/** Seal one page's content under a client's key, bound to the page's path, with a fresh IV. */
export async function encryptWithKey(plaintext: string, sealing: SealingKey, page: string, iv?: Uint8Array): Promise<EncryptedPayload> {
  const nonce = copyBytes(iv ?? crypto.getRandomValues(new Uint8Array(IV_BYTES)), IV_BYTES, 'iv');
  if (iv) claimIv(sealing, nonce);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: additionalData(page) },
    await sealing.key,
    new TextEncoder().encode(plaintext),
  );
  return {
    v: PAYLOAD_VERSION,
    kdf: 'PBKDF2-SHA256',
    iterations: sealing.iterations,
    salt: toBase64(sealing.salt),
    iv: toBase64(nonce),
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
}

/** Seal text for the page at `page` (its path, see `pagePath`). */
export async function encryptText(plaintext: string, passphrase: string, page: string, options: EncryptOptions = {}): Promise<EncryptedPayload> {
  return encryptWithKey(plaintext, sealingKey(passphrase, options), page, options.iv);
}

/** @throws WrongPassphraseError when the passphrase is wrong, the payload was tampered with or belongs to another page. */
export async function decryptText(payload: EncryptedPayload, passphrase: string, page: string): Promise<string> {
  checkPayload(payload);
  if (passphrase === '') throw new WrongPassphraseError();
  const key = await cachedKey(passphrase, fromBase64(payload.salt), payload.iterations).key;
  return open(payload, key, page);
}

/**
 * The AES key for a payload's salt and iterations as base64, so a browser tab can remember it
 * (it opens only pages sharing that salt) instead of the passphrase itself.
 */
export async function exportPayloadKey(payload: EncryptedPayload, passphrase: string): Promise<string> {
  checkPayload(payload);
  if (passphrase === '') throw new WrongPassphraseError();
  return toBase64(await deriveKeyBytes(passphrase, fromBase64(payload.salt), payload.iterations));
}

/** Decrypt with a key from `exportPayloadKey`. @throws WrongPassphraseError when it does not fit (or the page is another). */
export async function decryptTextWithKey(payload: EncryptedPayload, key: string, page: string): Promise<string> {
  checkPayload(payload);
  const bytes = fromBase64(key);
  if (bytes.length !== 32) throw new WrongPassphraseError();
  return open(payload, await importAesKey(bytes), page);
}

/** Read a payload from the JSON the page carries; throws on anything that is not one. */
export function parsePayload(json: string): EncryptedPayload {
  const value: unknown = JSON.parse(json);
  checkPayload(value);
  return value;
}

/** A payload of a version this code does not open (version 1, from before pages were bound to their path). */
export class PayloadVersionError extends TypeError {
  readonly version: unknown;
  constructor(version: unknown) {
    super(`encrypted payload version ${String(version)} is not supported (expected ${PAYLOAD_VERSION}); rebuild the site`);
    this.name = 'PayloadVersionError';
    this.version = version;
  }
}

function checkPayload(value: unknown): asserts value is EncryptedPayload {
  const payload = value as Partial<EncryptedPayload> | null;
  const version = typeof payload === 'object' && payload !== null ? (payload as { v?: unknown }).v : undefined;
  if (version !== undefined && version !== PAYLOAD_VERSION && typeof version === 'number') throw new PayloadVersionError(version);
  const fine =
    typeof payload === 'object' &&
    payload !== null &&
    payload.v === PAYLOAD_VERSION &&
    payload.kdf === 'PBKDF2-SHA256' &&
    typeof payload.ciphertext === 'string' &&
    hasLength(payload.salt, SALT_BYTES) &&
    hasLength(payload.iv, IV_BYTES);
  if (!fine) throw new TypeError('not a Rolebook encrypted payload (expected { v: 2, kdf: "PBKDF2-SHA256", iterations, salt, iv, ciphertext })');
  checkIterations(payload.iterations);
}

function hasLength(base64: unknown, bytes: number): boolean {
  try {
    return typeof base64 === 'string' && fromBase64(base64).length === bytes;
  } catch {
    return false;
  }
}

function checkPassphrase(passphrase: string): void {
  if (passphrase === '') throw new TypeError('the passphrase is empty');
  // Readers copy passphrases out of e-mails; the unlock form trims what they paste, so a passphrase
  // that starts or ends with white space could never be typed back.
  if (passphrase.trim() !== passphrase) throw new TypeError('the passphrase starts or ends with white space; remove it');
}

function checkIterations(iterations: unknown): number {
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new TypeError(`PBKDF2 iterations must be a whole number from 1 to ${MAX_ITERATIONS}, got ${String(iterations)}`);
  }
  return iterations;
}

/** A copy on its own ArrayBuffer (what Web Crypto's types ask for), checked for length. */
function copyBytes(bytes: Uint8Array, length: number, name: string): Uint8Array<ArrayBuffer> {
  if (bytes.length !== length) throw new TypeError(`${name} must be ${length} bytes, got ${bytes.length}`);
  return new Uint8Array(bytes);
}

/** AES-GCM's additional data: the page's normalised path, so the ciphertext opens on that page only. */
function additionalData(page: string): Uint8Array<ArrayBuffer> {
  if (typeof page !== 'string' || !page.startsWith('/')) throw new TypeError(`the page path must start with "/", got ${JSON.stringify(page)}`);
  return new TextEncoder().encode(pagePath(page));
}

async function open(payload: EncryptedPayload, key: CryptoKey, page: string): Promise<string> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(payload.iv), additionalData: additionalData(page) },
      key,
      fromBase64(payload.ciphertext),
    );
  } catch (error) {
    if ((error as Error).name === 'OperationError') throw new WrongPassphraseError();
    throw error;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}

// Key cache: PBKDF2 is slow on purpose, and every page of a client shares one (passphrase, salt).
// The promise is cached, so pages encrypted in parallel still derive once. Bounded, because a dev
// server lives long; the build encrypts one client at a time.

const CACHE_SIZE = 16;
const cache = new Map<string, SealingKey>();

function cachedKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): SealingKey {
  const id = `${iterations}:${toBase64(salt)}:${passphrase}`;
  let entry = cache.get(id);
  if (!entry) {
    entry = { salt, iterations, key: deriveKeyBytes(passphrase, salt, iterations).then(importAesKey), chosenIvs: new Set() };
    entry.key.catch(() => cache.delete(id));
    cache.set(id, entry);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return entry;
}

function claimIv(entry: SealingKey, iv: Uint8Array): void {
  const id = toBase64(iv);
  if (entry.chosenIvs.has(id)) throw new Error('this IV was already used with this key; AES-GCM must never reuse one');
  entry.chosenIvs.add(id);
}

async function deriveKeyBytes(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  // NFC, so "é" typed on one system and pasted from another derive the same key.
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return new Uint8Array(bits);
}

function importAesKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: spreading a whole page's bytes into one call would overflow the argument stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** @throws on text that is not base64. */
export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
