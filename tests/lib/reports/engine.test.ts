import { describe, expect, it } from 'vitest';
import { computeKpis, kpiTrend, platformTotals, type KpiResult } from '../../../src/lib/reports/engine.ts';
import { parsePeriod } from '../../../src/lib/reports/periods.ts';
import { context, csv, kpi } from './build-context.ts';

const ENGAGEMENT_RATE = kpi('engagement-rate', 'engagements / impressions');

/** The result of one KPI on one platform (or `all`). */
function row(results: KpiResult[], kpiId: string, platform: string): KpiResult {
  const found = results.find((r) => r.kpi === kpiId && r.platform === platform);
  if (!found) throw new Error(`no result for ${kpiId} on ${platform}`);
  return found;
}

describe('computeKpis: rows', () => {
  it('returns every KPI in order, each platform in client order and then all', () => {
    const ctx = context({
      kpis: [ENGAGEMENT_RATE, kpi('reach', 'reach', { unit: 'count' })],
      platforms: ['instagram', 'facebook'],
      snapshots: [csv('2026-10', 'platform,impressions,engagements,reach', 'instagram,1000,100,800', 'facebook,3000,30,2000')],
    });
    expect(computeKpis(ctx, parsePeriod('2026-10')).map((r) => `${r.kpi}/${r.platform}`)).toEqual([
      'engagement-rate/instagram',
      'engagement-rate/facebook',
      'engagement-rate/all',
      'reach/instagram',
      'reach/facebook',
      'reach/all',
    ]);
  });
});

describe('computeKpis: all is a ratio of sums', () => {
  const ctx = context({
    kpis: [ENGAGEMENT_RATE],
    platforms: ['instagram', 'facebook'],
    snapshots: [csv('2026-10', 'platform,impressions,engagements', 'instagram,1000,100', 'facebook,3000,30')],
  });
  const results = computeKpis(ctx, parsePeriod('2026-10'));

  it('computes each platform on its own metrics', () => {
    expect(row(results, 'engagement-rate', 'instagram').value).toEqual({ value: 0.1 }); // 100 / 1000
    expect(row(results, 'engagement-rate', 'facebook').value).toEqual({ value: 0.01 }); // 30 / 3000
  });

  it('divides the summed engagements by the summed impressions, not the mean of the rates', () => {
    // (100 + 30) / (1000 + 3000) = 130 / 4000; the mean of 0.1 and 0.01 would be 0.055
    expect(row(results, 'engagement-rate', 'all').value).toEqual({ value: 0.0325 });
    expect(row(results, 'engagement-rate', 'all').note).toBeUndefined();
  });
});

describe('computeKpis: daily snapshots', () => {
  it('sums stocks across platforms from each platform’s latest day, whatever the row order', () => {
    const ctx = context({
      kpis: [kpi('followers', 'followers', { unit: 'count' })],
      platforms: ['instagram', 'facebook'],
      snapshots: [
        csv(
          '2026-10',
          'platform,date,followers',
          'instagram,2026-10-03,130',
          'facebook,2026-10-03,70',
          'instagram,2026-10-01,110',
          'facebook,2026-10-01,50',
          'instagram,2026-10-02,120',
          'facebook,2026-10-02,60',
        ),
      ],
    });
    const results = computeKpis(ctx, parsePeriod('2026-10'));
    expect(row(results, 'followers', 'instagram').value).toEqual({ value: 130 });
    expect(row(results, 'followers', 'facebook').value).toEqual({ value: 70 });
    expect(row(results, 'followers', 'all').value).toEqual({ value: 200 }); // 130 + 70, not 110 + 120 + 130 + …
  });

  const daily = context({
    kpis: [ENGAGEMENT_RATE, kpi('impressions', 'impressions', { unit: 'count' })],
    platforms: ['instagram', 'facebook'],
    snapshots: [
      csv(
        '2026-10',
        'platform,date,impressions,engagements',
        'instagram,2026-10-01,100,10',
        'instagram,2026-10-02,200,',
        'instagram,2026-10-03,300,30',
        'facebook,2026-10-01,1000,5',
        'facebook,2026-10-02,1000,5',
        'facebook,2026-10-03,1000,5',
      ),
    ],
  });
  const results = computeKpis(daily, parsePeriod('2026-10'));

  it('sums flows over the days', () => {
    expect(row(results, 'impressions', 'instagram').value).toEqual({ value: 600 }); // 100 + 200 + 300
    expect(row(results, 'impressions', 'all').value).toEqual({ value: 3600 }); // 600 + 3000
    expect(row(results, 'engagement-rate', 'facebook').value).toEqual({ value: 0.005 }); // 15 / 3000
  });

  it('gives no data for a flow missing on some days, on the platform and on all', () => {
    const reason = 'Engagements missing on 1 of 3 days on instagram';
    expect(row(results, 'engagement-rate', 'instagram').value).toEqual({ reason });
    // leaving instagram out would report facebook's rate as the client's
    expect(row(results, 'engagement-rate', 'all').value).toEqual({ reason });
  });
});

