import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_ITERATIONS,
  decryptText,
  decryptTextWithKey,
  encryptText,
  exportPayloadKey,
  fromBase64,
  encryptWithKey,
  pagePath,
  parsePayload,
  PayloadVersionError,
  randomSalt,
  sealingKey,
  toBase64,
  WrongPassphraseError,
  type EncryptedPayload,
} from '../../../src/lib/crypto/page-crypto.ts';

// Few iterations keep the tests fast; the browser test runs the default.
const fast = { iterations: 1_000 };
const passphrase = 'correct horse battery staple';
const page = '/r/tok123abc/2026-03/';
const report = '<h1>Northwind Coffee — March 2026</h1><p>Reach grew to 91 022 (+12 %).</p>';

/** The same payload with one bit of its ciphertext flipped. */
function tampered(payload: EncryptedPayload, byte = 0): EncryptedPayload {
  const bytes = fromBase64(payload.ciphertext);
  bytes[byte]! ^= 1;
  return { ...payload, ciphertext: toBase64(bytes) };
}

describe('encryptText and decryptText', () => {
  it('round-trips text, including non-ASCII and a long page', async () => {
    const long = report.repeat(5_000);
    for (const text of [report, long, '', 'Zürich · 東京 · 🚀']) {
      const payload = await encryptText(text, passphrase, page, fast);
      expect(await decryptText(payload, passphrase, page)).toBe(text);
    }
  });

  it('writes a versioned JSON payload of base64 fields', async () => {
    const payload = await encryptText(report, passphrase, page, fast);
    expect(Object.keys(payload).sort()).toEqual(['ciphertext', 'iterations', 'iv', 'kdf', 'salt', 'v']);
    expect(payload).toMatchObject({ v: 2, kdf: 'PBKDF2-SHA256', iterations: 1_000 });
    expect(fromBase64(payload.salt)).toHaveLength(16);
    expect(fromBase64(payload.iv)).toHaveLength(12);
    // AES-GCM: as many bytes as the UTF-8 plaintext, plus the 16-byte tag.
    expect(fromBase64(payload.ciphertext)).toHaveLength(new TextEncoder().encode(report).length + 16);
    expect(parsePayload(JSON.stringify(payload))).toEqual(payload);
  });

  it('derives with 600 000 PBKDF2 iterations unless told otherwise', async () => {
    expect(DEFAULT_ITERATIONS).toBe(600_000);
    expect((await encryptText('x', passphrase, page)).iterations).toBe(600_000);
  });

  it('throws WrongPassphraseError for a wrong passphrase', async () => {
    const payload = await encryptText(report, passphrase, page, fast);
    for (const wrong of ['correct horse battery stapler', 'Correct horse battery staple', ' ', '']) {
      await expect(decryptText(payload, wrong, page)).rejects.toBeInstanceOf(WrongPassphraseError);
    }
  });

  it('throws WrongPassphraseError when any part of the payload was changed', async () => {
    const payload = await encryptText(report, passphrase, page, fast);
    const last = fromBase64(payload.ciphertext).length - 1;
    const otherIv = toBase64(new Uint8Array(12));
    for (const changed of [tampered(payload), tampered(payload, last), { ...payload, iv: otherIv }, { ...payload, salt: toBase64(randomSalt()) }]) {
      await expect(decryptText(changed, passphrase, page)).rejects.toBeInstanceOf(WrongPassphraseError);
    }
    await expect(decryptText({ ...payload, iterations: 1_001 }, passphrase, page)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('rejects what is not a payload before deriving anything', async () => {
    const payload = await encryptText(report, passphrase, page, fast);
    const broken = [{ ...payload, v: 'two' }, { ...payload, salt: 'AAAA' }, { ...payload, iv: '!!' }, { ...payload, iterations: 1e9 }, null];
    for (const value of broken) {
      await expect(decryptText(value as EncryptedPayload, passphrase, page)).rejects.toThrow(/not a Rolebook encrypted payload|iterations/);
    }
    expect(() => parsePayload('{"v":2}')).toThrow(TypeError);
  });

  it('normalises the passphrase to NFC, so é typed two ways opens the page', async () => {
    const payload = await encryptText(report, 'caf\u00e9 au lait', page, fast);
    expect(await decryptText(payload, 'cafe\u0301 au lait', page)).toBe(report);
  });

  it('refuses an empty passphrase or one padded with white space', async () => {
    await expect(encryptText(report, '', page, fast)).rejects.toThrow('the passphrase is empty');
    await expect(encryptText(report, 'secret\n', page, fast)).rejects.toThrow('starts or ends with white space');
  });
});

describe('one salt per client, one IV per page', () => {
  it('uses a fresh IV for every page and a fresh salt unless one is given', async () => {
    const salt = randomSalt();
    const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => encryptText(`page ${i}`, passphrase, page, { ...fast, salt })));
    expect(new Set(pages.map((page) => page.iv)).size).toBe(20);
    expect(new Set(pages.map((page) => page.salt))).toEqual(new Set([toBase64(salt)]));
    const unsalted = await Promise.all([1, 2, 3].map(() => encryptText(report, passphrase, page, fast)));
    expect(new Set(unsalted.map((page) => page.salt)).size).toBe(3);
  });

  it('derives the key once per passphrase and salt', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      const salt = randomSalt();
      await Promise.all(Array.from({ length: 20 }, (_, i) => encryptText(`page ${i}`, passphrase, page, { ...fast, salt })));
      await decryptText(await encryptText('one more', passphrase, page, { ...fast, salt }), passphrase, page);
      expect(derive).toHaveBeenCalledTimes(1);
      await encryptText('another client', passphrase, page, { ...fast, salt: randomSalt() });
      expect(derive).toHaveBeenCalledTimes(2);
    } finally {
      derive.mockRestore();
    }
  });

  it('refuses an IV a caller already used with the same key', async () => {
    const options = { ...fast, salt: randomSalt(), iv: new Uint8Array(12).fill(7) };
    await encryptText('page one', passphrase, page, options);
    await expect(encryptText('page two', passphrase, page, options)).rejects.toThrow('AES-GCM must never reuse one');
  });

  it('refuses a salt or IV of the wrong length', async () => {
    await expect(encryptText(report, passphrase, page, { ...fast, salt: new Uint8Array(8) })).rejects.toThrow('salt must be 16 bytes, got 8');
    await expect(encryptText(report, passphrase, page, { ...fast, iv: new Uint8Array(16) })).rejects.toThrow('iv must be 12 bytes, got 16');
  });
});

