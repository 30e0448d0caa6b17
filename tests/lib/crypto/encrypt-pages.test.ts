import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoPlaintext, ENCRYPT_END, ENCRYPT_START, encryptHtmlPage, encryptReportDirectory } from '../../../src/lib/crypto/encrypt-pages.ts';
import { decryptText, parsePayload, randomSalt } from '../../../src/lib/crypto/page-crypto.ts';

const fast = { iterations: 1_000 };
const passphrase = 'harbour lights 42';

const report = `
  <h1>Northwind Coffee · March 2026</h1>
  <p class="highlight">Reels drove reach to 91&nbsp;022, up 12 %.</p>
  <figure data-chart><script type="application/json">{"kind":"trend","values":[48210,50133],"note":"</script><p>escaped?</p>"}</script></figure>`;

/** A built report page: head, the unlock form outside, the report between the markers. */
function page(content = report, open = '<main id="report" data-encrypt>'): string {
  return `<!doctype html>
<html lang="en"><head><title>Report</title><meta name="robots" content="noindex"><link rel="stylesheet" href="/_astro/report.css"></head>
<body><section data-unlock><form hidden><label>Passphrase</label></form></section>
${open}${ENCRYPT_START}${content}${ENCRYPT_END}</main>
<script type="module" src="/_astro/unlock.js"></script></body></html>`;
}

const needles = ['Northwind Coffee', 'Reels drove reach', '91&nbsp;022', '48210', 'escaped?'];

