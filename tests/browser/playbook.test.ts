/** The playbook in real Chromium: switcher, matrix filter, onboarding ticks, search, phones. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, horizontalOverflow, openPage, splitWords, useBrowserSite } from '../helpers/browser.ts';

describe.runIf(browserTestsEnabled())('playbook in Chromium', () => {
  const site = useBrowserSite(() => inject('demoDist'), { beforeAll, afterAll });

  it('switches version and stays on the same page', async () => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.url}/playbook/2.0/kpis/engagement-rate/`);
    await page.locator('[data-version-switcher] summary').click();
    await page.locator('[data-version-switcher] a', { hasText: /^\s*1\.0/ }).click();
    await page.waitForURL(`${site.url}/playbook/1.0/kpis/engagement-rate/`);
    expect(await page.locator('.formula').textContent()).toBe('Engagements ÷ Reach');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes to the version home when the page does not exist there, even without JavaScript', async () => {
    const { page } = await openPage(site.browser, undefined, { javaScriptEnabled: false });
    await page.goto(`${site.url}/playbook/2.0/roles/content-moderator/`);
    await page.locator('[data-version-switcher] summary').click();
    await page.locator('[data-version-switcher] a', { hasText: /^\s*1\.0/ }).click();
    await page.waitForURL(`${site.url}/playbook/1.0/`);
    expect(await page.locator('h1').textContent()).toBe('Playbook 1.0');
    await page.close();
  });

  it('filters the matrix by role with plain links', async () => {
    const { page } = await openPage(site.browser, undefined, { javaScriptEnabled: false });
    await page.goto(`${site.url}/playbook/responsibilities/`);
    const all = await page.locator('tr[id^="task-"]').count();
    await page.locator('.filter a', { hasText: 'Content Moderator' }).click();
    await page.waitForURL(`${site.url}/playbook/responsibilities/content-moderator/`);
    const filtered = await page.locator('tr[id^="task-"]').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    const cells = await page.locator('tr[id^="task-"] td.highlight').allTextContents();
    expect(cells.every((text) => /^(A|R|C|I|A\/R)$/.test(text.trim()))).toBe(true);
    await page.close();
  });

  it('remembers ticked onboarding items after a reload', async () => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.url}/playbook/onboarding/community-manager/`);
    const boxes = page.locator('input[data-item]');
    const total = await boxes.count();
    await boxes.nth(0).check();
    await boxes.nth(3).check();
    await page.reload();
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(3).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    expect(await page.locator('.progress').textContent()).toBe(`2 of ${total} done`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads search code only when opened, and finds a role in the chosen version', async () => {
    const { page, errors } = await openPage(site.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}/playbook/`);
    expect(requested.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-input').fill('moderator');
    const first = page.locator('.results li a').first();
    await first.waitFor();
    expect(requested.some((url) => url.startsWith('/pagefind/'))).toBe(true);
    const hrefs = await page.locator('.results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/playbook/2.0/roles/content-moderator/');
    await page.locator('#search-version').selectOption('1.0');
    await page.waitForFunction(() => [...document.querySelectorAll('.results li a')].every((a) => a.getAttribute('href')!.startsWith('/playbook/1.0/')));
    expect(errors).toEqual([]);
    await page.close();
  });

  const phonePages = {
    home: '/playbook/',
    role: '/playbook/roles/social-media-manager/',
    compare: '/playbook/compare/social-media-manager/community-manager/',
    services: '/playbook/services/',
    matrix: '/playbook/responsibilities/',
    kpis: '/playbook/kpis/',
    kpi: '/playbook/kpis/engagement-rate/',
    onboarding: '/playbook/onboarding/content-moderator/',
    glossary: '/playbook/glossary/',
    changes: '/playbook/next/changes/',
  };

  for (const [name, url] of Object.entries(phonePages)) {
    it(`fits a 375 px phone without horizontal overflow or a word broken across lines: ${name}`, async () => {
      const { page, errors } = await openPage(site.browser, { width: 375, height: 812 });
      await page.goto(`${site.url}${url}`);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await splitWords(page)).toEqual([]);
      expect(errors).toEqual([]);
      const shots = `${inject('outputDir')}/screenshots`;
      fs.mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: `${shots}/phone-${name}.png`, fullPage: true });
      await page.close();
    });
  }
});

describe.runIf(browserTestsEnabled())('playbook in print', () => {
  const site = useBrowserSite(() => inject('demoDist'), { beforeAll, afterAll });

  it('prints the whole responsibility matrix on the page width, without navigation', async () => {
    // A4 portrait at 96 dpi with 1 cm margins is about 718 px wide.
    const { page } = await openPage(site.browser, { width: 718, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}/playbook/responsibilities/`);
    const table = await page.locator('table.matrix').evaluate((t) => ({ width: t.scrollWidth, box: t.parentElement!.clientWidth }));
    expect(table.width).toBeLessThanOrEqual(table.box);
    expect(await page.locator('.playbook-nav').isVisible()).toBe(false);
    expect(await page.locator('.filter').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
