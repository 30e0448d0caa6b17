import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/lib/reports/periods.ts';
import { reportLocale } from '../../../src/lib/reports/report-locale.ts';
import { reportPage } from '../../../src/lib/reports/report-page.ts';
import { TREND_PERIODS } from '../../../src/lib/reports/report-view.ts';
import { client, en } from './client-fixture.ts';

const acme = client({
  '2026-09': { data: { title: 'A record September', highlights: ['Engagement rate reached :kpi[engagement-rate].'] }, body: 'We posted more reels.' },
  '2026-08': { data: { highlights: [] }, body: '' },
});
// Intl puts thin spaces around the dash of a month range.
const range = (from: string, to: string) => `${from}\u2009–\u2009${to}`;
const page = (id: string, who = acme) =>
  reportPage(
    who,
    who.periods[parsePeriod(id).kind].find((p) => p.id === id)!,
    en,
  );

describe('reportPage heading', () => {
  it("uses the commentary's own title when it has one", () => {
    expect(page('2026-09').heading).toBe('A record September');
  });

  it('names the period by its kind otherwise', () => {
    expect(page('2026-10').heading).toBe('Monthly report: October 2026');
    expect(page('2026-Q3').heading).toBe('Quarterly report: Q3 2026');
    expect(page('2026').heading).toBe(`Annual report: 2026, ${range('May', 'October')}`);
  });

  it('speaks the client’s language', () => {
    const de = reportLocale({ locale: 'de-DE', currency: 'EUR' });
    const q3 = acme.periods.quarter.find((p) => p.id === '2026-Q3')!;
    expect(reportPage(acme, q3, de).heading).toBe('Quartalsbericht: Q3 2026');
  });
});

describe('reportPage neighbours', () => {
  it('links the reports either side, relative to this one, by name', () => {
    expect(page('2026-09').previous).toEqual({ href: '../2026-08/', label: 'August 2026' });
    expect(page('2026-09').next).toEqual({ href: '../2026-10/', label: 'October 2026' });
  });

  it('has no previous on the first month and no next on the latest', () => {
    expect(page('2026-05').previous).toBeUndefined();
    expect(page('2026-10').next).toBeUndefined();
  });

  it('links quarters to quarters only', () => {
    expect(page('2026-Q3').previous).toEqual({ href: '../2026-Q2/', label: `Q2 2026, ${range('May', 'June')}` });
    expect(page('2026-Q3').next).toEqual({ href: '../2026-Q4/', label: 'Q4 2026, October' });
    expect(page('2026').previous).toBeUndefined();
    expect(page('2026').next).toBeUndefined();
  });
});

describe('reportPage commentary and summary', () => {
  it("reads a month's commentary, citations filled in, and then has no summary", () => {
    const september = page('2026-09');
    expect(september.commentary.highlights).toEqual(['Engagement rate reached <data class="cited" value="0.03">3.0%</data>.']);
    expect(september.commentary.body).toContain('We posted more reels.');
    expect(september.summary).toEqual([]);
  });

  it('opens with what the numbers say when the commentary has neither body nor highlights', () => {
    expect(page('2026-08').commentary).toEqual({ title: undefined, highlights: [], body: undefined });
    expect(page('2026-08').summary.length).toBeGreaterThan(0);
    expect(page('2026-10').summary[0]).toMatch(/target/i);
  });

  it('gives a quarter no commentary, even where a month inside it has some', () => {
    const q3 = page('2026-Q3');
    expect(q3.commentary).toEqual({ highlights: [] });
    expect(q3.summary.length).toBeGreaterThan(0);
  });
});

describe('reportPage details', () => {
  it('lists the platforms by name in the client’s language', () => {
    expect(page('2026-10').platforms).toBe('Instagram and Facebook');
    expect(reportPage(acme, acme.periods.month[0]!, reportLocale({ locale: 'de-DE', currency: 'EUR' })).platforms).toBe('Instagram und Facebook');
  });

  it('counts the trend months in the heading, and names the usual reach when there is no trend', () => {
    expect(page('2026-10').trendsHeading).toBe('The last 6 months');
    expect(page('2026-05').trendsHeading).toBe('The last month');
    const noTiles = { ...acme, targets: {}, model: { ...acme.model, kpis: acme.model.kpis.map((k) => ({ ...k, headline: false })) } };
    expect(reportPage(noTiles, noTiles.periods.month.at(-1)!, en).trendsHeading).toBe(`The last ${TREND_PERIODS} months`);
  });

  it('gives each trend and the breakdown the sentence their canvas is read out in', () => {
    const october = page('2026-10');
    expect(october.trends.map((t) => t.chart.id)).toEqual(['trend-engagement-rate']);
    expect(october.trends[0]!.summary).toMatch(/^Engagement rate, last 6 months: May 2026 2\.0%; June 2026 2\.0%; .*; October 2026 3\.0%; Target 3\.0%$/);
    expect(october.breakdown?.summary).toMatch(/Instagram .*Facebook /);
  });

  it('names the CSV download after the client and the period', () => {
    expect(page('2026-Q3').csvName).toBe('acme-2026-Q3.csv');
  });
});