describe('a key the browser tab remembers instead of the passphrase', () => {
  it('opens every page sharing the salt, and no other', async () => {
    const salt = randomSalt();
    const [march, april] = await Promise.all(['March', 'April'].map((month) => encryptText(month, passphrase, page, { ...fast, salt })));
    const key = await exportPayloadKey(march!, passphrase);
    expect(fromBase64(key)).toHaveLength(32);
    expect(await decryptTextWithKey(april!, key, page)).toBe('April');
    const other = await encryptText('May', passphrase, page, fast);
    await expect(decryptTextWithKey(other, key, page)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(decryptTextWithKey(april!, 'AAAA', page)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('exports a key that does not open the page for a wrong passphrase', async () => {
    const payload = await encryptText(report, passphrase, page, fast);
    const key = await exportPayloadKey(payload, 'guess');
    await expect(decryptTextWithKey(payload, key, page)).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});

describe('a payload bound to its page', () => {
  it('opens on its own page only: another path fails as a wrong passphrase would', async () => {
    const payload = await encryptText(report, passphrase, page, fast);
    expect(await decryptText(payload, passphrase, page)).toBe(report);
    for (const other of ['/r/tok123abc/2026-02/', '/r/tok123abc/', '/r/othertoken12345/2026-03/', '/base/r/tok123abc/2026-03/']) {
      await expect(decryptText(payload, passphrase, other)).rejects.toBeInstanceOf(WrongPassphraseError);
    }
    const key = await exportPayloadKey(payload, passphrase);
    expect(await decryptTextWithKey(payload, key, page)).toBe(report);
    await expect(decryptTextWithKey(payload, key, '/r/tok123abc/2026-02/')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('reads the path as the browser may write it: without the trailing slash or with index.html', async () => {
    const payload = await encryptText(report, passphrase, page, fast);
    for (const written of ['/r/tok123abc/2026-03', '/r/tok123abc/2026-03/index.html']) {
      expect(pagePath(written)).toBe(page);
      expect(await decryptText(payload, passphrase, written)).toBe(report);
    }
    expect(pagePath('/')).toBe('/');
    expect(pagePath('/index.html')).toBe('/');
    await expect(encryptText(report, passphrase, 'r/tok/', fast)).rejects.toThrow('the page path must start with "/"');
  });

  it('refuses a version 1 payload (no page bound) with a clear error', async () => {
    const payload = await encryptText(report, passphrase, page, fast);
    const v1 = { ...payload, v: 1 } as unknown as EncryptedPayload;
    await expect(decryptText(v1, passphrase, page)).rejects.toBeInstanceOf(PayloadVersionError);
    expect(() => parsePayload(JSON.stringify(v1))).toThrow('encrypted payload version 1 is not supported (expected 2); rebuild the site');
  });

  it('seals many pages under one key derived once, each with its own IV', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      const key = sealingKey(passphrase, fast);
      const pages = await Promise.all(['2026-01', '2026-02', '2026-03'].map((month) => encryptWithKey(month, key, `/r/tok123abc/${month}/`)));
      expect(derive).toHaveBeenCalledTimes(1);
      expect(new Set(pages.map((p) => p.iv)).size).toBe(3);
      expect(new Set(pages.map((p) => p.salt)).size).toBe(1);
      expect(await decryptText(pages[1]!, passphrase, '/r/tok123abc/2026-02/')).toBe('2026-02');
    } finally {
      derive.mockRestore();
    }
  });
});