describe('computeKpis: growth with previous()', () => {
  const growth = kpi('follower-growth', '(followers - previous(followers)) / previous(followers)');

  it('reads the previous period across a year boundary', () => {
    const ctx = context({
      kpis: [growth],
      platforms: ['instagram', 'facebook'],
      snapshots: [csv('2025-12', 'platform,followers', 'instagram,600', 'facebook,400'), csv('2026-01', 'platform,followers', 'instagram,660', 'facebook,440')],
    });
    const results = computeKpis(ctx, parsePeriod('2026-01'));
    expect(row(results, 'follower-growth', 'instagram').value).toEqual({ value: 0.1 }); // (660 − 600) / 600
    expect(row(results, 'follower-growth', 'all').value).toEqual({ value: 0.1 }); // (1100 − 1000) / 1000
    // 2025-12's own growth needs 2025-11
    expect(row(results, 'follower-growth', 'all').previous).toEqual({ reason: 'no snapshot for 2025-11' });
  });

  it('gives all no data when a platform had no row in the previous period', () => {
    const ctx = context({
      kpis: [growth],
      platforms: ['instagram', 'tiktok'],
      snapshots: [csv('2026-09', 'platform,followers', 'instagram,1000'), csv('2026-10', 'platform,followers', 'instagram,1100', 'tiktok,500')],
    });
    const results = computeKpis(ctx, parsePeriod('2026-10'));
    expect(row(results, 'follower-growth', 'instagram').value).toEqual({ value: 0.1 });
    expect(row(results, 'follower-growth', 'tiktok').value).toEqual({ reason: 'no row for tiktok in 2026-09' });
    expect(row(results, 'follower-growth', 'all').value).toEqual({ reason: 'no row for tiktok in 2026-09' });
  });
});

