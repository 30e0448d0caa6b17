/**
 * Client reports as built: every tile's data-value and every data.csv row equal what the engine
 * computes from the same content; pages are private; holes in the data show as "no data".
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { hasValue, type Measure } from '../../src/lib/reports/aggregate.ts';
import { assertNoPlaintext } from '../../src/lib/crypto/encrypt-pages.ts';
import { decryptText, parsePayload, WrongPassphraseError } from '../../src/lib/crypto/page-crypto.ts';
import { wordsFor } from '../../src/lib/i18n/index.ts';
import { computeKpis } from '../../src/lib/reports/engine.ts';
import type { TrendChart } from '../../src/lib/reports/report-view.ts';
import { listFiles, readText } from '../helpers/dist.ts';
import { loadPage } from '../helpers/html.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { DEMO_CONTENT, REPORT_CASES, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf } from '../helpers/reports.ts';
import { allJavaScript } from '../helpers/weight.ts';

const demo = inject('demoDist');
const demoCases = casesOf(DEMO_CONTENT);
const raw = (m: Measure) => (hasValue(m) ? m.value : undefined);

describe('demo reports', () => {
  it('has a hub and one report per snapshot month, quarter and year for every client, at its token URL', () => {
    for (const c of demoCases) {
      expect(fs.existsSync(path.join(demo, 'r', c.token, 'index.html')), c.name).toBe(true);
      const built = fs
        .readdirSync(path.join(demo, 'r', c.token), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      expect(built).toEqual(c.pages.map((p) => p.id).sort());
      // The demo's data runs from May 2025 to October 2026.
      expect(c.byKind.quarter.map((p) => p.id)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
      expect(c.byKind.year.map((p) => p.id)).toEqual(['2025', '2026']);
    }
  });

  it('titles a quarter and a year by their kind, names the months a partial one covers, and navigates within the kind', () => {
    const c = demoCases.find((d) => d.source.id === 'northwind-outdoor')!;
    const quarter = loadPage(demo, `r/${c.token}/2026-Q3/index.html`);
    expect(quarter('h1').text()).toBe('Quarterly report: Q3 2026');
    expect(quarter('.period-nav a[rel="prev"]').attr('href')).toBe('../2026-Q2/');
    expect(quarter('.period-nav a[rel="next"]').attr('href')).toBe('../2026-Q4/');
    expect(quarter('.period-nav a[rel="next"]').text()).toMatch(/^Q4 2026, October →$/);
    const year = loadPage(demo, `r/${c.token}/2026/index.html`);
    expect(year('h1').text().replace(/\s+/g, ' ')).toBe('Annual report: 2026, January – October');
    expect(year('.period-nav a[rel="prev"]').attr('href')).toBe('../2025/');
    expect(year('.period-nav a[rel="next"]')).toHaveLength(0);
    // Commentary is written per month: a quarter has no commentary section.
    expect(quarter('#commentary')).toHaveLength(0);
    expect(quarter('a[href="data.csv"]').attr('download')).toBe('northwind-outdoor-2026-Q3.csv');
  });

  it('shows the change against a year before on a tile where both sides have data', () => {
    const c = demoCases.find((d) => d.source.id === 'northwind-outdoor')!;
    const $ = loadPage(demo, `r/${c.token}/2026-Q3/index.html`);
    const expected = computeKpis(
      c.context,
      c.byKind.quarter.find((p) => p.id === '2026-Q3')!,
    ).filter((r) => r.platform === 'all');
    let shown = 0;
    $('.tile').each((_, el) => {
      const result = expected.find((r) => r.kpi === el.attribs['data-kpi'])!;
      const line = $(el).find('.year-ago');
      expect(line.length, result.kpi).toBe(hasValue(result.changeYear) ? 1 : 0);
      if (line.length) {
        expect(line.text(), result.kpi).toContain('vs Q3 2025 (a year before)');
        shown += 1;
      }
    });
    expect(shown).toBeGreaterThan(3);
  });

  it('lists months, quarters and years on the hub, newest first, and its overview starts at the newest month', () => {
    for (const c of demoCases) {
      const $ = loadPage(demo, `r/${c.token}/index.html`);
      const list = (kind: string) =>
        $(`ul.periods[data-kind="${kind}"] a`)
          .map((_, a) => a.attribs.href)
          .get();
      expect(list('month'), c.name).toEqual([...c.byKind.month].reverse().map((p) => `${p.id}/`));
      expect(list('quarter'), c.name).toEqual([...c.byKind.quarter].reverse().map((p) => `${p.id}/`));
      expect(list('year'), c.name).toEqual(['2026/', '2025/']);
      const { t } = wordsFor(c.source.client!.data.locale);
      expect(
        $('.period-list h3')
          .map((_, h) => $(h).text())
          .get(),
      ).toEqual([t.hub.months, t.hub.quarters, t.hub.years]);
      const columns = $('table.overview thead a')
        .map((_, a) => a.attribs.href)
        .get();
      expect(columns[0], c.name).toBe(`${c.periods.at(-1)}/`);
      expect(columns).toEqual([...columns].sort().reverse());
    }
  });

  it('shows on every headline tile exactly the value the engine computes', () => {
    let tiles = 0;
    for (const c of demoCases) {
      for (const period of c.pages) {
        const expected = computeKpis(c.context, period).filter((r) => r.platform === 'all');
        const $ = loadPage(demo, `r/${c.token}/${period.id}/index.html`);
        $('.tile').each((_, el) => {
          const result = expected.find((r) => r.kpi === el.attribs['data-kpi'])!;
          const value = raw(result.value);
          expect(el.attribs['data-value'], `${c.name} ${period.id} ${result.kpi}`).toBe(value === undefined ? '' : String(value));
          tiles += 1;
        });
      }
    }
    expect(tiles).toBeGreaterThan(300);
  });

  it('publishes data.csv rows equal to the engine results', () => {
    for (const c of demoCases) {
      for (const period of c.pages) {
        const rows = parse(readText(demo, `r/${c.token}/${period.id}/data.csv`), { columns: true }) as Record<string, string>[];
        const results = computeKpis(c.context, period);
        const kpiOf = (id: string) => c.context.kpis.find((k) => k.id === id)!;
        expect(rows).toHaveLength(results.length);
        results.forEach((result, i) => {
          const row = rows[i]!;
          const cell = (m: Measure) => (hasValue(m) ? String(m.value) : '');
          expect(row, `${c.name} ${period.id}`).toEqual({
            kpi: result.kpi,
            platform: result.platform,
            value: cell(result.value),
            previous: cell(result.previous),
            change: cell(result.change),
            target: result.target === undefined ? '' : String(result.target),
            status: result.status ?? '',
            kpi_label: kpiOf(result.kpi).name,
            change_points:
              kpiOf(result.kpi).unit === 'percent' && hasValue(result.value) && hasValue(result.previous)
                ? String(Number((result.value.value - result.previous.value).toPrecision(12)))
                : '',
            year_before: cell(result.yearBefore),
            change_year: cell(result.changeYear),
            change_year_points:
              kpiOf(result.kpi).unit === 'percent' && hasValue(result.value) && hasValue(result.yearBefore)
                ? String(Number((result.value.value - result.yearBefore.value).toPrecision(12)))
                : '',
          });
        });
      }
    }
  });

  it('keeps every report page out of search engines', () => {
    for (const file of listFiles(demo).filter((f) => f.startsWith('r/') && f.endsWith('.html'))) {
      expect(loadPage(demo, file)('meta[name="robots"]').attr('content'), file).toMatch(/noindex/);
    }
  });

  it('ships no HTML comments: notes in a component are for us, and every report would carry them', () => {
    const commented = listFiles(demo).filter((f) => f.endsWith('.html') && readText(demo, f).includes('<!--'));
    expect(commented).toEqual([]);
  });

  it('ends no sentence of a report with two full stops, where a cited value ends in one ("1 Std. 21 Min.")', () => {
    const doubled = listFiles(demo)
      .filter((f) => f.startsWith('r/') && f.endsWith('.html'))
      .flatMap((f) =>
        (
          loadPage(
            demo,
            f,
          )('main')
            .text()
            .match(/\p{L}\.\.(?!\.)/gu) ?? []
        ).map((m) => `${f}: ${m}`),
      );
    expect(doubled).toEqual([]);
  });

  it('lists on a hub only its own client', () => {
    for (const c of demoCases) {
      const hub = readText(demo, `r/${c.token}/index.html`);
      for (const other of demoCases.filter((o) => o !== c)) {
        expect(hub).not.toContain(other.name);
        expect(hub).not.toContain(other.token);
      }
      expect(hub).toContain(c.name);
    }
  });

  it('draws no trend before a client’s third month: the tables stand alone and the section says why', () => {
    for (const c of demoCases) {
      const words = wordsFor(c.source.client!.data.locale);
      for (const [i, period] of c.periods.slice(0, 3).entries()) {
        const $ = loadPage(demo, `r/${c.token}/${period}/index.html`);
        const figures = $('figure[data-trend]');
        const where = `${c.name} ${period}`;
        expect(figures.length, where).toBeGreaterThan(3);
        expect(figures.find('table tbody tr').length, where).toBe(figures.length * (i + 1));
        const specs = $('figure[data-chart^="trend-"] script[type="application/json"]');
        const note = $('.trends-note').text().trim();
        if (i < 2) {
          expect(specs.length, where).toBe(0);
          expect(figures.find('canvas').length, where).toBe(0);
          expect(note, where).toBe(words.t.chart.tooFew(i + 1, words.plural));
        } else {
          expect(specs.length, where).toBe(figures.length);
          expect(note, where).toBe('');
        }
      }
    }
  });

  it('starts a trend at the client’s first month, and labels its axis in the client’s locale and currency', () => {
    for (const c of demoCases) {
      const { locale, currency } = c.source.client!.data;
      for (const [i, period] of c.periods.entries()) {
        if (i < 2) continue;
        const $ = loadPage(demo, `r/${c.token}/${period}/index.html`);
        const specs = $('figure[data-chart^="trend-"] script[type="application/json"]')
          .map((_, el) => JSON.parse($(el).text()) as TrendChart)
          .get();
        for (const spec of specs) {
          const where = `${c.name} ${period} ${spec.id}`;
          expect(spec.values, where).toHaveLength(Math.min(i + 1, 12));
          expect(spec.axis.locale, where).toBe(locale);
          if (spec.unit === 'currency') expect(spec.axis.currency, where).toBe(currency);
          if (spec.target) expect(spec.target.label, where).toBe(wordsFor(locale).t.chart.target(spec.target.text));
        }
      }
    }
  });

  it('ships at most 55 KB of JavaScript (gzip) on a report page, chunks loaded on demand included', () => {
    const c = demoCases[0]!;
    const weight = allJavaScript(demo, `r/${c.token}/${c.periods.at(-1)}/index.html`);
    expect(weight.files.length).toBeGreaterThan(0);
    expect(weight.gzipBytes).toBeLessThanOrEqual(55 * 1024);
  });
});

describe('reports with holes, payloads and a passphrase', () => {
  const dist = inject('reportsDist');
  const root = copyRoot(VALID_FIXTURE);
  fs.cpSync(REPORT_CASES, root, { recursive: true });
  const cases = casesOf(root);
  const byId = (id: string) => cases.find((c) => c.source.id === id)!;

  it('shows "no data" with the reason for an absent platform row, a missing metric and a zero denominator', () => {
    const gappy = byId('gappy-data');
    const $ = loadPage(dist, `r/${gappy.token}/2026-02/index.html`);
    const tile = $('.tile[data-kpi="engagement-rate"]');
    expect(tile.attr('data-value')).toBe('');
    expect(tile.find('.reason').text()).toMatch(/Bluesky/);
    const cells = (kpi: string) =>
      Object.fromEntries(
        $(`tr[data-kpi="${kpi}"] td`)
          .map((_, td) => [[td.attribs['data-platform'], $(td).text().trim()]])
          .get(),
      );
    expect(cells('engagement-rate').mastodon).toMatch(/^no data.*division by zero/i);
    expect(cells('reply-rate').linkedin).toMatch(/^no data.*Messages/);
    const csv = parse(readText(dist, `r/${gappy.token}/2026-02/data.csv`), { columns: true }) as Record<string, string>[];
    for (const row of csv.filter((r) => r.platform === 'bluesky' || r.platform === 'all')) expect(row.value, `${row.kpi} ${row.platform}`).toBe('');
  });

  it('publishes nothing readable for a passphrase client: no data.csv, no name, no highlight', () => {
    const locked = byId('locked-client');
    const files = listFiles(path.join(dist, 'r', locked.token));
    // Its quarters and years are sealed like its months, with no data.csv either.
    expect(files.sort()).toEqual([
      '2025-12/index.html',
      '2025-Q4/index.html',
      '2025/index.html',
      '2026-01/index.html',
      '2026-02/index.html',
      '2026-Q1/index.html',
      '2026/index.html',
      'index.html',
    ]);
    for (const file of files) {
      const html = readText(path.join(dist, 'r', locked.token), file);
      expect(html).toContain('data-encrypted-payload');
      expect(html).not.toContain('Locked Client Ltd');
      expect(html).not.toContain('Confidential launch numbers');
      // Sealed while rendering: no trace of the old after-the-build markers.
      expect(html).not.toContain('rolebook:encrypt');
    }
  });

  it('seals a passphrase client at render time: the tiles, name, highlight and logo are in the ciphertext only', async () => {
    const locked = byId('locked-client');
    const folder = path.join(dist, 'r', locked.token);
    const month = `/r/${locked.token}/2026-02/`;
    const $ = loadPage(folder, '2026-02/index.html');
    // The sealed page: one payload as the only content of [data-encrypt], the form, no image, no logo file.
    expect(
      $('[data-encrypt]')
        .children()
        .map((_, el) => $(el).attr('data-encrypted-payload') !== undefined)
        .get(),
    ).toEqual([true]);
    expect($('img')).toHaveLength(0);
    expect($('.report-header').text()).not.toContain('Locked');
    expect($('body').attr('style')).toBeUndefined();
    const payload = parsePayload($('[data-encrypted-payload]').text());
    expect(payload.v).toBe(2);
    expect(payload.iterations).toBe(600_000);
    const opened = cheerio.load(await decryptText(payload, inject('lockedPassphrase'), month));
    expect(opened('.sealed-brand .client-name').text()).toBe('Locked Client Ltd');
    expect(opened('.sealed-brand img.logo').attr('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(opened('.highlights').text()).toContain('Confidential launch numbers');
    const tiles = opened('.tile .value')
      .map((_, el) => opened(el).text().trim())
      .get()
      .filter((text) => /\d/.test(text));
    expect(tiles.length).toBeGreaterThan(0);
    const html = readText(folder, '2026-02/index.html');
    assertNoPlaintext(html, ['Locked Client Ltd', 'Confidential launch numbers beat the plan', 'Only for the client', ...tiles]);
    // Bound to its page: the same payload does not open as another month or the hub.
    await expect(decryptText(payload, inject('lockedPassphrase'), `/r/${locked.token}/2026-01/`)).rejects.toBeInstanceOf(WrongPassphraseError);
    // A quarter is sealed the same way, bound to its own path.
    const quarterPayload = parsePayload(loadPage(folder, '2026-Q1/index.html')('[data-encrypted-payload]').text());
    const quarter = cheerio.load(await decryptText(quarterPayload, inject('lockedPassphrase'), `/r/${locked.token}/2026-Q1/`));
    expect(quarter('h1').text().replace(/\s+/g, ' ')).toBe('Quarterly report: Q1 2026, January – February');
    expect(quarter('.tile').length).toBeGreaterThan(0);
    await expect(decryptText(quarterPayload, inject('lockedPassphrase'), month)).rejects.toBeInstanceOf(WrongPassphraseError);
    // One key per client per build: every page of the client shares the salt, each has its own IV.
    const payloads = listFiles(folder).map((file) => parsePayload(loadPage(folder, file)('[data-encrypted-payload]').text()));
    expect(new Set(payloads.map((p) => p.salt)).size).toBe(1);
    expect(new Set(payloads.map((p) => p.iv)).size).toBe(payloads.length);
  });

  it('says in the build log that the sealed reports were verified', () => {
    expect(fs.readFileSync(`${dist}.log`, 'utf8')).toMatch(/verified the sealed reports of 1 passphrase client\(s\): locked-client \(8 pages\)/);
  });

  it('escapes payloads from client.yaml and commentary in HTML, titles and embedded JSON', () => {
    const evil = byId('evil-corp');
    for (const file of listFiles(path.join(dist, 'r', evil.token)).filter((f) => f.endsWith('.html'))) {
      const $page = loadPage(path.join(dist, 'r', evil.token), file);
      // Only our own scripts exist: bundled modules and JSON data, which parses back to the payload text.
      $page('script').each((_, script) => {
        const src = script.attribs.src;
        if (src) expect(src, file).toMatch(/^\/_astro\//);
        else if (script.attribs.type === 'application/json') expect(() => JSON.parse($page(script).text()), file).not.toThrow();
        else expect($page(script).text(), file).not.toContain('__xss');
      });
      expect($page('img[onerror], [onmouseover], b'), file).toHaveLength(0);
    }
    const $ = loadPage(dist, `r/${evil.token}/2026-02/index.html`);
    expect($('title').text()).toContain(`Evil </script><script>window.__xss='name'</script>`);
    // Highlights are Markdown like the rest of the commentary: raw HTML is sanitized away, not shown.
    expect($('.highlights li').length).toBeGreaterThan(0);
    expect($('.highlights li').html()).not.toMatch(/<script|__xss/);
  });
});
