/**
 * Encrypts built report pages of a passphrase client, after `astro build` wrote them.
 *
 * The page marks what to encrypt: one element carries `data-encrypt`, and its inner HTML sits
 * between two exact comment markers the page renders itself,
 *
 *   <main data-encrypt><!--rolebook:encrypt:start--> … the report, chart JSON included … <!--rolebook:encrypt:end--></main>
 *
 * so finding the region needs no HTML parser and cannot be fooled by the report's own markup.
 * Everything between the markers is replaced by one `<script type="application/json"
 * data-encrypted-payload>`; everything outside stays (head, styles, scripts, the unlock form).
 */
import fs from 'node:fs';
import path from 'node:path';
import { encryptText, randomSalt, type EncryptedPayload } from './page-crypto.ts';

export const ENCRYPT_START = '<!--rolebook:encrypt:start-->';
export const ENCRYPT_END = '<!--rolebook:encrypt:end-->';

export interface EncryptPageOptions {
  /** PBKDF2 iterations; DEFAULT_ITERATIONS unless a test needs speed. */
  iterations?: number;
  /** One salt for all pages of a client, so the key is derived once (see page-crypto.ts). */
  salt?: Uint8Array;
  /** Strings that must not be readable in the result (client name, a highlight, a number). */
  mustNotContain?: readonly string[];
}

export type EncryptDirectoryOptions = Omit<EncryptPageOptions, 'salt'>;

const PAYLOAD_OPEN = '<script type="application/json" data-encrypted-payload>';
// The payload's JSON has every `<` escaped, so its script ends at the first `<`.
const PAYLOAD_SCRIPT = /<script type="application\/json" data-encrypted-payload>[^<]*<\/script>/g;
const OPENING_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>\s*$/;
const DATA_ENCRYPT = /\sdata-encrypt(?=[\s=/>]|$)/;

export async function encryptHtmlPage(html: string, passphrase: string, options: EncryptPageOptions = {}): Promise<string> {
  const { before, content, after } = splitAtMarkers(html);
  const payload = await encryptText(content, passphrase, options);
  const encrypted = `${before}${payloadScript(payload)}${after}`;
  assertNoPlaintext(encrypted, options.mustNotContain ?? []);
  return encrypted;
}

/** The payload as JSON that cannot close its script element: `<` is written `\u003c`. */
export function payloadScript(payload: EncryptedPayload): string {
  return `${PAYLOAD_OPEN}${JSON.stringify(payload).replace(/</g, '\\u003c')}</script>`;
}

function splitAtMarkers(html: string): { before: string; content: string; after: string } {
  const starts = count(html, ENCRYPT_START);
  const ends = count(html, ENCRYPT_END);
  if (starts === 0 && ends === 0) {
    throw new Error(
      html.includes(PAYLOAD_OPEN)
        ? 'the page is already encrypted'
        : `no ${ENCRYPT_START} … ${ENCRYPT_END} markers: a passphrase client's report page must render them around its content`,
    );
  }
  if (starts !== 1 || ends !== 1) throw new Error(`expected one ${ENCRYPT_START} and one ${ENCRYPT_END}, found ${starts} and ${ends}`);
  const start = html.indexOf(ENCRYPT_START);
  const end = html.indexOf(ENCRYPT_END);
  if (end < start) throw new Error(`${ENCRYPT_END} comes before ${ENCRYPT_START}`);
  const before = html.slice(0, start);
  const content = html.slice(start + ENCRYPT_START.length, end);
  const after = html.slice(end + ENCRYPT_END.length);
  checkElement(before, after);
  if (content.trim() === '') throw new Error('nothing to encrypt between the markers');
  // A layout that renders the report twice (a print copy, say) would publish it in the clear.
  if (before.includes(content) || after.includes(content)) throw new Error('the encrypted content also appears outside the markers');
  return { before, content, after };
}

/** The markers must hold the whole inner HTML of the one `data-encrypt` element, which the browser refills. */
function checkElement(before: string, after: string): void {
  const opening = OPENING_TAG.exec(before);
  const tag = opening?.[1];
  if (!tag || !DATA_ENCRYPT.test(opening[2] ?? '')) {
    throw new Error(`${ENCRYPT_START} must come first inside the element marked data-encrypt`);
  }
  if (!new RegExp(`^\\s*</${tag}\\s*>`, 'i').test(after)) {
    throw new Error(`${ENCRYPT_END} must come last inside the <${tag} data-encrypt> element`);
  }
  const marked = count(before, DATA_ENCRYPT) + count(after, DATA_ENCRYPT);
  if (marked !== 1) throw new Error(`expected one element marked data-encrypt, found ${marked}`);
}

function count(text: string, pattern: string | RegExp): number {
  if (typeof pattern === 'string') return text.split(pattern).length - 1;
  return text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}

/**
 * Throws when any of the strings can be read in the page: as written, HTML-escaped or
 * JSON-escaped. The encrypted payload itself is skipped: base64 holds short digit runs by chance.
 */
export function assertNoPlaintext(html: string, needles: readonly string[]): void {
  const readable = html.replace(PAYLOAD_SCRIPT, PAYLOAD_OPEN);
  const found = needles.filter((needle) => {
    if (needle === '') throw new TypeError('assertNoPlaintext: an empty string is in every page');
    return spellings(needle).some((spelling) => readable.includes(spelling));
  });
  if (found.length > 0) throw new Error(`plaintext left in an encrypted page: ${found.map((needle) => JSON.stringify(needle)).join(', ')}`);
}

function spellings(text: string): string[] {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const json = JSON.stringify(text).slice(1, -1);
  return [...new Set([text, html, html.replace(/'/g, '&#39;'), html.replace(/'/g, '&#x27;'), json, json.replace(/</g, '\\u003c')])];
}

/**
 * Encrypts every `*.html` below one client's report folder (`dist/r/<token>/`) with one salt, so the
 * key is derived once. Refuses a folder holding anything else (data.csv, JSON, images): those would
 * be published in the clear. Writes nothing unless every page encrypted.
 */
export async function encryptReportDirectory(dir: string, passphrase: string, options: EncryptDirectoryOptions = {}): Promise<{ pages: number }> {
  const { pages, others } = listReportFiles(dir);
  if (others.length > 0) {
    throw new Error(`${dir}: a passphrase client may publish only encrypted HTML pages, but the folder also holds ${others.join(', ')}`);
  }
  if (pages.length === 0) throw new Error(`${dir}: no HTML pages to encrypt`);
  const salt = randomSalt();
  const encrypted: [string, string][] = [];
  for (const page of pages) {
    const file = path.join(dir, page);
    try {
      encrypted.push([file, await encryptHtmlPage(fs.readFileSync(file, 'utf8'), passphrase, { ...options, salt })]);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  for (const [file, html] of encrypted) fs.writeFileSync(file, html);
  return { pages: pages.length };
}

/** Pages and everything else (relative, sorted); a symlink counts as something else. */
function listReportFiles(dir: string): { pages: string[]; others: string[] } {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${dir}: not a folder`);
  const pages: string[] = [];
  const others: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    (entry.isFile() && entry.name.endsWith('.html') ? pages : others).push(relative);
  }
  return { pages: pages.sort(), others: others.sort() };
}
