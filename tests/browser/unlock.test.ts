/**
 * A passphrase client's report pages in real Chromium. A tiny Astro site renders the real
 * UnlockForm (its script bundled by Astro, as in the real build) next to a report inside the real
 * Sealed component, which seals it while rendering with the default PBKDF2 iterations, as the
 * build does. A second client (/r/other456/) shares the passphrase but not the key.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNoPlaintext } from '../../src/lib/crypto/encrypt-pages.ts';
import { browserTestsEnabled, launchBrowser, openPage, type Browser, type Page } from '../helpers/browser.ts';
import { PROJECT } from '../helpers/paths.ts';
import { serveDir, type StaticServer } from '../helpers/serve.ts';

const PASSPHRASE = 'harbour lights 42';
const SCOPE = '/r/tok123/';
const WRONG = 'That passphrase is not right. Check it and try again.';
const SECRETS = ['Northwind Coffee', 'Reels drove reach', '91 022', '48210', 'island ran'];

const OTHER_SCOPE = '/r/other456/';
const storageKey = (scope: string) => `rolebook:key:${scope}`;

/** A report page: the form outside the sealed element, chart JSON and an island script inside. */
function reportPage(month: string, link: string, scope: string, page: string, components: string): string {
  return `---
import Sealed from '${components}/Sealed.astro';
import UnlockForm from '${components}/UnlockForm.astro';
import { en } from '${components}/../../lib/i18n/en.ts';
---
<html lang="en"><head><meta charset="utf-8"><title>Report</title><link rel="icon" href="data:,"></head>
<body>
  <UnlockForm scope="${scope}" t={en.unlock} />
  <Sealed clientId="${scope}" passphrase="${PASSPHRASE}" page="${page}">
    <h1>Northwind Coffee · ${month}</h1>
    <p>Reels drove reach to 91 022.</p>
    <script type="application/json" id="chart-data">{"values":[48210]}</script>
    <p id="island"></p>
    <script is:inline>document.getElementById('island').textContent = 'island ran';</script>
    <a href="${link}">Other month</a>
  </Sealed>
</body></html>
`;
}

/** Builds the tiny site with the project's own copy of the component, script and crypto code. */
function buildSite(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-unlock-'));
  fs.symlinkSync(path.join(PROJECT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const files = ['src/components/report/UnlockForm.astro', 'src/components/report/unlock.ts', 'src/components/report/Sealed.astro'];
  for (const file of [
    ...files,
    'src/lib/i18n/en.ts',
    'src/lib/i18n/plural.ts',
    'src/lib/crypto/page-crypto.ts',
    'src/lib/crypto/seal-page.ts',
    'src/lib/crypto/encrypt-pages.ts',
  ]) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.copyFileSync(path.join(PROJECT, file), path.join(root, file));
  }
  // Own caches, so this build never touches the ones the project's builds share.
  fs.writeFileSync(path.join(root, 'astro.config.mjs'), `export default { cacheDir: './.cache/astro', vite: { cacheDir: './.cache/vite' } };\n`);
  const pages = path.join(root, 'src/pages/r/tok123');
  fs.mkdirSync(path.join(pages, '2026-03'), { recursive: true });
  fs.mkdirSync(path.join(root, 'src/pages/r/other456'), { recursive: true });
  fs.writeFileSync(path.join(pages, 'index.astro'), reportPage('Overview', `${SCOPE}2026-03/`, SCOPE, SCOPE, '../../../components/report'));
  fs.writeFileSync(path.join(pages, '2026-03/index.astro'), reportPage('March 2026', SCOPE, SCOPE, `${SCOPE}2026-03/`, '../../../../components/report'));
  fs.writeFileSync(
    path.join(root, 'src/pages/r/other456/index.astro'),
    reportPage('Other client', OTHER_SCOPE, OTHER_SCOPE, OTHER_SCOPE, '../../../components/report'),
  );
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`astro build of the unlock site failed:\n${result.stdout}${result.stderr}`);
  return root;
}

const decryptedEvents = (page: Page) => page.evaluate(() => (window as unknown as { decrypted: number }).decrypted);
const revealed = (page: Page) => page.waitForSelector('[data-encrypt][data-decrypted] h1');

