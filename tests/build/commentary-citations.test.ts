/**
 * Demo commentary cites the engine instead of retyping numbers: every cited value on a built
 * report page is the number beside it (its tile, its data.csv row), none is "no data" unless the
 * sentence says so, and the Markdown holds no hand-typed percentage that could contradict a tile.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Element } from 'domhandler';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { readText } from '../helpers/dist.ts';
import { loadPage } from '../helpers/html.ts';
import { DEMO_CONTENT } from '../helpers/paths.ts';
import { casesOf, type ClientCase } from '../helpers/reports.ts';

const demo = inject('demoDist');
const demoCases = casesOf(DEMO_CONTENT);

interface SourceCitation {
  kind: 'kpi' | 'change' | 'target';
  kpi: string;
  platform: string;
}

const CITATION = /:(kpi|change|target)\[([^\]]*)\](?:\{\s*platform\s*=\s*([^}\s]+)\s*\})?/g;

/** The citations a piece of commentary source holds, in the order they render. */
function citationsIn(text: string): SourceCitation[] {
  return [...text.matchAll(CITATION)].map((m) => ({ kind: m[1] as SourceCitation['kind'], kpi: m[2]!.trim(), platform: m[3] ?? 'all' }));
}

/** Every demo report with commentary: its client, period, and the citations of its highlights and body. */
const reports = demoCases.flatMap((c) =>
  c.source.reports.map((report) => ({
    c,
    period: report.id,
    file: report.file,
    highlights: report.data.highlights.map(citationsIn),
    body: citationsIn(report.body),
  })),
);

/** A page's rendered citations, paired in order with the source ones (the counts must agree). */
function paired($: ReturnType<typeof loadPage>, selector: string, source: SourceCitation[], where: string): { citation: SourceCitation; el: Element }[] {
  const rendered = $(selector).toArray() as Element[];
  expect(rendered.length, `${where}: rendered citations`).toBe(source.length);
  return source.map((citation, i) => ({ citation, el: rendered[i]! }));
}

function pageCitations(c: ClientCase, period: string, $: ReturnType<typeof loadPage>, report: (typeof reports)[number]) {
  const where = `${c.source.id} ${period}`;
  const highlights = $('ul.highlights > li').toArray();
  expect(highlights.length, `${where}: highlights`).toBe(report.highlights.length);
  return [
    ...report.highlights.flatMap((source, i) => paired($, `ul.highlights > li:nth-child(${i + 1}) data`, source, `${where} highlight ${i + 1}`)),
    ...paired($, '.commentary data', report.body, `${where} body`),
  ];
}

/** The text of the paragraph or list item a citation sits in, without the citation itself. */
function sentenceAround($: ReturnType<typeof loadPage>, el: Element): string {
  const block = $(el).closest('p, li, td, th');
  return block.clone().find('data').remove().end().text().replace(/\s+/g, ' ').trim();
}

describe('demo commentary citations', () => {
  it('covers every demo report, and every report cites numbers', () => {
    expect(reports.length).toBe(14);
    for (const r of reports) expect(r.highlights.flat().length + r.body.length, r.file).toBeGreaterThan(0);
  });

  it('shows for each :kpi[x] citation the value of the tile for x on the same page', () => {
    let compared = 0;
    for (const report of reports) {
      const { c, period } = report;
      const $ = loadPage(demo, `r/${c.token}/${period}/index.html`);
      const tiles = new Map(
        $('.tile')
          .toArray()
          .map((el) => [el.attribs['data-kpi']!, el.attribs['data-value']!]),
      );
      for (const { citation, el } of pageCitations(c, period, $, report)) {
        if (citation.kind !== 'kpi' || citation.platform !== 'all' || !tiles.has(citation.kpi)) continue;
        expect(el.attribs.value, `${report.file}: :kpi[${citation.kpi}]`).toBe(tiles.get(citation.kpi));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it("shows for every citation, platform ones included, the number in the page's data.csv", () => {
    for (const report of reports) {
      const { c, period } = report;
      const $ = loadPage(demo, `r/${c.token}/${period}/index.html`);
      const rows = parse(readText(demo, `r/${c.token}/${period}/data.csv`), { columns: true }) as Record<string, string>[];
      for (const { citation, el } of pageCitations(c, period, $, report)) {
        const row = rows.find((r) => r.kpi === citation.kpi && r.platform === citation.platform);
        expect(row, `${report.file}: ${citation.kpi} ${citation.platform}`).toBeDefined();
        // A percent KPI's change is cited in points, as its tile shows it; others relative.
        const column = citation.kind === 'kpi' ? 'value' : citation.kind === 'change' && row!.change_points !== '' ? 'change_points' : citation.kind;
        expect(el.attribs.value ?? '', `${report.file}: :${citation.kind}[${citation.kpi}]{platform=${citation.platform}}`).toBe(row![column]);
      }
    }
  });

  it('renders no citation as "no data" unless its sentence says there is none', () => {
    const pages = [...reports.map((r) => `r/${r.c.token}/${r.period}/index.html`), ...demoCases.map((c) => `r/${c.token}/index.html`)];
    let cited = 0;
    for (const page of pages) {
      const $ = loadPage(demo, page);
      cited += $('data.cited').length;
      for (const el of $('data.no-data').toArray()) {
        expect(sentenceAround($, el), `${page}: "${$(el).text()}"`).toMatch(
          /\bno data\b|\bnot measured\b|\bno (?:change|target)\b|\bkeine Daten\b|\bnicht gemessen\b/i,
        );
      }
    }
    expect(cited).toBeGreaterThan(100);
  });

  it("shows on each hub the latest report's highlights with the same cited values as that report", () => {
    for (const c of demoCases) {
      const latest = reports
        .filter((r) => r.c === c)
        .map((r) => r.period)
        .sort()
        .at(-1)!;
      const hub = loadPage(demo, `r/${c.token}/index.html`);
      const page = loadPage(demo, `r/${c.token}/${latest}/index.html`);
      const values = ($: ReturnType<typeof loadPage>, selector: string) =>
        $(selector)
          .toArray()
          .map((el) => [(el as Element).attribs.value, $(el).text()]);
      expect(values(hub, 'section[aria-labelledby="latest-highlights"] data'), c.source.id).toEqual(values(page, 'ul.highlights data'));
    }
  });
});

describe('demo commentary text', () => {
  const files = fs.globSync('clients/*/reports/*.{md,mdx}', { cwd: DEMO_CONTENT });

  it('types no percentage by hand: every percent is a citation', () => {
    expect(files.length).toBe(14);
    for (const file of files) {
      const lines = fs.readFileSync(path.join(DEMO_CONTENT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const typed = line.replace(CITATION, '').match(/\d(?:[\d.,\s]*\d)?\s*(?:%|per ?cent\b)/i);
        expect(typed?.[0], `${file}:${i + 1}: a hand-typed percentage; cite it with :kpi[…], :change[…] or :target[…]`).toBeUndefined();
      });
    }
  });
});
