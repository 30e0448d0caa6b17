import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoPlaintext, payloadScript, sealedPageProblem, verifySealedDirectory } from '../../../src/lib/crypto/encrypt-pages.ts';
import { decryptText, encryptText, parsePayload } from '../../../src/lib/crypto/page-crypto.ts';

const fast = { iterations: 1_000 };
const passphrase = 'harbour lights 42';
const at = '/r/tok123abc/2026-03/';

const report = `
  <h1>Northwind Coffee · March 2026</h1>
  <p class="highlight">Reels drove reach to 91&nbsp;022, up 12 %.</p>
  <figure data-chart><script type="application/json">{"kind":"trend","values":[48210,50133],"note":"</script><p>escaped?</p>"}</script></figure>`;

const needles = ['Northwind Coffee', 'Reels drove reach', '91&nbsp;022', '48210', 'escaped?'];

/** A built page: head, the unlock form outside, the given region inside the data-encrypt element. */
function page(region: string, open = '<div data-encrypt>'): string {
  return `<!doctype html>
<html lang="en"><head><title>Private report</title><meta name="robots" content="noindex"><link rel="stylesheet" href="/_astro/report.css"></head>
<body><section data-unlock><form hidden><label>Passphrase</label></form></section>
${open}${region}</div>
<script type="module" src="/_astro/unlock.js"></script></body></html>`;
}

const sealed = async (content = report) => page(payloadScript(await encryptText(content, passphrase, at, fast)));

describe('payloadScript', () => {
  it('is one JSON script that decrypts back to the report', async () => {
    const $ = cheerio.load(await sealed());
    const region = $('[data-encrypt]');
    expect(region.children()).toHaveLength(1);
    expect(region.text().trim()).toMatch(/^\{"v":2,"kdf":"PBKDF2-SHA256","iterations":1000,"salt":"/);
    expect(await decryptText(parsePayload(region.children('script[data-encrypted-payload]').text()), passphrase, at)).toBe(report);
  });

  it('cannot be closed by `</script>` in the report: `<` is written \\u003c', async () => {
    const html = await sealed('<p>a</p></script><script>alert(1)</script>');
    expect(html).toMatch(/data-encrypted-payload>[^<]+<\/script><\/div>/);
    expect(cheerio.load(html)('script:not([src])')).toHaveLength(1);
  });
});

describe('sealedPageProblem', () => {
  it('accepts a sealed page that names nothing', async () => {
    expect(sealedPageProblem(await sealed(), needles)).toBeUndefined();
  });

  it('refuses a page without a payload, with two, or with the payload outside data-encrypt', async () => {
    const one = payloadScript(await encryptText(report, passphrase, at, fast));
    expect(sealedPageProblem(page(report), ['Northwind Coffee'])).toBe('not sealed: it has no encrypted payload');
    expect(sealedPageProblem(page(one + one), [])).toBe('2 encrypted payloads where one belongs');
    expect(sealedPageProblem(page(one, '<div class="x">'), [])).toBe('the encrypted payload is not the content of the element marked data-encrypt');
    expect(sealedPageProblem(page(one, '<div class="x" data-encrypt="">'), [])).toBeUndefined();
  });

  it('counts, never quotes, the client words it can read outside the payload', async () => {
    const leaky = (await sealed()).replace('<title>Private report</title>', '<title>Northwind Coffee &amp; Co</title>');
    expect(sealedPageProblem(leaky, ['Northwind Coffee & Co', 'Reels drove reach'])).toBe(
      "1 of the client's words (its name, a highlight, a number) readable outside the encrypted payload",
    );
  });
});

describe('assertNoPlaintext', () => {
  it('finds strings as written, HTML-escaped and JSON-escaped', () => {
    expect(() => assertNoPlaintext('<p>Tom &amp; Jerry&#39;s</p>', ["Tom & Jerry's"])).toThrow('"Tom & Jerry\'s"');
    expect(() => assertNoPlaintext('<p>&quot;Best&quot; month</p>', ['"Best" month'])).toThrow();
    expect(() => assertNoPlaintext('<script type="application/json">{"t":"a\\"b"}</script>', ['a"b'])).toThrow();
    expect(() => assertNoPlaintext('<p>nothing here</p>', ['Northwind', '48210'])).not.toThrow();
  });

  it('does not look inside the encrypted payload, where short numbers occur by chance', () => {
    const html = '<main data-encrypt><script type="application/json" data-encrypted-payload>{"ciphertext":"ab12cd"}</script></main>';
    expect(() => assertNoPlaintext(html, ['12'])).not.toThrow();
    expect(() => assertNoPlaintext(`${html}<p>12</p>`, ['12'])).toThrow('"12"');
  });

  it('refuses an empty needle, which every page contains', () => {
    expect(() => assertNoPlaintext('<p></p>', [''])).toThrow('an empty string is in every page');
  });
});

describe('verifySealedDirectory', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  /** A client's `/r/<token>/` folder with the given files. */
  function folder(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-crypto-'));
    dirs.push(dir);
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  it('passes a folder of sealed pages', async () => {
    const dir = folder({ 'index.html': await sealed(), '2026-03/index.html': await sealed() });
    expect(verifySealedDirectory(dir, needles)).toEqual({ pages: 2, problems: [] });
  });

  it('names every file that is not a sealed page, and a data file', async () => {
    const dir = folder({
      'index.html': await sealed(),
      '2026-02/index.html': page(report),
      '2026-03/index.html': await sealed(),
      '2026-03/data.csv': 'platform,reach\n',
    });
    expect(verifySealedDirectory(dir, needles)).toEqual({
      pages: 3,
      problems: ['2026-02/index.html: not sealed: it has no encrypted payload', '2026-03/data.csv: a passphrase client may publish only sealed HTML pages'],
    });
  });

  it('fails a missing or empty folder', () => {
    const dir = folder({});
    expect(verifySealedDirectory(dir, needles).problems).toEqual(['no HTML pages']);
    expect(verifySealedDirectory(path.join(dir, 'missing'), needles).problems).toEqual(['no report folder was built']);
  });
});