describe('encryptHtmlPage', () => {
  it('leaves none of the marked content readable', async () => {
    const html = page();
    expect(() => assertNoPlaintext(html, needles)).toThrow(`plaintext left in an encrypted page: ${needles.map((n) => JSON.stringify(n)).join(', ')}`);
    const encrypted = await encryptHtmlPage(html, passphrase, fast);
    assertNoPlaintext(encrypted, needles);
    expect(encrypted).not.toContain(ENCRYPT_START);
    expect(encrypted).not.toContain(ENCRYPT_END);
  });

  it('keeps everything outside the marked element, byte for byte', async () => {
    const html = page();
    const encrypted = await encryptHtmlPage(html, passphrase, fast);
    expect(encrypted.startsWith(html.slice(0, html.indexOf(ENCRYPT_START)))).toBe(true);
    expect(encrypted.endsWith(html.slice(html.indexOf(ENCRYPT_END) + ENCRYPT_END.length))).toBe(true);
    const $ = cheerio.load(encrypted);
    expect($('title').text()).toBe('Report');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('[data-unlock] form label').text()).toBe('Passphrase');
    expect($('script[src="/_astro/unlock.js"]')).toHaveLength(1);
  });

  it('replaces the element content with one payload script that decrypts to it', async () => {
    const encrypted = await encryptHtmlPage(page(), passphrase, fast);
    const $ = cheerio.load(encrypted);
    const main = $('main[data-encrypt]');
    expect(main.children()).toHaveLength(1);
    expect(main.children('script[type="application/json"][data-encrypted-payload]')).toHaveLength(1);
    expect(main.text().trim()).toMatch(/^\{"v":1,"kdf":"PBKDF2-SHA256","iterations":1000,"salt":"/);
    const payload = parsePayload(main.children('script').text());
    expect(await decryptText(payload, passphrase)).toBe(report);
  });

  it('keeps `</script>` in the report from closing the payload script', async () => {
    const content = '<p>a</p></script><script>alert(1)</script><!-- <script> -->';
    const encrypted = await encryptHtmlPage(page(content), passphrase, fast);
    const $ = cheerio.load(encrypted);
    expect($('main').children()).toHaveLength(1);
    expect($('script:not([src])')).toHaveLength(1);
    expect(await decryptText(parsePayload($('script[data-encrypted-payload]').text()), passphrase)).toBe(content);
    // Even a payload that held `<` could not: it is written as \u003c.
    expect(encrypted).toMatch(/data-encrypted-payload>[^<]+<\/script><\/main>/);
  });

  it('checks the strings it was asked to keep out, such as a title in the head', async () => {
    const leaky = page().replace('<title>Report</title>', '<title>Northwind Coffee &amp; Co · March 2026</title>');
    await expect(encryptHtmlPage(leaky, passphrase, { ...fast, mustNotContain: ['Northwind Coffee & Co'] })).rejects.toThrow(
      'plaintext left in an encrypted page: "Northwind Coffee & Co"',
    );
  });

  it('fails loudly when the markers are missing, doubled or out of order', async () => {
    const cases: [string, string | RegExp][] = [
      [page().replace(ENCRYPT_START, '').replace(ENCRYPT_END, ''), `no ${ENCRYPT_START} … ${ENCRYPT_END} markers`],
      [page().replace(ENCRYPT_END, ''), `expected one ${ENCRYPT_START} and one ${ENCRYPT_END}, found 1 and 0`],
      [page(`${report}${ENCRYPT_START}`), `found 2 and 1`],
      [page(`${report}${ENCRYPT_END}<p>x</p>${ENCRYPT_START}`), 'found 2 and 2'],
      [page().replace(ENCRYPT_START, '@@').replace(ENCRYPT_END, ENCRYPT_START).replace('@@', ENCRYPT_END), 'comes before'],
    ];
    for (const [html, message] of cases) await expect(encryptHtmlPage(html, passphrase, fast)).rejects.toThrow(message);
  });

  it('requires the markers to hold the whole inner HTML of the one data-encrypt element', async () => {
    const cases: [string, string][] = [
      [page(report, '<main id="report">'), 'must come first inside the element marked data-encrypt'],
      [page(report, '<main data-encrypted>'), 'must come first inside the element marked data-encrypt'],
      [page(report, '<main data-encrypt><p>Northwind outside the markers</p>'), 'must come first inside'],
      [page().replace(`${ENCRYPT_END}</main>`, `${ENCRYPT_END}<p>after</p></main>`), 'must come last inside the <main data-encrypt> element'],
      [page().replace('<section data-unlock>', '<section data-encrypt>'), 'expected one element marked data-encrypt, found 2'],
      [page('  \n '), 'nothing to encrypt between the markers'],
      [page().replace('</body>', `<div class="print">${report}</div></body>`), 'the encrypted content also appears outside the markers'],
    ];
    for (const [html, message] of cases) await expect(encryptHtmlPage(html, passphrase, fast)).rejects.toThrow(message);
  });

  it('accepts the markers on their own lines and data-encrypt written with a value', async () => {
    const html = page(`\n${report}\n`, '<article class="report" data-encrypt="">\n  ').replace('</main>', '\n</article>');
    const encrypted = await encryptHtmlPage(html, passphrase, fast);
    assertNoPlaintext(encrypted, needles);
  });

  it('refuses a page it already encrypted', async () => {
    const once = await encryptHtmlPage(page(), passphrase, fast);
    await expect(encryptHtmlPage(once, passphrase, fast)).rejects.toThrow('the page is already encrypted');
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

describe('encryptReportDirectory', () => {
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

  it('encrypts every page below the folder with one salt', async () => {
    const dir = folder({
      'index.html': page(report.replace('March', 'Overview')),
      '2026-02/index.html': page(report.replace('March', 'February')),
      '2026-03/index.html': page(),
    });
    expect(await encryptReportDirectory(dir, passphrase, { ...fast, mustNotContain: needles })).toEqual({ pages: 3 });
    const payloads = ['index.html', '2026-02/index.html', '2026-03/index.html'].map((file) => {
      const html = fs.readFileSync(path.join(dir, file), 'utf8');
      assertNoPlaintext(html, needles);
      return parsePayload(cheerio.load(html)('script[data-encrypted-payload]').text());
    });
    expect(new Set(payloads.map((payload) => payload.salt)).size).toBe(1);
    expect(new Set(payloads.map((payload) => payload.iv)).size).toBe(3);
    expect(await decryptText(payloads[1]!, passphrase)).toContain('Northwind Coffee · February 2026');
  });

  it('refuses a folder holding a data file and leaves every page as it was', async () => {
    const files = { 'index.html': page(), '2026-03/index.html': page(), '2026-03/data.csv': 'platform,reach\ninstagram,91022\n', 'chart.json': '{}' };
    const dir = folder(files);
    await expect(encryptReportDirectory(dir, passphrase, fast)).rejects.toThrow(
      `${dir}: a passphrase client may publish only encrypted HTML pages, but the folder also holds 2026-03/data.csv, chart.json`,
    );
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(files['index.html']);
  });

  it('writes nothing when one page cannot be encrypted, and names it', async () => {
    const dir = folder({ 'a/index.html': page(), 'b/index.html': '<html><body><main>Northwind</main></body></html>' });
    await expect(encryptReportDirectory(dir, passphrase, fast)).rejects.toThrow(`${path.join(dir, 'b/index.html')}: no ${ENCRYPT_START}`);
    expect(fs.readFileSync(path.join(dir, 'a/index.html'), 'utf8')).toBe(page());
  });

  it('refuses a folder with no pages, or no folder at all', async () => {
    const dir = folder({});
    await expect(encryptReportDirectory(dir, passphrase, fast)).rejects.toThrow('no HTML pages to encrypt');
    await expect(encryptReportDirectory(path.join(dir, 'missing'), passphrase, fast)).rejects.toThrow('not a folder');
  });

  it('derives a new salt per run, so a rebuilt site has new keys', async () => {
    const first = folder({ 'index.html': page() });
    const second = folder({ 'index.html': page() });
    await encryptReportDirectory(first, passphrase, fast);
    await encryptReportDirectory(second, passphrase, fast);
    const salt = (dir: string) => parsePayload(cheerio.load(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'))('script[data-encrypted-payload]').text()).salt;
    expect(salt(first)).not.toBe(salt(second));
    expect(randomSalt()).toHaveLength(16);
  });
});