describe('computeKpis: targets', () => {
  const responseTime = kpi('average-response-time', 'response_minutes / responses', { unit: 'minutes', direction: 'down' });
  const ctx = context({
    kpis: [responseTime, ENGAGEMENT_RATE],
    platforms: ['instagram', 'facebook'],
    snapshots: [
      // 2026-09: (400 + 300) / (5 + 5) = 70 minutes; 2026-10: (300 + 200) / (5 + 5) = 50 minutes
      csv('2026-09', 'platform,responses,response_minutes,impressions,engagements', 'instagram,5,400,1000,40', 'facebook,5,300,1000,40'),
      csv('2026-10', 'platform,responses,response_minutes,impressions,engagements', 'instagram,5,300,1000,30', 'facebook,5,200,3000,100'),
    ],
    targets: { 'average-response-time': 60, 'engagement-rate': 0.0325 },
  });

  it('is met by a down-is-good KPI below its target, and missed above it', () => {
    const october = row(computeKpis(ctx, parsePeriod('2026-10')), 'average-response-time', 'all');
    expect(october).toMatchObject({ value: { value: 50 }, target: 60, status: 'met' });
    const september = row(computeKpis(ctx, parsePeriod('2026-09')), 'average-response-time', 'all');
    expect(september).toMatchObject({ value: { value: 70 }, target: 60, status: 'missed' });
  });

  it('is met by an up-is-good KPI exactly on target', () => {
    // (30 + 100) / (1000 + 3000) = 0.0325
    expect(row(computeKpis(ctx, parsePeriod('2026-10')), 'engagement-rate', 'all')).toMatchObject({ value: { value: 0.0325 }, target: 0.0325, status: 'met' });
    // 2026-09: (40 + 40) / (1000 + 1000) = 0.04, above the target
    expect(row(computeKpis(ctx, parsePeriod('2026-09')), 'engagement-rate', 'all')).toMatchObject({ value: { value: 0.04 }, status: 'met' });
  });

  it('applies to all rows only', () => {
    const instagram = row(computeKpis(ctx, parsePeriod('2026-10')), 'average-response-time', 'instagram');
    expect(instagram.value).toEqual({ value: 60 }); // 300 / 5
    expect(instagram).not.toHaveProperty('target');
    expect(instagram).not.toHaveProperty('status');
  });

  it('has no status without a value, and neither without a target', () => {
    const results = computeKpis(ctx, parsePeriod('2026-11'));
    expect(row(results, 'average-response-time', 'all')).toMatchObject({ value: { reason: 'no snapshot for 2026-11' }, target: 60 });
    expect(row(results, 'average-response-time', 'all')).not.toHaveProperty('status');
    const untargeted = computeKpis({ ...ctx, targets: {} }, parsePeriod('2026-10'));
    expect(row(untargeted, 'average-response-time', 'all')).not.toHaveProperty('target');
    expect(row(untargeted, 'average-response-time', 'all')).not.toHaveProperty('status');
  });
});

describe('computeKpis: division by zero', () => {
  it('gives no data naming the metric that was 0', () => {
    const ctx = context({
      kpis: [ENGAGEMENT_RATE],
      platforms: ['instagram', 'facebook'],
      snapshots: [csv('2026-10', 'platform,impressions,engagements', 'instagram,1000,100', 'facebook,0,0')],
    });
    const results = computeKpis(ctx, parsePeriod('2026-10'));
    expect(row(results, 'engagement-rate', 'facebook').value).toEqual({ reason: 'division by zero: Impressions is 0' });
    expect(row(results, 'engagement-rate', 'all').value).toEqual({ value: 0.1 }); // (100 + 0) / (1000 + 0)
  });

  it('gives all no data when the summed denominator is 0', () => {
    const ctx = context({
      kpis: [ENGAGEMENT_RATE],
      platforms: ['instagram', 'facebook'],
      snapshots: [csv('2026-10', 'platform,impressions,engagements', 'instagram,0,0', 'facebook,0,0')],
    });
    expect(row(computeKpis(ctx, parsePeriod('2026-10')), 'engagement-rate', 'all').value).toEqual({ reason: 'division by zero: Impressions is 0' });
  });
});

