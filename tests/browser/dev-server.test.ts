/**
 * `npm run dev` as a lead uses it: content edits show up without a restart, and a content
 * mistake appears as the same `file:line: field:` line in the terminal and in the browser overlay.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { reportCsvFiles } from '../../src/lib/reports/csv-files.ts';
import { deriveToken, DEMO_SECRET, shareSecret } from '../../src/lib/share-token.ts';
import { browserTestsEnabled, launchBrowser, openPage, type Browser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

// How long an edit may take to reach a page: seconds on a quiet machine, far more on a loaded one
// (a CI runner, or tests in parallel); a poll returns as soon as it sees the change.
const DEV_UPDATE_TIMEOUT = 45_000;

describe.runIf(browserTestsEnabled())('dev server', { timeout: 2 * DEV_UPDATE_TIMEOUT + 10_000 }, () => {
  const root = copyRoot(VALID_FIXTURE);
  let server: DevServer;
  let browser: Browser;
  const edit = (file: string, from: string, to: string) => {
    const full = path.join(root, file);
    fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(from, to));
  };
  const html = async (url: string) => (await fetch(`${server.url}${url}`)).text();
  // A change that never shows is only explained by what the server printed meanwhile.
  const withServerOutput = async (check: () => Promise<void>) => {
    try {
      await check();
    } catch (error) {
      throw new Error(`${(error as Error).message}\n\nthe dev server printed:\n${server.output().slice(-4000)}`, { cause: error });
    }
  };

  beforeAll(async () => {
    server = await startDevServer(root, path.join(inject('outputDir'), 'dev'));
    browser = await launchBrowser();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows an edited role title without a restart', async () => {
    expect(await html('/playbook/roles/account-lead/')).toContain('Account Lead');
    edit('versions/1.0/roles/account-lead.mdx', 'title: Account Lead', 'title: Account Director');
    await expect.poll(async () => (await html('/playbook/roles/account-lead/')).includes('Account Director'), { timeout: DEV_UPDATE_TIMEOUT }).toBe(true);
  });

  it('shows an edited snapshot number without a restart', async () => {
    const url = `/r/${deriveToken('tiny-bakery', DEMO_SECRET)}/2026-02/`;
    const tile = async () => /data-kpi="engagement-rate" data-value="([^"]*)"/.exec(await html(url))?.[1];
    expect(await tile()).toBe(String((50 + 12 + 70 + 20) / (1200 + 2800)));
    edit('clients/tiny-bakery/snapshots/2026-02.csv', 'mastodon,1200,', 'mastodon,2400,');
    await withServerOutput(() => expect.poll(tile, { timeout: DEV_UPDATE_TIMEOUT }).toBe(String((50 + 12 + 70 + 20) / (2400 + 2800))));
  });

  // A build writes data.csv from a worker (src/report-data.ts); the dev server has a route for it
  // (src/routes/report-data.csv.ts). Both must give the bytes reportCsvFiles makes of the root as it is.
  it('serves a report’s data.csv, the same bytes a build writes, edits included', async () => {
    const wanted = `r/${deriveToken('tiny-bakery', DEMO_SECRET)}/2026-02/data.csv`;
    const built = () => [...reportCsvFiles(readContent(root).tree, () => shareSecret({}))].find((file) => file.path === wanted)!.text;
    expect(built()).toContain('\nengagement-rate,all,');
    await withServerOutput(() => expect.poll(() => html(`/${wanted}`), { timeout: DEV_UPDATE_TIMEOUT }).toBe(built()));
  });

  // The watcher reported the emptied file and dropped the write 10–40 ms later: the page kept the old
  // text until the next save. Both loaders now wait for a changed file to settle (src/loaders/settle.ts).
  const saveInTwoSteps = async (relative: string, from: string, to: string) => {
    const file = path.join(root, relative);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(from);
    const fd = fs.openSync(file, 'w');
    await new Promise((resolve) => setTimeout(resolve, 20));
    fs.writeSync(fd, text.replace(from, to));
    fs.closeSync(fd);
  };

  it('shows a role page an editor saved in two steps (emptied, then written a moment later)', async () => {
    await saveInTwoSteps('versions/1.0/roles/support-agent.mdx', 'title: Support Agent', 'title: Support Lead');
    await withServerOutput(() =>
      expect.poll(async () => (await html('/playbook/roles/support-agent/')).includes('Support Lead'), { timeout: DEV_UPDATE_TIMEOUT }).toBe(true),
    );
  });

  it('shows a snapshot an editor saved in two steps (emptied, then written a moment later)', async () => {
    const url = `/r/${deriveToken('tiny-bakery', DEMO_SECRET)}/2026-03/`;
    const tile = async () => /data-kpi="engagement-rate" data-value="([^"]*)"/.exec(await html(url))?.[1];
    const before = await tile();
    await saveInTwoSteps('clients/tiny-bakery/snapshots/2026-03.csv', 'mastodon,2026-03-01,600,', 'mastodon,2026-03-01,1200,');
    await withServerOutput(() => expect.poll(tile, { timeout: DEV_UPDATE_TIMEOUT }).not.toBe(before));
  });

  it('says that search needs a build, since the dev server has no index', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/playbook/`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-input').fill('lead');
    await expect.poll(() => page.locator('rolebook-search .status').textContent(), { timeout: DEV_UPDATE_TIMEOUT }).toContain('`npm run build`');
    await page.close();
  });

  it('reports a content mistake in the terminal and in the browser overlay, with file, line and field', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/playbook/`);
    edit('playbook/kpis/reply-rate.mdx', 'owner: support-agent', 'owner: ghost-role');
    const line = `${root}/playbook/kpis/reply-rate.mdx:3: owner: unknown role "ghost-role"`;
    await expect.poll(() => server.output().includes(line), { timeout: DEV_UPDATE_TIMEOUT }).toBe(true);
    const overlay = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent ?? '');
    await expect.poll(overlay, { timeout: DEV_UPDATE_TIMEOUT }).toContain(line);
    expect(server.output()).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    await page.close();
  });
});
