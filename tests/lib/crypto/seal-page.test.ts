import * as cheerio from 'cheerio';
import { describe, expect, it, vi } from 'vitest';
import { decryptText, parsePayload, WrongPassphraseError } from '../../../src/lib/crypto/page-crypto.ts';
import { clientKey, reportPath, sealHtml } from '../../../src/lib/crypto/seal-page.ts';

const fast = { iterations: 1_000 };
const passphrase = 'harbour lights 42';
const payloadOf = (script: string) => parsePayload(cheerio.load(script)('script[data-encrypted-payload]').text());

describe('sealHtml', () => {
  it('turns a rendered report into a payload bound to its page', async () => {
    const script = await sealHtml('<h1>Northwind Coffee</h1>', { clientId: 'northwind', passphrase, page: '/r/tok123abc/2026-03/', ...fast });
    expect(script).not.toContain('Northwind');
    const payload = payloadOf(script);
    expect(await decryptText(payload, passphrase, '/r/tok123abc/2026-03/')).toBe('<h1>Northwind Coffee</h1>');
    await expect(decryptText(payload, passphrase, '/r/tok123abc/2026-02/')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('derives each client’s key once, whatever the order of its pages, and each client its own', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      const pages = ['/r/a/', '/r/b/', '/r/a/2026-01/', '/r/b/2026-01/', '/r/a/2026-02/'];
      const scripts = await Promise.all(pages.map((page) => sealHtml(`<p>${page}</p>`, { clientId: page.split('/')[2]!, passphrase, page, ...fast })));
      expect(derive).toHaveBeenCalledTimes(2);
      const payloads = scripts.map(payloadOf);
      expect(new Set(payloads.map((p) => p.iv)).size).toBe(5);
      expect(payloads[0]!.salt).toBe(payloads[2]!.salt);
      expect(payloads[0]!.salt).not.toBe(payloads[1]!.salt);
      expect(clientKey('a', passphrase, fast.iterations)).toBe(clientKey('a', passphrase, fast.iterations));
    } finally {
      derive.mockRestore();
    }
  });

  it('refuses an empty report', async () => {
    await expect(sealHtml('  ', { clientId: 'x', passphrase, page: '/r/x/', ...fast })).rejects.toThrow('nothing to seal');
  });
});

describe('reportPath', () => {
  it('puts the client folder and the period below the base path', () => {
    expect(reportPath('/', 'tok')).toBe('/r/tok/');
    expect(reportPath('/', 'tok', '2026-03')).toBe('/r/tok/2026-03/');
    expect(reportPath('/agency/', 'tok', '2026-03')).toBe('/agency/r/tok/2026-03/');
    expect(reportPath('/agency', 'tok')).toBe('/agency/r/tok/');
  });
});