describe('computeKpis: metrics a platform does not measure', () => {
  it('leaves a platform with an empty cell out of all, with a note', () => {
    const ctx = context({
      kpis: [kpi('save-rate', 'saves / reach')],
      platforms: ['instagram', 'linkedin', 'facebook', 'x'],
      snapshots: [csv('2026-10', 'platform,reach,saves', 'instagram,1000,50', 'linkedin,2000,', 'facebook,1000,10', 'x,500,')],
    });
    const results = computeKpis(ctx, parsePeriod('2026-10'));
    expect(row(results, 'save-rate', 'linkedin').value).toEqual({ reason: 'Saves not measured on linkedin' });
    // (50 + 10) / (1000 + 1000): linkedin's and x's reach are left out with their saves, not 60 / 4500
    expect(row(results, 'save-rate', 'all')).toMatchObject({ value: { value: 0.03 }, note: 'excludes linkedin, x: saves not measured' });
  });

  it('computes return on ad spend over the paid platforms only', () => {
    const ctx = context({
      kpis: [kpi('return-on-ad-spend', 'revenue / spend', { unit: 'ratio' })],
      platforms: ['instagram', 'youtube', 'facebook'],
      snapshots: [csv('2026-10', 'platform,spend,revenue,reach', 'instagram,100.50,450.25,1', 'youtube,,,1', 'facebook,49.50,149.75,1')],
    });
    const all = row(computeKpis(ctx, parsePeriod('2026-10')), 'return-on-ad-spend', 'all');
    // (450.25 + 149.75) / (100.50 + 49.50) = 600 / 150
    expect(all).toMatchObject({ value: { value: 4 }, note: 'excludes youtube: attributed revenue and ad spend not measured' });
  });

  it('groups the note by what is missing', () => {
    const ctx = context({
      kpis: [kpi('ctr-per-save', 'clicks / saves')],
      platforms: ['instagram', 'linkedin', 'x', 'youtube'],
      snapshots: [csv('2026-10', 'platform,clicks,saves', 'instagram,10,5', 'linkedin,8,', 'x,,', 'youtube,4,')],
    });
    expect(row(computeKpis(ctx, parsePeriod('2026-10')), 'ctr-per-save', 'all')).toMatchObject({
      value: { value: 2 }, // 10 / 5
      note: 'excludes linkedin, youtube: saves not measured; x: link clicks and saves not measured',
    });
  });

  it('gives no data when the column is missing from the file, so no platform qualifies', () => {
    const ctx = context({
      kpis: [kpi('click-through-rate', 'clicks / impressions')],
      platforms: ['instagram', 'facebook'],
      snapshots: [csv('2026-10', 'platform,impressions', 'instagram,1000', 'facebook,2000')],
    });
    const results = computeKpis(ctx, parsePeriod('2026-10'));
    expect(row(results, 'click-through-rate', 'instagram').value).toEqual({ reason: 'Link clicks not measured on instagram' });
    expect(row(results, 'click-through-rate', 'all').value).toEqual({ reason: 'Link clicks not measured on instagram, facebook' });
    expect(row(results, 'click-through-rate', 'all')).not.toHaveProperty('note');
  });

  it('names every group when no platform qualifies for different reasons', () => {
    const ctx = context({
      kpis: [kpi('ctr-per-save', 'clicks / saves')],
      platforms: ['linkedin', 'x'],
      snapshots: [csv('2026-10', 'platform,clicks,saves', 'linkedin,8,', 'x,,3')],
    });
    expect(row(computeKpis(ctx, parsePeriod('2026-10')), 'ctr-per-save', 'all').value).toEqual({
      reason: 'no platform measures every input (linkedin: saves not measured; x: link clicks not measured)',
    });
  });
});

describe('computeKpis: a platform with no row', () => {
  const ctx = context({
    kpis: [ENGAGEMENT_RATE, kpi('followers', 'followers', { unit: 'count' })],
    platforms: ['instagram', 'facebook', 'tiktok'],
    snapshots: [csv('2026-10', 'platform,impressions,engagements,followers', 'instagram,1000,100,500', 'facebook,3000,30,200')],
  });
  const results = computeKpis(ctx, parsePeriod('2026-10'));

  it('gives that platform no data', () => {
    expect(row(results, 'engagement-rate', 'tiktok').value).toEqual({ reason: 'no row for tiktok in 2026-10' });
    expect(row(results, 'engagement-rate', 'instagram').value).toEqual({ value: 0.1 });
  });

  it('gives all no data instead of a silently smaller total', () => {
    expect(row(results, 'engagement-rate', 'all').value).toEqual({ reason: 'no row for tiktok in 2026-10' });
    expect(row(results, 'followers', 'all').value).toEqual({ reason: 'no row for tiktok in 2026-10' });
  });
});

