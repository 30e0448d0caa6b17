/** Client reports in Chromium: charts draw, phones fit, paper prints, passphrases and payloads behave. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  browserTestsEnabled,
  chartsDrawn,
  horizontalOverflow,
  openPage,
  scrollThroughCharts,
  splitWords,
  trendTickLabels,
  useBrowserSite,
} from '../helpers/browser.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { DEMO_CONTENT, REPORT_CASES, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf } from '../helpers/reports.ts';
import fs from 'node:fs';
import path from 'node:path';

describe.runIf(browserTestsEnabled())('demo reports in Chromium', () => {
  const site = useBrowserSite(() => inject('demoDist'), { beforeAll, afterAll });
  const cases = casesOf(DEMO_CONTENT);

  for (const c of cases) {
    it(`draws every chart with no console errors: ${c.source.id}`, async () => {
      const { page, errors } = await openPage(site.browser);
      await page.goto(`${site.url}/r/${c.token}/${c.periods.at(-1)}/`);
      const drawn = await chartsDrawn(page);
      expect(drawn.length).toBeGreaterThan(3);
      expect(drawn.every(Boolean)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const viewport of [
    { width: 375, height: 812 },
    { width: 1280, height: 900 },
  ]) {
    it(`draws a chart only once it nears the viewport, at ${viewport.width} px`, async () => {
      const c = cases[0]!;
      const { page, errors } = await openPage(site.browser, viewport);
      await page.goto(`${site.url}/r/${c.token}/${c.periods.at(-1)}/`);
      // The island has run (every figure's table gave way to its canvas box), two frames passed.
      await page.waitForFunction(() => document.querySelectorAll('figure[data-chart] .canvas-box[hidden]').length === 0);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const last = page.locator('figure[data-chart]').last();
      const below = await last.evaluate((figure) => figure.getBoundingClientRect().top - innerHeight);
      expect(below, 'the last chart starts well below the first screen').toBeGreaterThan(400);
      expect(await last.getAttribute('data-drawn')).toBeNull();
      await last.scrollIntoViewIfNeeded();
      await last.and(page.locator('[data-drawn]')).waitFor();
      expect(await chartsDrawn(page)).not.toContain(false);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`labels every trend's value axis with distinct ticks, at ${viewport.width} px`, async () => {
      for (const c of cases) {
        const { page } = await openPage(site.browser, viewport);
        await page.goto(`${site.url}/r/${c.token}/${c.periods.at(-1)}/`);
        await scrollThroughCharts(page);
        const charts = await trendTickLabels(page);
        expect(charts.length, c.source.id).toBe(await page.locator('figure[data-chart^="trend-"]').count());
        expect(charts.length, c.source.id).toBeGreaterThan(3);
        for (const { id, labels } of charts) {
          expect(labels.length, `${c.source.id} ${id}`).toBeGreaterThan(1);
          expect(
            labels.filter((label, i) => labels.indexOf(label) !== i),
            `${c.source.id} ${id}: ${labels.join(' | ')}`,
          ).toEqual([]);
        }
        await page.close();
      }
    });
  }

  it('draws the charts of a quarter and a year page with no console errors', async () => {
    const c = cases[0]!;
    for (const period of [c.byKind.quarter.at(-1)!, c.byKind.year.at(-1)!]) {
      const { page, errors } = await openPage(site.browser);
      await page.goto(`${site.url}/r/${c.token}/${period.id}/`);
      const drawn = await chartsDrawn(page);
      expect(drawn.length, period.id).toBeGreaterThan(3);
      expect(drawn.every(Boolean), period.id).toBe(true);
      expect(errors, period.id).toEqual([]);
      await page.close();
    }
  });

  it('fits a 375 px phone, month, quarter and year reports and the hub, with no word or number broken across lines', async () => {
    for (const c of cases) {
      // The latest quarter and year are partial (their headings name their months): the longest labels.
      const pages = [c.periods.at(-1)!, c.byKind.quarter.at(-1)!.id, c.byKind.year.at(-1)!.id];
      for (const url of [...pages.map((id) => `/r/${c.token}/${id}/`), `/r/${c.token}/`]) {
        const { page } = await openPage(site.browser, { width: 375, height: 812 });
        await page.goto(`${site.url}${url}`);
        expect(await horizontalOverflow(page), url).toBe(0);
        expect(await splitWords(page), `${c.source.id} ${url}`).toEqual([]);
        await page.close();
      }
    }
  });

  it('prints to A4 and Letter with the charts and without navigation', async () => {
    const c = cases[0]!;
    const { page } = await openPage(site.browser, { width: 794, height: 1123 });
    await page.goto(`${site.url}/r/${c.token}/${c.periods.at(-1)}/`);
    // No scrolling: printing draws every chart, the ones far below the first screen included.
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.querySelectorAll('figure[data-chart]:not([data-drawn])').length === 0);
    expect(await page.locator('figure[data-chart]').count()).toBeGreaterThan(3);
    expect(await page.locator('.period-nav').isVisible()).toBe(false);
    expect(await page.locator('figure[data-chart] canvas').first().isVisible()).toBe(true);
    const tilesFit = await page
      .locator('.tile')
      .evaluateAll((tiles) => tiles.every((t) => t.getBoundingClientRect().right <= document.documentElement.clientWidth));
    expect(tilesFit).toBe(true);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      // Charts print as images: at least one image object per chart.
      const images = text.match(/\/Subtype\s*\/Image/g)?.length ?? 0;
      expect(images, format).toBeGreaterThanOrEqual(await page.locator('figure[data-chart] canvas').count());
    }
    await page.close();
  });
});

describe.runIf(browserTestsEnabled())('passphrase and payload reports in Chromium', () => {
  const site = useBrowserSite(() => inject('reportsDist'), { beforeAll, afterAll });
  const root = copyRoot(VALID_FIXTURE);
  fs.cpSync(REPORT_CASES, root, { recursive: true });
  const cases = casesOf(root);
  const byId = (id: string) => cases.find((c) => c.source.id === id)!;

  it('says so on a wrong passphrase and opens the report, charts included, on the right one', async () => {
    const locked = byId('locked-client');
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.url}/r/${locked.token}/2026-02/`);
    expect(await page.locator('body').textContent()).not.toContain('Locked Client Ltd');
    await page.getByLabel('Passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Open report' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not right/);
    expect(await page.locator('.tile').count()).toBe(0);
    await page.getByLabel('Passphrase').fill(inject('lockedPassphrase'));
    await page.getByRole('button', { name: 'Open report' }).click();
    await page.locator('.tile').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('h1').textContent()).toContain('Monthly report');
    expect(await page.locator('.highlights').textContent()).toContain('Confidential launch numbers');
    const drawn = await chartsDrawn(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every(Boolean)).toBe(true);
    // The name and logo come out of the ciphertext; the logo is a data: URI, no file request.
    expect(await page.locator('.sealed-brand .client-name').textContent()).toBe('Locked Client Ltd');
    expect(await page.locator('.sealed-brand img.logo').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([`rolebook:key:/r/${locked.token}/`]);
    // Lock forgets the key: after the reload the form asks again.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Lock' }).click()]);
    await page.getByLabel('Passphrase').waitFor();
    expect(await page.locator('.tile').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not open a payload moved from another month, even with the right passphrase', async () => {
    const locked = byId('locked-client');
    const payload = /<script type="application\/json" data-encrypted-payload>[^<]*<\/script>/;
    const january = payload.exec(fs.readFileSync(path.join(inject('reportsDist'), 'r', locked.token, '2026-01/index.html'), 'utf8'))![0];
    const { page, errors } = await openPage(site.browser);
    await page.route(`${site.url}/r/${locked.token}/2026-02/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(payload, january) });
    });
    await page.goto(`${site.url}/r/${locked.token}/2026-02/`);
    await page.getByLabel('Passphrase').fill(inject('lockedPassphrase'));
    await page.getByRole('button', { name: 'Open report' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/not right/);
    expect(await page.locator('.tile').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('Locked Client Ltd');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps raw HTML in commentary inert: a javascript: link, a handler, an iframe, a script', async () => {
    const evil = byId('evil-corp');
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.url}/r/${evil.token}/2026-02/`);
    expect(await page.locator('.commentary iframe, .commentary script, .commentary [onclick], .commentary [onerror]').count()).toBe(0);
    expect(await page.locator('.commentary a', { hasText: 'a javascript: link' }).getAttribute('href')).toBeNull();
    await page.locator('.commentary a', { hasText: 'a javascript: link' }).click();
    await page.locator('.commentary a', { hasText: 'an event handler' }).click();
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await page.close();
  });

  it('runs no script from a client name, a highlight or a team member', async () => {
    const evil = byId('evil-corp');
    for (const url of [`/r/${evil.token}/`, `/r/${evil.token}/2026-02/`, `/r/${evil.token}/2026-01/`]) {
      const { page, errors } = await openPage(site.browser);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${site.url}${url}`);
      await page.waitForTimeout(300);
      await page.locator('.client-name').hover();
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), url).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
      await page.close();
    }
  });
});
