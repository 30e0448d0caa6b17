/**
 * Opens a sealed report page (src/components/report/Sealed.astro) in the browser: asks for the
 * passphrase in UnlockForm, decrypts the `[data-encrypt]` element's payload with this page's path as
 * AES-GCM's additional data (a payload moved from another page does not open), puts the report in
 * its place and announces it with `rolebook:decrypted` on `document`.
 *
 * The tab remembers the client's derived key in sessionStorage (never the passphrase, never beyond
 * the tab) under `rolebook:key:<the client's /r/<token>/ folder>`, so the client's other report
 * pages open without asking and without running PBKDF2 again, and another client's pages never pick
 * it up. That is a namespace, not a wall: sessionStorage is per origin, so any script of the same
 * site could read every key; the site runs only its own scripts. A key that no longer fits (a new
 * passphrase, a rebuilt site) is dropped; the Lock button forgets it and shows the form again.
 */
import {
  decryptTextWithKey,
  exportPayloadKey,
  pagePath,
  parsePayload,
  PayloadVersionError,
  WrongPassphraseError,
  type EncryptedPayload,
} from '../../lib/crypto/page-crypto.ts';

interface Page {
  content: HTMLElement;
  payload: EncryptedPayload;
  form: HTMLFormElement;
  /** sessionStorage key, one per client's report folder. */
  storageKey: string;
  /** This page's path, the additional data its ciphertext is bound to. */
  path: string;
}

interface StoredKey {
  salt: string;
  iterations: number;
  key: string;
}

const content = document.querySelector<HTMLElement>('[data-encrypt]');
const source = content?.querySelector(':scope > script[data-encrypted-payload]');
const form = document.querySelector<HTMLFormElement>('[data-unlock] form');
const lock = document.querySelector<HTMLButtonElement>('[data-unlock] [data-lock]');
// The messages come in the client's language from the server (UnlockForm.astro's data attributes).
const WRONG = form?.dataset.wrong ?? '';
const UNAVAILABLE = form?.dataset.unavailable ?? '';
const OUTDATED = form?.dataset.outdated ?? '';
// No payload: the dev server without the passphrase variable. The form stays hidden and the report shows.
if (content && source && form) {
  const storageKey = `rolebook:key:${pagePath(form.dataset.scope ?? location.pathname)}`;
  lock?.addEventListener('click', () => {
    forget(storageKey);
    location.reload();
  });
  let payload: EncryptedPayload | undefined;
  try {
    payload = parsePayload(source.textContent ?? '');
  } catch (error) {
    refuse(form, error instanceof PayloadVersionError ? OUTDATED : UNAVAILABLE);
  }
  if (payload) void start({ content, payload, form, storageKey, path: pagePath(location.pathname) });
}

/** A payload this page cannot open at all: say why, and offer no form to type into. */
function refuse(form: HTMLFormElement, message: string): void {
  form.hidden = false;
  form.querySelector('[role="alert"]')!.textContent = message;
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = true;
}

async function start(page: Page): Promise<void> {
  const stored = readKey(page);
  if (stored) {
    try {
      return reveal(page, await decryptTextWithKey(page.payload, stored, page.path), false);
    } catch {
      forget(page.storageKey);
    }
  }
  page.form.hidden = false;
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(page);
  });
}

async function submit(page: Page): Promise<void> {
  const { form, payload } = page;
  const input = form.querySelector<HTMLInputElement>('input[type="password"]')!;
  const button = form.querySelector<HTMLButtonElement>('button')!;
  const alert = form.querySelector('[role="alert"]')!;
  alert.textContent = '';
  button.disabled = true;
  try {
    const key = await exportPayloadKey(payload, input.value.trim());
    const html = await decryptTextWithKey(payload, key, page.path);
    remember(page.storageKey, { salt: payload.salt, iterations: payload.iterations, key });
    reveal(page, html, true);
  } catch (error) {
    alert.textContent = error instanceof WrongPassphraseError ? WRONG : UNAVAILABLE;
    input.select();
  } finally {
    button.disabled = false;
  }
}

function reveal({ content, form }: Page, html: string, moveFocus: boolean): void {
  content.innerHTML = html;
  runScripts(content);
  form.hidden = true;
  if (lock) lock.hidden = false;
  content.dataset.decrypted = '';
  // The printed pages' running head names the client, so it too came out of the ciphertext (a CSS string).
  const printHeader = content.querySelector<HTMLElement>('[data-print-header]')?.dataset.printHeader;
  if (printHeader) document.documentElement.style.setProperty('--print-header', printHeader);
  if (moveFocus) {
    const heading = content.querySelector<HTMLElement>('h1') ?? content;
    heading.tabIndex = -1;
    heading.focus();
  }
  document.dispatchEvent(new CustomEvent('rolebook:decrypted', { detail: { content } }));
}

/** Scripts set through innerHTML never run; islands rendered inside the report need theirs to. */
function runScripts(root: HTMLElement): void {
  for (const old of root.querySelectorAll('script')) {
    if (!['', 'module', 'text/javascript'].includes(old.type)) continue; // chart JSON stays data
    const script = document.createElement('script');
    for (const { name, value } of old.attributes) script.setAttribute(name, value);
    script.text = old.text;
    old.replaceWith(script);
  }
}

function readKey({ storageKey, payload }: Page): string | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as StoredKey | null;
    if (stored?.salt === payload.salt && stored.iterations === payload.iterations) return stored.key;
    if (stored) forget(storageKey);
  } catch {
    forget(storageKey);
  }
  return undefined;
}

// Storage can be off (privacy settings); the reader is then asked on every page, nothing breaks.
function remember(storageKey: string, stored: StoredKey): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(stored));
  } catch {
    // storage is off: nothing is remembered
  }
}

function forget(storageKey: string): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // storage is off: nothing was remembered
  }
}