describe.runIf(browserTestsEnabled())('encrypted report pages in Chromium', () => {
  const site = {} as { url: string; browser: Browser; root: string; server: StaticServer };

  beforeAll(async () => {
    site.root = buildSite();
    const dist = path.join(site.root, 'dist');
    // Sealed while rendering: no file of the built site holds the report.
    const built = fs.readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const entry of built) assertNoPlaintext(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'), SECRETS);
    expect(built.filter((entry) => entry.name === 'index.html')).toHaveLength(3);
    site.server = await serveDir(dist);
    site.url = site.server.url;
    site.browser = await launchBrowser();
  });

  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (site.root) fs.rmSync(site.root, { recursive: true, force: true });
  });

  /** A fresh tab (its own sessionStorage) that counts `rolebook:decrypted` in `window.decrypted`. */
  async function newTab() {
    const tab = await openPage(site.browser);
    await tab.page.addInitScript(() => {
      const counter = window as unknown as { decrypted: number };
      counter.decrypted = 0;
      document.addEventListener('rolebook:decrypted', () => counter.decrypted++);
    });
    return tab;
  }

  it('shows only the form, and none of the report, before the passphrase', async () => {
    const { page, errors } = await newTab();
    await page.goto(`${site.url}${SCOPE}`);
    expect(await page.locator('form').isVisible()).toBe(true);
    expect(await page.getByLabel('Passphrase').getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Open report' }).isVisible()).toBe(true);
    assertNoPlaintext(await page.content(), SECRETS);
    expect(await page.locator('h1').count()).toBe(0);
    expect(await decryptedEvents(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the passphrase is wrong, and keeps the report closed', async () => {
    const { page, errors } = await newTab();
    await page.goto(`${site.url}${SCOPE}`);
    await page.getByLabel('Passphrase').fill('harbour lights 41');
    await page.getByRole('button', { name: 'Open report' }).click();
    await page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent !== '');
    expect(await page.getByRole('alert').textContent()).toBe(WRONG);
    expect(await page.locator('form').isVisible()).toBe(true);
    assertNoPlaintext(await page.content(), SECRETS);
    expect(await decryptedEvents(page)).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the report with the right passphrase, runs its scripts and announces it', async () => {
    const { page, errors } = await newTab();
    await page.goto(`${site.url}${SCOPE}`);
    await page.getByLabel('Passphrase').fill('harbour lights 41');
    await page.keyboard.press('Enter');
    await page.waitForFunction((text) => document.querySelector('[role="alert"]')?.textContent === text, WRONG);
    // Pasted with the white space an e-mail adds around it.
    await page.getByLabel('Passphrase').fill(` ${PASSPHRASE}\n`);
    await page.keyboard.press('Enter');
    await revealed(page);
    expect(await page.locator('h1').textContent()).toBe('Northwind Coffee · Overview');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('form').isHidden()).toBe(true);
    expect(await page.locator('#island').textContent()).toBe('island ran');
    expect(await page.evaluate(() => JSON.parse(document.getElementById('chart-data')!.textContent!))).toEqual({ values: [48210] });
    expect(await decryptedEvents(page)).toBe(1);
    // The tab keeps the client's key, never the passphrase.
    const stored = await page.evaluate((key) => sessionStorage.getItem(key), storageKey(SCOPE));
    expect(stored).toMatch(/"key":"[A-Za-z0-9+/]{43}="/);
    expect(stored).not.toContain(PASSPHRASE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens again without asking after a reload and on the client’s other pages in the same tab', async () => {
    const { page, errors } = await newTab();
    await page.goto(`${site.url}${SCOPE}`);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open report' }).click();
    await revealed(page);
    await page.reload();
    await revealed(page);
    expect(await page.locator('form').isHidden()).toBe(true);
    expect(await decryptedEvents(page)).toBe(1);
    await page.getByRole('link', { name: 'Other month' }).click();
    await page.waitForURL(`${site.url}${SCOPE}2026-03/`);
    await revealed(page);
    expect(await page.locator('h1').textContent()).toBe('Northwind Coffee · March 2026');
    expect(await page.locator('#island').textContent()).toBe('island ran');
    expect(errors).toEqual([]);
    await page.close();
    // Another tab has its own session: it asks.
    const other = await newTab();
    await other.page.goto(`${site.url}${SCOPE}2026-03/`);
    expect(await other.page.locator('form').isVisible()).toBe(true);
    await other.page.close();
  });

  it('drops a remembered key that no longer opens the report, and asks', async () => {
    const { page, errors } = await newTab();
    await page.goto(`${site.url}${SCOPE}`);
    await page.evaluate((key) => {
      const payload = JSON.parse(document.querySelector('[data-encrypted-payload]')!.textContent!);
      sessionStorage.setItem(key, JSON.stringify({ salt: payload.salt, iterations: payload.iterations, key: btoa('x'.repeat(32)) }));
    }, storageKey(SCOPE));
    await page.reload();
    await page.waitForSelector('form:not([hidden])');
    expect(await page.evaluate((key) => sessionStorage.getItem(key), storageKey(SCOPE))).toBeNull();
    assertNoPlaintext(await page.content(), SECRETS);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a payload moved from another page: the right passphrase does not open it', async () => {
    const { page, errors } = await newTab();
    // The hub's payload, pasted into March's page: same client, same key, another page.
    const hub = await (await fetch(`${site.url}${SCOPE}`)).text();
    const hubPayload = /<script type="application\/json" data-encrypted-payload>[^<]*<\/script>/.exec(hub)![0];
    await page.route(`${site.url}${SCOPE}2026-03/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script type="application\/json" data-encrypted-payload>[^<]*<\/script>/, hubPayload);
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${site.url}${SCOPE}2026-03/`);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open report' }).click();
    await page.waitForFunction((text) => document.querySelector('[role="alert"]')?.textContent === text, WRONG);
    expect(await page.locator('h1').count()).toBe(0);
    assertNoPlaintext(await page.content(), SECRETS);
    expect(await decryptedEvents(page)).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the key per client, and the Lock button forgets it and shows the form again', async () => {
    const { page, errors } = await newTab();
    await page.goto(`${site.url}${SCOPE}2026-03/`);
    expect(await page.getByRole('button', { name: 'Lock' }).isHidden()).toBe(true);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open report' }).click();
    await revealed(page);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([storageKey(SCOPE)]);
    // Another client's page, sealed with the same passphrase, reads no key of this one: it asks.
    await page.goto(`${site.url}${OTHER_SCOPE}`);
    await page.waitForSelector('form:not([hidden])');
    expect(await page.locator('h1').count()).toBe(0);
    await page.goto(`${site.url}${SCOPE}2026-03/`);
    await revealed(page);
    const lock = page.getByRole('button', { name: 'Lock' });
    expect(await lock.isVisible()).toBe(true);
    await Promise.all([page.waitForEvent('load'), lock.click()]);
    await page.waitForSelector('form:not([hidden])');
    expect(await page.evaluate((key) => sessionStorage.getItem(key), storageKey(SCOPE))).toBeNull();
    expect(await page.locator('h1').count()).toBe(0);
    expect(await lock.isHidden()).toBe(true);
    assertNoPlaintext(await page.content(), SECRETS);
    // And after another reload it still asks.
    await page.reload();
    await page.waitForSelector('form:not([hidden])');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a version 1 payload with a clear message and no form to type into', async () => {
    const { page, errors } = await newTab();
    await page.route(`${site.url}${SCOPE}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('{"v":2,', '{"v":1,') });
    });
    await page.goto(`${site.url}${SCOPE}`);
    await page.waitForSelector('form:not([hidden])');
    expect(await page.getByRole('alert').textContent()).toBe(
      'This page was sealed by an older version of the site and cannot be opened. Ask your agency for a fresh link.',
    );
    expect(await page.getByLabel('Passphrase').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells readers without JavaScript that the report is encrypted', async () => {
    const { page } = await openPage(site.browser, undefined, { javaScriptEnabled: false });
    await page.goto(`${site.url}${SCOPE}`);
    expect((await page.locator('body').innerText()).trim()).toBe(
      'This report is encrypted. Your browser needs JavaScript to ask for the passphrase and open it.',
    );
    await page.close();
  });
});
