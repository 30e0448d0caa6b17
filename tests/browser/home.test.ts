/** The demo site's home page in real Chromium: it loads cleanly, fits a phone, follows the OS theme. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, horizontalOverflow, openPage, useBrowserSite } from '../helpers/browser.ts';

describe.runIf(browserTestsEnabled())('home page in Chromium', () => {
  const site = useBrowserSite(() => inject('demoDist'), { beforeAll, afterAll });

  it('loads with no console errors, failed requests or page errors', async () => {
    const { page, errors } = await openPage(site.browser);
    const response = await page.goto(`${site.url}/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('The agency playbook');
    expect(await page.locator('.role-card').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 375 px phone screen without horizontal scrolling', async () => {
    const { page } = await openPage(site.browser, { width: 375, height: 812 });
    await page.goto(`${site.url}/`);
    expect(await page.evaluate(() => window.innerWidth)).toBe(375);
    expect(await horizontalOverflow(page)).toBe(0);
    // The role cards stack in one column on a phone.
    const lefts = await page.locator('.role-card').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().left));
    expect(new Set(lefts).size).toBe(1);
    await page.close();
  });

  it('switches to dark colours when the OS prefers dark', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.url}/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(17, 20, 24)');
    await page.close();
  });

  it('ships no JavaScript on the home page', async () => {
    const { page } = await openPage(site.browser);
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${site.url}/`);
    expect(scripts).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });
});
