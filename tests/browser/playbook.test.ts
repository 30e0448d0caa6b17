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
    // A result links to its page, or straight to the section of it with the most hits.
    const hrefs = await page.locator('.results li a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain('/playbook/2.0/roles/content-moderator/');
    await page.locator('#search-version').selectOption('1.0');
    await page.waitForFunction(() => [...document.querySelectorAll('.results li a')].every((a) => a.getAttribute('href')!.startsWith('/playbook/1.0/')));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tries a search again when a request for the index is dropped, and says so when the index cannot load', async () => {
    const { page } = await openPage(site.browser);
    const dropped: string[] = [];
    let dropAll = false;
    await page.route('**/pagefind/**', async (route) => {
      const path = new URL(route.request().url()).pathname;
      // The first request for an index chunk is dropped, as a flaky network does; later ones pass.
      if (dropAll || (/\.pf_(meta|index|fragment)$/.test(path) && dropped.length === 0)) {
        dropped.push(path);
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await page.goto(`${site.url}/playbook/`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-input').fill('moderator');
    await page.locator('.results li a').first().waitFor();
    expect(dropped).toHaveLength(1);

    dropAll = true;
    await page.goto(`${site.url}/playbook/`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-input').fill('moderator');
    await expect.poll(() => page.locator('rolebook-search .status').textContent()).toMatch(/could not load its index/);
    expect(await page.locator('.results li').count()).toBe(0);
    await page.close();
  });

  it('never lets an older search that failed late replace the results of the newer one', async () => {
    const { page } = await openPage(site.browser);
    // Playwright's clock: time flows as usual until the test jumps past the search's deadline.
    await page.clock.install();
    let hold = true;
    // The first query's index chunks never answer, as on a stalled connection; later requests do.
    await page.route('**/pagefind/**', async (route) => {
      if (hold && /\.pf_index$/.test(new URL(route.request().url()).pathname)) return; // left pending
      return route.continue();
    });
    await page.goto(`${site.url}/playbook/2.0/`);
    await page.keyboard.press('/');
    await page.locator('#search-input').fill('moderator');
    await page.waitForTimeout(1_000);
    hold = false;
    await page.locator('#search-input').fill('escalation');
    await page.locator('.results li p mark').first().waitFor({ timeout: 25_000 });
    // The stalled search gives up at its 10 s deadline; it must not be retried and shown then.
    // Were it retried, the retry's requests pass (hold is off) and answer within the next second.
    await page.clock.fastForward(11_000);
    await page.waitForTimeout(1_500);
    const marks = await page.locator('.results li p mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => /escalat/i.test(mark))).toBe(true);
    expect(await page.locator('rolebook-search .status').textContent()).toMatch(/results?$/);
    await page.close();
  });

  it('opens search with / and Ctrl+K, but types a / into a field, and shows the shortcut', async () => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.url}/playbook/`);
    const dialog = page.locator('rolebook-search dialog');
    const input = page.locator('#search-input');
    await expect.poll(() => page.locator('rolebook-search .open .hint').textContent()).toBe('Ctrl K');
    expect(await page.locator('rolebook-search .open .hint').isVisible()).toBe(true);
    await page.keyboard.press('/');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('a/b');
    expect(await input.inputValue()).toBe('a/b');
    await input.fill(''); // Escape in a search field with text clears the text first
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await page.keyboard.press('Control+k');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each search result with the page title and an excerpt with the words found marked', async () => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.url}/playbook/2.0/`);
    await page.keyboard.press('/');
    await page.locator('#search-input').fill('escalation');
    const first = page.locator('.results li').first();
    await first.locator('p mark').first().waitFor();
    // Each result is named by the title of the page it links to, as that page declares it.
    const [titles, declared] = await page.locator('.results li > a').evaluateAll(async (links) => {
      const own = links.map((a) => (a.firstChild?.textContent ?? '').trim());
      const pages = await Promise.all(
        links.map(async (a) => new DOMParser().parseFromString(await (await fetch((a as HTMLAnchorElement).pathname)).text(), 'text/html')),
      );
      return [own, pages.map((doc) => doc.querySelector('[data-pagefind-meta="title"]')!.textContent!.trim())];
    });
    expect(titles).toEqual(declared);
    expect(titles.every((title) => !/Rolebook|playbook 2\.0/.test(title))).toBe(true);
    const excerpt = (await first.locator('p').textContent())!;
    expect(excerpt.split(/\s+/).length).toBeGreaterThan(8);
    expect(excerpt.toLowerCase()).toContain('escalat');
    // A hit keeps the space after it: "escalate incidents", never "escalateincidents".
    const glued = await page
      .locator('.results li p mark')
      .evaluateAll((marks) => marks.filter((m) => /^[\p{L}\p{N}]/u.test(m.nextSibling?.textContent ?? ' ')).map((m) => m.parentElement!.textContent));
    expect(glued).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`opens the playbook menu from the top of a 375 px page and closes it${javaScriptEnabled ? '' : ', without JavaScript'}`, async () => {
      const { page, errors } = await openPage(site.browser, { width: 375, height: 812 }, { javaScriptEnabled });
      await page.goto(`${site.url}/playbook/roles/content-moderator/`);
      const menu = page.locator('#playbook-menu');
      const button = page.getByRole('button', { name: 'Menu' });
      expect(await menu.isVisible()).toBe(false);
      expect((await button.boundingBox())!.y).toBeLessThan(250);
      await button.click();
      const matrix = menu.getByRole('link', { name: 'Responsibility matrix' });
      expect(await matrix.isVisible()).toBe(true);
      expect(await menu.getByRole('link', { name: 'Glossary' }).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await menu.isVisible()).toBe(false);
      await button.click();
      await menu.getByRole('button', { name: 'Close' }).click();
      expect(await menu.isVisible()).toBe(false);
      await button.click();
      await matrix.click();
      await page.waitForURL(`${site.url}/playbook/responsibilities/`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('keeps the sidebar and no menu button at 1280 px', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.url}/playbook/roles/content-moderator/`);
    expect(await page.locator('#playbook-menu').getByRole('link', { name: 'Responsibility matrix' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await page.close();
  });

  it('folds the contents list at the top of a 375 px page; its links jump to the heading', async () => {
    const { page, errors } = await openPage(site.browser, { width: 375, height: 812 });
    await page.goto(`${site.url}/playbook/roles/content-moderator/`);
    const details = page.locator('.page-bar details');
    const link = details.locator('a[href="#raci"]');
    expect(await page.locator('.page-contents').isVisible()).toBe(false);
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await link.isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/#raci$/);
    // The heading is at the top, below the sticky bar, and the list has folded again.
    const heading = (await page.locator('#raci').boundingBox())!;
    const bar = (await page.locator('.page-bar').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect(heading.y).toBeLessThan(bar.y + bar.height + 100);
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await page.waitForFunction(() => document.querySelector('.page-bar [data-contents-current]')?.textContent === 'What this role does');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the contents list in view at 1280 px and marks the section being read', async () => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.url}/playbook/roles/content-moderator/`);
    const contents = page.locator('.page-contents');
    expect(await contents.isVisible()).toBe(true);
    expect(await page.locator('.page-bar').isVisible()).toBe(false);
    await contents.locator('a[href="#kpis"]').click();
    await page.waitForURL(/#kpis$/);
    await page.locator('.page-contents a[href="#kpis"][aria-current="true"]').waitFor();
    expect(await page.locator('.page-contents a[aria-current="true"]').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.locator('.page-contents a[href="#more"][aria-current="true"]').waitFor();
    const box = (await contents.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(100);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains the matrix columns at 375 px and drops the legend once full role names fit', async () => {
    const { page } = await openPage(site.browser, { width: 375, height: 812 });
    await page.goto(`${site.url}/playbook/responsibilities/`);
    const legend = page.locator('.legend.columns');
    expect(await legend.isVisible()).toBe(true);
    expect(await page.locator('table.matrix thead abbr').first().isVisible()).toBe(true);
    const rows = await legend.locator('div').evaluateAll((divs) => divs.map((d) => d.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows.length).toBeGreaterThan(1);
    // Sticky task column: scrolling the table sideways keeps the tasks in view.
    const scroller = page.locator('.scroll[aria-label="Responsibility matrix"]');
    await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const task = (await page.locator('table.matrix tbody th.task').first().boundingBox())!;
    const box = (await scroller.boundingBox())!;
    expect(Math.round(task.x)).toBe(Math.round(box.x));
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await legend.isVisible()).toBe(false);
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
