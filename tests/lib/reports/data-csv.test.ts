import { describe, expect, it } from 'vitest';
import { kpiResultsToCsv } from '../../../src/lib/reports/data-csv.ts';
import { computeKpis, type KpiResult } from '../../../src/lib/reports/engine.ts';
import { parsePeriod } from '../../../src/lib/reports/periods.ts';
import { context, csv, kpi } from './build-context.ts';

describe('kpiResultsToCsv', () => {
  it('writes the header and raw numbers, with empty cells where there is no data', () => {
    const results: KpiResult[] = [
      {
        kpi: 'engagement-rate',
        platform: 'instagram',
        value: { value: 0.1 },
        previous: { value: 0.08 },
        change: { value: 0.25 },
        yearBefore: { value: 0.125 },
        changeYear: { value: -0.2 },
      },
      {
        kpi: 'engagement-rate',
        platform: 'tiktok',
        value: { reason: 'no row for tiktok in 2026-10' },
        previous: { value: 0.05 },
        change: { reason: 'no row for tiktok in 2026-10' },
        yearBefore: { value: 0.04 },
        changeYear: { reason: 'no row for tiktok in 2026-10' },
      },
      {
        kpi: 'engagement-rate',
        platform: 'all',
        value: { reason: 'no row for tiktok in 2026-10' },
        previous: { value: 0.0325 },
        change: { reason: 'no row for tiktok in 2026-10' },
        yearBefore: { reason: 'no snapshot for 2025-10' },
        changeYear: { reason: 'no row for tiktok in 2026-10' },
        target: 0.045,
      },
      {
        kpi: 'return-on-ad-spend',
        platform: 'all',
        value: { value: 4.481713780214701 },
        previous: { value: 3.835276194946821 },
        change: { value: 0.16855046479301694 },
        yearBefore: { reason: 'no snapshot for 2025-10' },
        changeYear: { reason: 'no snapshot for 2025-10' },
        target: 4.5,
        status: 'missed',
        note: 'excludes youtube: attributed revenue and ad spend not measured',
      },
    ];
    const kpis = [
      { id: 'engagement-rate', name: 'Engagement rate', unit: 'percent' as const },
      { id: 'return-on-ad-spend', name: 'Return on ad spend, paid', unit: 'ratio' as const },
    ];
    expect(kpiResultsToCsv(results, kpis)).toBe(
      [
        'kpi,platform,value,previous,change,target,status,kpi_label,change_points,year_before,change_year,change_year_points',
        // change_points: a percent KPI's difference (0.1 − 0.08), empty without both values or for another unit;
        // change_year_points the same against a year before (0.1 − 0.125).
        'engagement-rate,instagram,0.1,0.08,0.25,,,Engagement rate,0.02,0.125,-0.2,-0.025',
        'engagement-rate,tiktok,,0.05,,,,Engagement rate,,0.04,,',
        'engagement-rate,all,,0.0325,,0.045,,Engagement rate,,,,',
        'return-on-ad-spend,all,4.481713780214701,3.835276194946821,0.16855046479301694,4.5,missed,"Return on ad spend, paid",,,,',
        '',
      ].join('\n'),
    );
  });

  it('is only the header line for no results', () => {
    expect(kpiResultsToCsv([], [])).toBe(
      'kpi,platform,value,previous,change,target,status,kpi_label,change_points,year_before,change_year,change_year_points\n',
    );
  });

  it('quotes a cell holding a comma, a quote or a line break (RFC 4180)', () => {
    // KPI and platform ids are slugs and never need it; the writer is safe anyway.
    const odd: KpiResult = {
      kpi: 'a,b',
      platform: 'say "hi"\nthere',
      value: { value: 1 },
      previous: { reason: 'x' },
      change: { reason: 'x' },
      yearBefore: { reason: 'x' },
      changeYear: { reason: 'x' },
    };
    expect(kpiResultsToCsv([odd], [])).toBe(
      'kpi,platform,value,previous,change,target,status,kpi_label,change_points,year_before,change_year,change_year_points\n"a,b","say ""hi""\nthere",1,,,,,,,,,\n',
    );
  });

  it('writes what computeKpis returns, one row per KPI and platform', () => {
    const ctx = context({
      kpis: [kpi('engagement-rate', 'engagements / impressions')],
      platforms: ['instagram', 'facebook'],
      snapshots: [
        csv('2025-10', 'platform,impressions,engagements', 'instagram,2000,100', 'facebook,1000,20'),
        csv('2026-09', 'platform,impressions,engagements', 'instagram,1000,80', 'facebook,1000,'),
        csv('2026-10', 'platform,impressions,engagements', 'instagram,1000,100', 'facebook,3000,30'),
      ],
      targets: { 'engagement-rate': 0.03 },
    });
    // 2026-09: facebook does not measure engagements, so all is instagram's 80 / 1000 = 0.08
    // 2026-10: all is 130 / 4000 = 0.0325; change (0.0325 − 0.08) / 0.08 = −0.59375
    // instagram's change (0.1 − 0.08) / 0.08 is 0.25 plus binary floating-point noise: written at
    // full precision, as String(n) does, since rounding is the page's job
    // 2025-10, a year before: instagram 100 / 2000 = 0.05 (change (0.1 − 0.05) / 0.05 = 1, 0.05 points),
    // facebook 20 / 1000 = 0.02 (change −0.5), all 120 / 3000 = 0.04 (change (0.0325 − 0.04) / 0.04 = −0.1875)
    expect(kpiResultsToCsv(computeKpis(ctx, parsePeriod('2026-10')), ctx.kpis)).toBe(
      [
        'kpi,platform,value,previous,change,target,status,kpi_label,change_points,year_before,change_year,change_year_points',
        'engagement-rate,instagram,0.1,0.08,0.25000000000000006,,,engagement-rate,0.02,0.05,1,0.05',
        'engagement-rate,facebook,0.01,,,,,engagement-rate,,0.02,-0.5,-0.01',
        'engagement-rate,all,0.0325,0.08,-0.59375,0.03,met,engagement-rate,-0.0475,0.04,-0.1875,-0.0075',
        '',
      ].join('\n'),
    );
  });
});
