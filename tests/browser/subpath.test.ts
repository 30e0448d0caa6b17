/**
 * The site built for https://org.github.io/team-playbook/ in Chromium, served only below
 * /team-playbook/ as GitHub Pages serves a project site: anything that still pointed at the
 * domain root would 404 and show up as a failed request.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, chartsDrawn, openPage, useBrowserSite } from '../helpers/browser.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { REPORT_CASES, SUBPATH_BASE, SUBPATH_SECRET, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf } from '../helpers/reports.ts';

describe.runIf(browserTestsEnabled())('the site below /team-playbook/ in Chromium', () => {
  const site = useBrowserSite(() => inject('subpathDist'), { beforeAll, afterAll }, { base: SUBPATH_BASE });
  const root = copyRoot(VALID_FIXTURE);
  fs.cpSync(REPORT_CASES, root, { recursive: true, filter: (source) => path.basename(source) !== 'README.md' });
  const cases = casesOf(root, { ROLEBOOK_SHARE_SECRET: SUBPATH_SECRET });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const at = (pathname: string) => `${site.url}${SUBPATH_BASE}${pathname.replace(/^\//, '')}`;

  it('is served below the base only', async () => {
    expect((await fetch(at('/'))).status).toBe(200);
    expect((await fetch(`${site.url}/playbook/1.0/`)).status).toBe(404);
  });

  it('opens the home page and follows a playbook link, with no failed request', async () => {
    const { page, errors } = await openPage(site.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(at('/'));
    const link = page.locator(`main a[href^="${SUBPATH_BASE}playbook/"]`).first();
    await Promise.all([page.waitForURL(/\/team-playbook\/playbook\//), link.click()]);
    expect(await page.locator('h1').count()).toBe(1);
    // The version switcher goes to a versioned page below the base, too.
    const switcher = page.locator('a[data-same-page]').first();
    await Promise.all([page.waitForURL(/\/team-playbook\/playbook\/(\d+\.\d+|next)\//), switcher.evaluate((a) => (a as HTMLAnchorElement).click())]);
    expect(requested.length).toBeGreaterThan(2);
    expect(requested.filter((pathname) => !pathname.startsWith(SUBPATH_BASE))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches with the index below the base and opens a result', async () => {
    const { page, errors } = await openPage(site.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(at('/playbook/1.0/'));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-input').fill('support');
    const first = page.locator('.results li a').first();
    // The status line says what happened (a count, "No results", or that the index did not load),
    // so a failure names its cause instead of a bare timeout.
    await page.waitForFunction(() => (document.querySelector('rolebook-search .status')?.textContent ?? '') !== '', undefined, { timeout: 45_000 });
    expect(await page.locator('rolebook-search .status').textContent(), `errors: ${errors.join('; ')}`).toMatch(/result/);
    await first.waitFor();
    expect(requested.some((pathname) => pathname.startsWith(`${SUBPATH_BASE}pagefind/`))).toBe(true);
    const hrefs = await page.locator('.results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/team-playbook\/playbook\/1\.0\//);
    await Promise.all([page.waitForURL((url) => url.pathname === hrefs[0]!.split('#')[0]), first.click()]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(requested.filter((pathname) => !pathname.startsWith(SUBPATH_BASE))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a report from its link with its charts drawn and its CSV downloadable', async () => {
    const open = cases.find((c) => c.source.id === 'tiny-bakery')!;
    const { page, errors } = await openPage(site.browser);
    await page.goto(at(`/r/${open.token}/`));
    await Promise.all([
      page.waitForURL(new RegExp(`/team-playbook/r/${open.token}/${open.periods.at(-1)}/$`)),
      page
        .locator(`a[href="${open.periods.at(-1)}/"]`)
        .first()
        .click(),
    ]);
    const drawn = await chartsDrawn(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every(Boolean)).toBe(true);
    const csv = await page.request.get(new URL((await page.locator('a[download]').getAttribute('href')) as string, page.url()).href);
    expect(csv.status()).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('unlocks a passphrase report below the base and draws its charts', async () => {
    const locked = cases.find((c) => c.source.id === 'locked-client')!;
    const { page, errors } = await openPage(site.browser);
    await page.goto(at(`/r/${locked.token}/${locked.periods.at(-1)}/`));
    await page.getByLabel('Passphrase').fill(inject('lockedPassphrase'));
    await page.getByRole('button', { name: 'Open report' }).click();
    await page.locator('.tile').first().waitFor({ timeout: 20_000 });
    expect((await chartsDrawn(page)).every(Boolean)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