describe('computeKpis: previous and change', () => {
  it('still computes the value when the previous period has no snapshot', () => {
    const ctx = context({
      kpis: [ENGAGEMENT_RATE],
      platforms: ['instagram'],
      snapshots: [csv('2026-10', 'platform,impressions,engagements', 'instagram,1000,30')],
    });
    const all = row(computeKpis(ctx, parsePeriod('2026-10')), 'engagement-rate', 'all');
    expect(all).toEqual({
      kpi: 'engagement-rate',
      platform: 'all',
      value: { value: 0.03 },
      previous: { reason: 'no snapshot for 2026-09' },
      change: { reason: 'no snapshot for 2026-09' },
      yearBefore: { reason: 'no snapshot for 2025-10' },
      changeYear: { reason: 'no snapshot for 2025-10' },
    });
  });

  it('is the relative change, not the difference', () => {
    const ctx = context({
      kpis: [ENGAGEMENT_RATE],
      platforms: ['instagram'],
      snapshots: [
        csv('2026-09', 'platform,impressions,engagements', 'instagram,1000,40'),
        csv('2026-10', 'platform,impressions,engagements', 'instagram,1000,30'),
      ],
    });
    const all = row(computeKpis(ctx, parsePeriod('2026-10')), 'engagement-rate', 'all');
    expect(all.previous).toEqual({ value: 0.04 });
    // (0.03 − 0.04) / 0.04 = −0.25, not the −0.01 difference
    expect(all.change).toEqual({ value: expect.closeTo(-0.25, 12) });
  });

  it('divides by the size of a negative previous value', () => {
    const netNew = kpi('net-new-followers', 'followers - previous(followers)', { unit: 'count' });
    const ctx = context({
      kpis: [netNew],
      platforms: ['instagram'],
      snapshots: [
        csv('2026-08', 'platform,followers', 'instagram,1000'),
        csv('2026-09', 'platform,followers', 'instagram,950'),
        csv('2026-10', 'platform,followers', 'instagram,975'),
      ],
    });
    const all = row(computeKpis(ctx, parsePeriod('2026-10')), 'net-new-followers', 'all');
    expect(all.value).toEqual({ value: 25 }); // 975 − 950
    expect(all.previous).toEqual({ value: -50 }); // 950 − 1000
    expect(all.change).toEqual({ value: 1.5 }); // (25 − (−50)) / |−50|
  });

  it('gives no change when the previous value is 0 or the value is missing', () => {
    const netNew = kpi('net-new-followers', 'followers - previous(followers)', { unit: 'count' });
    const ctx = context({
      kpis: [netNew],
      platforms: ['instagram'],
      snapshots: [
        csv('2026-08', 'platform,followers', 'instagram,1000'),
        csv('2026-09', 'platform,followers', 'instagram,1000'),
        csv('2026-10', 'platform,followers', 'instagram,1010'),
      ],
    });
    const october = row(computeKpis(ctx, parsePeriod('2026-10')), 'net-new-followers', 'all');
    expect(october).toMatchObject({ value: { value: 10 }, previous: { value: 0 }, change: { reason: 'previous value is 0' } });
    const november = row(computeKpis(ctx, parsePeriod('2026-11')), 'net-new-followers', 'all');
    expect(november).toMatchObject({ value: { reason: 'no snapshot for 2026-11' }, previous: { value: 10 }, change: { reason: 'no snapshot for 2026-11' } });
  });
});

