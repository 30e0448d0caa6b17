import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_ITERATIONS,
  decryptText,
  decryptTextWithKey,
  encryptText,
  exportPayloadKey,
  fromBase64,
  parsePayload,
  randomSalt,
  toBase64,
  WrongPassphraseError,
  type EncryptedPayload,
} from '../../../src/lib/crypto/page-crypto.ts';

// Few iterations keep the tests fast; the browser test runs the default.
const fast = { iterations: 1_000 };
const passphrase = 'correct horse battery staple';
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
      const payload = await encryptText(text, passphrase, fast);
      expect(await decryptText(payload, passphrase)).toBe(text);
    }
  });

  it('writes a versioned JSON payload of base64 fields', async () => {
    const payload = await encryptText(report, passphrase, fast);
    expect(Object.keys(payload).sort()).toEqual(['ciphertext', 'iterations', 'iv', 'kdf', 'salt', 'v']);
    expect(payload).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA256', iterations: 1_000 });
    expect(fromBase64(payload.salt)).toHaveLength(16);
    expect(fromBase64(payload.iv)).toHaveLength(12);
    // AES-GCM: as many bytes as the UTF-8 plaintext, plus the 16-byte tag.
    expect(fromBase64(payload.ciphertext)).toHaveLength(new TextEncoder().encode(report).length + 16);
    expect(parsePayload(JSON.stringify(payload))).toEqual(payload);
  });

  it('derives with 600 000 PBKDF2 iterations unless told otherwise', async () => {
    expect(DEFAULT_ITERATIONS).toBe(600_000);
    expect((await encryptText('x', passphrase)).iterations).toBe(600_000);
  });

  it('throws WrongPassphraseError for a wrong passphrase', async () => {
    const payload = await encryptText(report, passphrase, fast);
    for (const wrong of ['correct horse battery stapler', 'Correct horse battery staple', ' ', '']) {
      await expect(decryptText(payload, wrong)).rejects.toBeInstanceOf(WrongPassphraseError);
    }
  });

  it('throws WrongPassphraseError when any part of the payload was changed', async () => {
    const payload = await encryptText(report, passphrase, fast);
    const last = fromBase64(payload.ciphertext).length - 1;
    const otherIv = toBase64(new Uint8Array(12));
    for (const changed of [tampered(payload), tampered(payload, last), { ...payload, iv: otherIv }, { ...payload, salt: toBase64(randomSalt()) }]) {
      await expect(decryptText(changed, passphrase)).rejects.toBeInstanceOf(WrongPassphraseError);
    }
    await expect(decryptText({ ...payload, iterations: 1_001 }, passphrase)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('rejects what is not a payload before deriving anything', async () => {
    const payload = await encryptText(report, passphrase, fast);
    const broken = [{ ...payload, v: 2 }, { ...payload, salt: 'AAAA' }, { ...payload, iv: '!!' }, { ...payload, iterations: 1e9 }, null];
    for (const value of broken) {
      await expect(decryptText(value as EncryptedPayload, passphrase)).rejects.toThrow(/not a Rolebook encrypted payload|iterations/);
    }
    expect(() => parsePayload('{"v":1}')).toThrow(TypeError);
  });

  it('normalises the passphrase to NFC, so é typed two ways opens the page', async () => {
    const payload = await encryptText(report, 'caf\u00e9 au lait', fast);
    expect(await decryptText(payload, 'cafe\u0301 au lait')).toBe(report);
  });

  it('refuses an empty passphrase or one padded with white space', async () => {
    await expect(encryptText(report, '', fast)).rejects.toThrow('the passphrase is empty');
    await expect(encryptText(report, 'secret\n', fast)).rejects.toThrow('starts or ends with white space');
  });
});

describe('one salt per client, one IV per page', () => {
  it('uses a fresh IV for every page and a fresh salt unless one is given', async () => {
    const salt = randomSalt();
    const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => encryptText(`page ${i}`, passphrase, { ...fast, salt })));
    expect(new Set(pages.map((page) => page.iv)).size).toBe(20);
    expect(new Set(pages.map((page) => page.salt))).toEqual(new Set([toBase64(salt)]));
    const unsalted = await Promise.all([1, 2, 3].map(() => encryptText(report, passphrase, fast)));
    expect(new Set(unsalted.map((page) => page.salt)).size).toBe(3);
  });

  it('derives the key once per passphrase and salt', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      const salt = randomSalt();
      await Promise.all(Array.from({ length: 20 }, (_, i) => encryptText(`page ${i}`, passphrase, { ...fast, salt })));
      await decryptText(await encryptText('one more', passphrase, { ...fast, salt }), passphrase);
      expect(derive).toHaveBeenCalledTimes(1);
      await encryptText('another client', passphrase, { ...fast, salt: randomSalt() });
      expect(derive).toHaveBeenCalledTimes(2);
    } finally {
      derive.mockRestore();
    }
  });

  it('refuses an IV a caller already used with the same key', async () => {
    const options = { ...fast, salt: randomSalt(), iv: new Uint8Array(12).fill(7) };
    await encryptText('page one', passphrase, options);
    await expect(encryptText('page two', passphrase, options)).rejects.toThrow('AES-GCM must never reuse one');
  });

  it('refuses a salt or IV of the wrong length', async () => {
    await expect(encryptText(report, passphrase, { ...fast, salt: new Uint8Array(8) })).rejects.toThrow('salt must be 16 bytes, got 8');
    await expect(encryptText(report, passphrase, { ...fast, iv: new Uint8Array(16) })).rejects.toThrow('iv must be 12 bytes, got 16');
  });
});

describe('a key the browser tab remembers instead of the passphrase', () => {
  it('opens every page sharing the salt, and no other', async () => {
    const salt = randomSalt();
    const [march, april] = await Promise.all(['March', 'April'].map((month) => encryptText(month, passphrase, { ...fast, salt })));
    const key = await exportPayloadKey(march!, passphrase);
    expect(fromBase64(key)).toHaveLength(32);
    expect(await decryptTextWithKey(april!, key)).toBe('April');
    const other = await encryptText('May', passphrase, fast);
    await expect(decryptTextWithKey(other, key)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(decryptTextWithKey(april!, 'AAAA')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('exports a key that does not open the page for a wrong passphrase', async () => {
    const payload = await encryptText(report, passphrase, fast);
    const key = await exportPayloadKey(payload, 'guess');
    await expect(decryptTextWithKey(payload, key)).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});
