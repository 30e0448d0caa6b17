/**
 * The sealed form of a passphrase client's report page, and the check the build runs on it.
 *
 * A sealed page carries its report as one `<script type="application/json" data-encrypted-payload>`
 * inside the element marked `data-encrypt` (rendered by src/components/report/Sealed.astro, at
 * render time: the plaintext never reaches a file). Everything outside stays readable: head,
 * styles, scripts, the unlock form, and it names no client.
 *
 * After the build, `verifySealedDirectory` proves it for each passphrase client's folder: only
 * HTML pages, each with exactly one payload, and none of the client's words readable.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EncryptedPayload } from './page-crypto.ts';

const PAYLOAD_OPEN = '<script type="application/json" data-encrypted-payload>';
// The payload's JSON has every `<` escaped, so its script ends at the first `<`.
const PAYLOAD_SCRIPT = /<script type="application\/json" data-encrypted-payload>[^<]*<\/script>/g;

/** The payload as JSON that cannot close its script element: `<` is written `\u003c`. */
export function payloadScript(payload: EncryptedPayload): string {
  return `${PAYLOAD_OPEN}${JSON.stringify(payload).replace(/</g, '\\u003c')}</script>`;
}

/**
 * Throws when any of the strings can be read in the page: as written, HTML-escaped or
 * JSON-escaped. The encrypted payload itself is skipped: base64 holds short digit runs by chance.
 */
export function assertNoPlaintext(html: string, needles: readonly string[]): void {
  const found = readableNeedles(html, needles);
  if (found.length > 0) throw new Error(`plaintext left in an encrypted page: ${found.map((needle) => JSON.stringify(needle)).join(', ')}`);
}

function readableNeedles(html: string, needles: readonly string[]): string[] {
  const readable = html.replace(PAYLOAD_SCRIPT, PAYLOAD_OPEN);
  return needles.filter((needle) => {
    if (needle === '') throw new TypeError('assertNoPlaintext: an empty string is in every page');
    return spellings(needle).some((spelling) => readable.includes(spelling));
  });
}

function spellings(text: string): string[] {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const json = JSON.stringify(text).slice(1, -1);
  return [...new Set([text, html, html.replace(/'/g, '&#39;'), html.replace(/'/g, '&#x27;'), json, json.replace(/</g, '\\u003c')])];
}

/** What is wrong with one sealed page, or undefined when it is sealed. Never quotes the page. */
export function sealedPageProblem(html: string, mustNotContain: readonly string[]): string | undefined {
  const payloads = html.match(PAYLOAD_SCRIPT)?.length ?? 0;
  if (payloads !== 1) return payloads === 0 ? 'not sealed: it has no encrypted payload' : `${payloads} encrypted payloads where one belongs`;
  if (!/<[a-z][a-z0-9-]*\s(?:[^<>]*\s)?data-encrypt(?:[\s=][^<>]*)?>\s*<script type="application\/json" data-encrypted-payload>/i.test(html)) {
    return 'the encrypted payload is not the content of the element marked data-encrypt';
  }
  const found = readableNeedles(html, mustNotContain);
  // Counted, not quoted: the words themselves are the secret.
  if (found.length > 0) return `${found.length} of the client's words (its name, a highlight, a number) readable outside the encrypted payload`;
  return undefined;
}

export interface SealedDirectoryResult {
  pages: number;
  /** `relative/path: what is wrong`, one per file. */
  problems: string[];
}

/**
 * Checks every file below one client's report folder (`dist/r/<token>/`): HTML pages only (a
 * data.csv, JSON or image would be published in the clear), each sealed with nothing readable.
 */
export function verifySealedDirectory(dir: string, mustNotContain: readonly string[]): SealedDirectoryResult {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return { pages: 0, problems: ['no report folder was built'] };
  const problems: string[] = [];
  let pages = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!entry.isFile() || !entry.name.endsWith('.html')) {
      problems.push(`${relative}: a passphrase client may publish only sealed HTML pages`);
      continue;
    }
    pages++;
    const problem = sealedPageProblem(fs.readFileSync(path.join(dir, relative), 'utf8'), mustNotContain);
    if (problem) problems.push(`${relative}: ${problem}`);
  }
  if (pages === 0 && problems.length === 0) problems.push('no HTML pages');
  return { pages, problems: problems.sort() };
}