describe('kpiTrend', () => {
  // Twelve periods, 2026-04 missing. instagram reach grows by 100 a month from 1000, facebook stays at 500;
  // instagram followers grow by 100 a month from 10000, facebook stays at 5000.
  const months = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
  const reach = [1000, 1100, 1200, 1300, 1400, 1600, 1700, 1800, 1900, 2000, 2100];
  const followers = [10000, 10100, 10200, 10300, 10400, 10600, 10700, 10800, 10900, 11000, 11100];
  const ctx = context({
    kpis: [kpi('reach', 'reach', { unit: 'count' }), kpi('follower-growth', '(followers - previous(followers)) / previous(followers)')],
    platforms: ['instagram', 'facebook'],
    snapshots: months.map((month, i) => csv(month, 'platform,reach,followers', `instagram,${reach[i]},${followers[i]}`, 'facebook,500,5000')),
  });
  const periods = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'].map(
    parsePeriod,
  );

  it('gives the all value of each period, and no data for the missing one', () => {
    expect(kpiTrend(ctx, 'reach', periods).map(({ period, value }) => ({ period: period.id, value }))).toEqual([
      { period: '2025-11', value: { value: 1500 } },
      { period: '2025-12', value: { value: 1600 } },
      { period: '2026-01', value: { value: 1700 } },
      { period: '2026-02', value: { value: 1800 } },
      { period: '2026-03', value: { value: 1900 } },
      { period: '2026-04', value: { reason: 'no snapshot for 2026-04' } },
      { period: '2026-05', value: { value: 2100 } },
      { period: '2026-06', value: { value: 2200 } },
      { period: '2026-07', value: { value: 2300 } },
      { period: '2026-08', value: { value: 2400 } },
      { period: '2026-09', value: { value: 2500 } },
      { period: '2026-10', value: { value: 2600 } },
    ]);
  });

  it('also loses the period after the gap for a KPI that reads previous()', () => {
    const trend = kpiTrend(ctx, 'follower-growth', periods);
    expect(trend[0]!.value).toEqual({ reason: 'no snapshot for 2025-10' });
    expect(trend[1]!.value).toEqual({ value: 100 / 15000 }); // (15100 − 15000) / 15000
    expect(trend[5]!.value).toEqual({ reason: 'no snapshot for 2026-04' });
    expect(trend[6]!.value).toEqual({ reason: 'no snapshot for 2026-04' });
    expect(trend[7]!.value).toEqual({ value: 100 / 15600 }); // (15700 − 15600) / 15600
  });

  it('agrees with computeKpis', () => {
    for (const period of periods) {
      expect(row(computeKpis(ctx, period), 'follower-growth', 'all').value).toEqual(kpiTrend(ctx, 'follower-growth', [period])[0]!.value);
    }
  });

  it('throws for a KPI the context does not have', () => {
    expect(() => kpiTrend(ctx, 'save-rate', periods)).toThrow('no KPI "save-rate" in this report (expected one of reach, follower-growth)');
  });
});

describe('platformTotals', () => {
  it('gives each metric on each platform, in client order', () => {
    const ctx = context({
      kpis: [],
      platforms: ['instagram', 'linkedin', 'tiktok'],
      snapshots: [csv('2026-10', 'platform,reach,saves', 'instagram,1000,50', 'linkedin,2000,')],
    });
    expect(platformTotals(ctx, parsePeriod('2026-10'), ['reach', 'saves'])).toEqual([
      { metric: 'reach', platform: 'instagram', value: { value: 1000 } },
      { metric: 'reach', platform: 'linkedin', value: { value: 2000 } },
      { metric: 'reach', platform: 'tiktok', value: { reason: 'no row for tiktok in 2026-10' } },
      { metric: 'saves', platform: 'instagram', value: { value: 50 } },
      { metric: 'saves', platform: 'linkedin', value: { reason: 'Saves not measured on linkedin' } },
      { metric: 'saves', platform: 'tiktok', value: { reason: 'no row for tiktok in 2026-10' } },
    ]);
  });
});

describe('computeKpis: programming errors', () => {
  it('throws for a formula that does not parse', () => {
    const ctx = context({ kpis: [kpi('broken', 'clicks /')], platforms: ['instagram'], snapshots: [] });
    expect(() => computeKpis(ctx, parsePeriod('2026-10'))).toThrow('KPI "broken" (playbook/kpis/broken.mdx): formula "clicks /" does not parse');
  });
});
