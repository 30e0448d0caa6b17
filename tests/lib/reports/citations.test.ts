import { describe, expect, it } from 'vitest';
import { citer } from '../../../src/lib/reports/citations.ts';
import { renderCommentary } from '../../../src/lib/reports/commentary.ts';
import { computeKpis } from '../../../src/lib/reports/engine.ts';
import { parsePeriod } from '../../../src/lib/reports/periods.ts';
import { reportLocale } from '../../../src/lib/reports/report-locale.ts';
import { context, csv, kpi } from './build-context.ts';

const kpis = [
  kpi('engagement-rate', 'engagements / impressions'),
  kpi('average-response-time', 'response_minutes / responses', { unit: 'minutes', direction: 'down' }),
  kpi('click-through-rate', 'clicks / impressions'),
];
const ctx = context({
  kpis,
  platforms: ['instagram', 'facebook'],
  snapshots: [
    csv('2026-09', 'platform,impressions,engagements,responses,response_minutes', 'instagram,1000,40,5,300', 'facebook,1000,20,5,300'),
    csv('2026-10', 'platform,impressions,engagements,responses,response_minutes', 'instagram,1000,50,5,400', 'facebook,1000,30,5,500'),
  ],
  targets: { 'engagement-rate': 0.035, 'average-response-time': 60 },
});
const loc = reportLocale({ locale: 'en-GB', currency: 'GBP' });
const cite = citer(computeKpis(ctx, parsePeriod('2026-10')), kpis, loc);

describe('citer', () => {
  it('cites a KPI value for all platforms, formatted in its unit, with the raw number', () => {
    expect(cite({ kind: 'kpi', kpi: 'engagement-rate' })).toEqual({ text: '4.0%', raw: 0.04 });
    expect(cite({ kind: 'kpi', kpi: 'average-response-time' })).toEqual({ text: '1 hr 30 mins', raw: 90 });
  });

  it("cites one platform's value", () => {
    expect(cite({ kind: 'kpi', kpi: 'engagement-rate', platform: 'instagram' })).toEqual({ text: '5.0%', raw: 0.05 });
    expect(cite({ kind: 'kpi', kpi: 'engagement-rate', platform: 'facebook' })).toEqual({ text: '3.0%', raw: 0.03 });
  });

  it('cites the change against the previous month as a tile shows it: points for a percent, relative otherwise', () => {
    // 3.0 % → 4.0 %: one percentage point, not +33.3 %.
    const up = cite({ kind: 'change', kpi: 'engagement-rate' });
    expect(up.text).toBe('+1.0\u00a0pp');
    expect(up.raw).toBeCloseTo(0.01, 10);
    expect(cite({ kind: 'change', kpi: 'average-response-time', platform: 'instagram' })).toMatchObject({ text: '+33.3%' });
  });

  it("cites a target with whether it was met, in the KPI's good direction", () => {
    expect(cite({ kind: 'target', kpi: 'engagement-rate' })).toEqual({ text: '3.5% (met)', raw: 0.035 });
    expect(cite({ kind: 'target', kpi: 'average-response-time' })).toEqual({ text: '1 hr (missed)', raw: 60 });
  });

  it('says "no data" with the reason, never a number, when there is none', () => {
    const missing = cite({ kind: 'kpi', kpi: 'click-through-rate' });
    expect(missing).toEqual({ text: expect.stringMatching(/^no data \(.*Link clicks.*\)$/), missing: true });
    expect(missing.raw).toBeUndefined();
    expect(cite({ kind: 'change', kpi: 'click-through-rate' })).toMatchObject({ missing: true, text: expect.stringMatching(/^no change to show \(.+\)$/) });
    expect(cite({ kind: 'target', kpi: 'click-through-rate' })).toEqual({ text: 'no target set', missing: true });
    // The first month has nothing to compare with.
    const first = citer(computeKpis(ctx, parsePeriod('2026-09')), kpis, loc);
    expect(first({ kind: 'change', kpi: 'engagement-rate' })).toMatchObject({ missing: true, text: expect.stringMatching(/^no change to show \(.+\)$/) });
    // An unknown KPI or platform (which check rejects) cannot reach a number either.
    expect(cite({ kind: 'kpi', kpi: 'reach-rate' })).toEqual({ text: 'no data', missing: true });
    expect(cite({ kind: 'kpi', kpi: 'engagement-rate', platform: 'tiktok' })).toEqual({ text: 'no data', missing: true });
  });

  it('renders into commentary as <data> with the raw value, or as no-data', () => {
    expect(renderCommentary('Engagement :kpi[engagement-rate] (:change[engagement-rate]); clicks :kpi[click-through-rate].', cite)).toMatch(
      /^<p>Engagement <data class="cited" value="0\.04">4\.0%<\/data> \(<data class="cited" value="0\.01">\+1\.0\u00a0pp<\/data>\); clicks <data class="no-data">no data \(.+\)<\/data>\.<\/p>$/,
    );
  });
});
