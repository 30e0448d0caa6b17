/**
 * Quarters and years computed from their months by the rules of a month: flows summed, stocks at
 * the end, rates as ratios of the sums, no data naming a missing month, and comparisons over the
 * same span of months. Every expected number is worked out by hand from the CSV lines below.
 */
import { describe, expect, it } from 'vitest';
import { computeKpis, type KpiResult, type ReportContext } from '../../../src/lib/reports/engine.ts';
import { parsePeriod, reportPeriods, type Period } from '../../../src/lib/reports/periods.ts';
import { reportLocale } from '../../../src/lib/reports/report-locale.ts';
import { reportView } from '../../../src/lib/reports/report-view.ts';
import type { PlaybookModel } from '../../../src/lib/playbook/model.ts';
import type { Snapshot } from '../../../src/lib/snapshot-csv.ts';
import { context, csv, kpi, METRICS } from './build-context.ts';

const KPIS = [
  kpi('engagement-rate', 'engagements / impressions'),
  kpi('impressions', 'impressions', { unit: 'count' }),
  kpi('followers', 'followers', { unit: 'count' }),
  kpi('follower-growth', '(followers - previous(followers)) / previous(followers)'),
];
const HEADER = 'platform,impressions,engagements,followers';
// instagram and facebook: impressions, engagements, followers at the end of the month.
const MONTHS: Record<string, [string, string]> = {
  '2025-07': ['instagram,500,10,300', 'facebook,500,10,200'],
  '2025-08': ['instagram,500,10,310', 'facebook,500,10,205'],
  '2025-09': ['instagram,1000,20,320', 'facebook,1000,20,210'],
  '2026-04': ['instagram,1000,20,400', 'facebook,1000,10,280'],
  '2026-05': ['instagram,1000,30,420', 'facebook,1000,10,290'],
  '2026-06': ['instagram,2000,50,450', 'facebook,2000,20,300'],
  '2026-07': ['instagram,1000,50,500', 'facebook,4000,40,300'],
  '2026-08': ['instagram,2000,60,520', 'facebook,1000,10,310'],
  '2026-09': ['instagram,3000,90,560', 'facebook,5000,50,330'],
  '2026-10': ['instagram,1500,45,580', 'facebook,2500,25,340'],
};

function snapshots(except: string[] = [], edit: (month: string, lines: string[]) => string[] = (_, lines) => lines): Snapshot[] {
  return Object.entries(MONTHS)
    .filter(([month]) => !except.includes(month))
    .map(([month, lines]) => csv(month, ...edit(month, [HEADER, ...lines])));
}

function all(results: KpiResult[], kpiId: string, platform = 'all'): KpiResult {
  const found = results.find((r) => r.kpi === kpiId && r.platform === platform);
  if (!found) throw new Error(`no result for ${kpiId} on ${platform}`);
  return found;
}

const ctx = context({ kpis: KPIS, platforms: ['instagram', 'facebook'], snapshots: snapshots() });
const q3 = computeKpis(ctx, parsePeriod('2026-Q3'));

describe('a whole quarter is the roll-up of its three months', () => {
  it('sums flows over the months, per platform and over all', () => {
    expect(all(q3, 'impressions', 'instagram').value).toEqual({ value: 6000 }); // 1000 + 2000 + 3000
    expect(all(q3, 'impressions', 'facebook').value).toEqual({ value: 10000 }); // 4000 + 1000 + 5000
    expect(all(q3, 'impressions').value).toEqual({ value: 16000 });
  });

  it('takes stocks at the end of the quarter, not summed over its months', () => {
    expect(all(q3, 'followers', 'instagram').value).toEqual({ value: 560 }); // September's
    expect(all(q3, 'followers').value).toEqual({ value: 890 }); // 560 + 330
  });

  it('divides the summed engagements by the summed impressions, not the mean of monthly rates', () => {
    // (50 + 60 + 90 + 40 + 10 + 50) / 16000 = 300 / 16000; the monthly rates 0.018, 0.0233… and 0.0175 average 0.0196…
    expect(all(q3, 'engagement-rate').value).toEqual({ value: 0.01875 });
    expect(all(q3, 'engagement-rate', 'instagram').value).toEqual({ value: 200 / 6000 });
  });

  it('reads previous() as the previous quarter: follower growth from the end of June to the end of September', () => {
    // June: 450 + 300 = 750; (890 − 750) / 750
    expect(all(q3, 'follower-growth').value).toEqual({ value: 140 / 750 });
  });

  it('compares with the previous quarter and with the same quarter a year before', () => {
    const rate = all(q3, 'engagement-rate');
    // Q2 2026: (20 + 30 + 50 + 10 + 10 + 20) / 8000 = 140 / 8000 = 0.0175
    expect(rate.previous).toEqual({ value: 0.0175 });
    expect(hasNumber(rate.change)).toBeCloseTo((0.01875 - 0.0175) / 0.0175, 12);
    // Q3 2025: (10 + 10 + 20 + 10 + 10 + 20) / 4000 = 0.02
    expect(rate.yearBefore).toEqual({ value: 0.02 });
    expect(hasNumber(rate.changeYear)).toBeCloseTo(-0.0625, 12); // (0.01875 − 0.02) / 0.02
    // Q3 2025's growth needs the followers at the end of Q2 2025, in June 2025, which has no snapshot.
    expect(all(q3, 'follower-growth').yearBefore).toEqual({ reason: 'no snapshot for 2025-06' });
    // A flow over Q2 2025 names every month of it.
    expect(all(computeKpis(ctx, parsePeriod('2025-Q2')), 'impressions').value).toEqual({ reason: 'no snapshot for 2025-04 – 2025-06' });
  });

  it('gives a month the same result as before: a month is a period of one month', () => {
    const october = computeKpis(ctx, parsePeriod('2026-10'));
    expect(all(october, 'engagement-rate').value).toEqual({ value: 70 / 4000 }); // (45 + 25) / (1500 + 2500)
    expect(all(october, 'engagement-rate').previous).toEqual({ value: 140 / 8000 }); // September
  });
});

describe('a quarter with a month missing', () => {
  it('gives flows and rates no data, naming the month, never the sum of the other two', () => {
    const gappy = context({ kpis: KPIS, platforms: ['instagram', 'facebook'], snapshots: snapshots(['2026-08']) });
    const results = computeKpis(gappy, parsePeriod('2026-Q3'));
    expect(all(results, 'impressions', 'instagram').value).toEqual({ reason: 'no snapshot for 2026-08' });
    expect(all(results, 'impressions').value).toEqual({ reason: 'no snapshot for 2026-08' });
    expect(all(results, 'engagement-rate').value).toEqual({ reason: 'no snapshot for 2026-08' });
    // A stock is still the quarter's end: September is there.
    expect(all(results, 'followers').value).toEqual({ value: 890 });
  });

  it('gives a stock no data when the last month is missing: an older value is not the end of the quarter', () => {
    const gappy = context({ kpis: KPIS, platforms: ['instagram', 'facebook'], snapshots: snapshots(['2026-09']) });
    expect(all(computeKpis(gappy, parsePeriod('2026-Q3')), 'followers').value).toEqual({ reason: 'no snapshot for 2026-09' });
  });

  it('takes a stock from the latest month that has it when the last month leaves its cell empty', () => {
    const empty = context({
      kpis: KPIS,
      platforms: ['instagram', 'facebook'],
      snapshots: snapshots([], (month, lines) =>
        month === '2026-09' ? lines.map((line) => line.replace(/,\d+$/, ',').replace(/,followers,$/, ',followers')) : lines,
      ),
    });
    expect(all(computeKpis(empty, parsePeriod('2026-Q3')), 'followers').value).toEqual({ value: 830 }); // August: 520 + 310
  });

  it('names every missing month, and a platform missing from a month', () => {
    const gappy = context({
      kpis: KPIS,
      platforms: ['instagram', 'facebook'],
      snapshots: snapshots(['2026-07', '2026-08'], (month, lines) => (month === '2026-09' ? lines.filter((line) => !line.startsWith('facebook')) : lines)),
    });
    const results = computeKpis(gappy, parsePeriod('2026-Q3'));
    expect(all(results, 'impressions', 'instagram').value).toEqual({ reason: 'no snapshot for 2026-07, 2026-08' });
    expect(all(results, 'impressions', 'facebook').value).toEqual({ reason: 'no snapshot for 2026-07, 2026-08; no row for facebook in 2026-09' });
    expect(all(results, 'engagement-rate').value).toMatchObject({ reason: expect.stringContaining('no row for facebook in 2026-09') });
  });

  it('gives a flow measured in some months only no data, and one measured in none a note', () => {
    const clicks = context({
      kpis: [kpi('click-through-rate', 'clicks / impressions')],
      platforms: ['instagram', 'facebook'],
      snapshots: [
        csv('2026-07', 'platform,impressions,clicks', 'instagram,1000,10', 'facebook,1000,20'),
        csv('2026-08', 'platform,impressions,clicks', 'instagram,1000,10', 'facebook,1000,'),
        csv('2026-09', 'platform,impressions,clicks', 'instagram,1000,10', 'facebook,1000,30'),
      ],
    });
    const results = computeKpis(clicks, parsePeriod('2026-Q3'));
    expect(all(results, 'click-through-rate', 'facebook').value).toEqual({ reason: 'Link clicks not measured on facebook in 2026-08' });
    // Leaving facebook out would pass instagram's rate off as the client's.
    expect(all(results, 'click-through-rate').value).toEqual({ reason: 'Link clicks not measured on facebook in 2026-08' });

    const never = context({
      kpis: [kpi('click-through-rate', 'clicks / impressions')],
      platforms: ['instagram', 'facebook'],
      snapshots: ['2026-07', '2026-08', '2026-09'].map((month) => csv(month, 'platform,impressions,clicks', 'instagram,1000,10', 'facebook,1000,')),
    });
    expect(all(computeKpis(never, parsePeriod('2026-Q3')), 'click-through-rate')).toMatchObject({
      value: { value: 0.01 }, // 30 / 3000, instagram alone
      note: 'excludes facebook: link clicks not measured',
    });
  });
});

describe('a unique count over months', () => {
  const metrics = METRICS.map((metric) => (metric.id === 'reach' ? { ...metric, kind: 'unique' as const } : metric));
  const reachOf = (months: string[]) =>
    context({
      kpis: [kpi('reach', 'reach', { unit: 'count' })],
      platforms: ['instagram'],
      snapshots: months.map((month) => csv(month, 'platform,reach', 'instagram,1000')),
    });

  it('is no data for a quarter: people reached in two months would count twice', () => {
    const ctx3 = { ...reachOf(['2026-07', '2026-08', '2026-09']), metrics };
    const reason =
      "Reach counts people once per month: a quarter's or year's figure cannot be added up from months and needs an export covering the whole period";
    expect(all(computeKpis(ctx3, parsePeriod('2026-Q3')), 'reach', 'instagram').value).toEqual({ reason });
    expect(all(computeKpis(ctx3, parsePeriod('2026-Q3')), 'reach').value).toEqual({ reason });
  });

  it('is the month’s own figure for a quarter that so far covers one month', () => {
    const ctx1 = { ...reachOf(['2026-09', '2026-10']), metrics };
    const q4 = reportPeriods(['2026-09', '2026-10']).quarter.at(-1)!;
    expect(all(computeKpis(ctx1, q4), 'reach', 'instagram').value).toEqual({ value: 1000 });
  });
});

describe('partial periods compare like with like', () => {
  // The client's data runs from July 2025 to October 2026.
  const periods = reportPeriods(Object.keys(MONTHS));
  const q4 = periods.quarter.at(-1)!;
  const year = periods.year.at(-1)!;

  it('covers the months from the first snapshot to the latest', () => {
    expect(q4.months).toEqual(['2026-10']);
    expect(year.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(periods.year[0]!.months).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
  });

  it('compares a quarter to date with the same months of the previous quarter, not the whole of it', () => {
    const results = computeKpis(ctx, q4);
    const rate = all(results, 'engagement-rate');
    expect(rate.value).toEqual({ value: 70 / 4000 }); // October alone
    expect(rate.previous).toEqual({ value: 90 / 5000 }); // July 2026 alone: (50 + 40) / (1000 + 4000), not Q3's 0.01875
    // previous(followers) in a formula is the end of the whole previous quarter (September):
    // growth so far this quarter, (580 + 340 − 890) / 890, equal to October's own growth
    expect(all(results, 'follower-growth').value).toEqual({ value: 30 / 890 });
    expect(all(computeKpis(ctx, parsePeriod('2026-10')), 'follower-growth').value).toEqual({ value: 30 / 890 });
    // and the comparison is July's growth, from the end of June: (800 − 750) / 750
    expect(all(results, 'follower-growth').previous).toEqual({ value: 50 / 750 });
    // October 2025 has no snapshot
    expect(rate.yearBefore).toEqual({ reason: 'no snapshot for 2025-10' });
    expect(rate.changeYear).toEqual({ reason: 'no snapshot for 2025-10' });
  });

  it('gives a year to date with missing months no data, naming them', () => {
    const results = computeKpis(ctx, year);
    expect(all(results, 'impressions').value).toEqual({ reason: 'no snapshot for 2026-01 – 2026-03' });
    // Its comparison is January–October 2025, of which the client has July–September.
    expect(all(results, 'impressions').previous).toEqual({ reason: 'no snapshot for 2025-01 – 2025-06, 2025-10' });
    // The stock at its end is October's; growth since the end of 2025 needs December 2025, which is missing.
    expect(all(results, 'followers').value).toEqual({ value: 920 });
    expect(all(results, 'follower-growth').value).toEqual({ reason: 'no snapshot for 2025-12' });
  });
});

describe("reasons in the client's language", () => {
  it('name the missing months by name, a run of them as a range', () => {
    const words = reportLocale({ locale: 'de-DE', currency: 'EUR' }).reasons;
    const german = { ...context({ kpis: KPIS, platforms: ['instagram', 'facebook'], snapshots: snapshots(['2026-08']) }), words };
    expect(all(computeKpis(german, parsePeriod('2026-Q3')), 'impressions').value).toEqual({ reason: 'keine Daten für August 2026' });
    const year = reportPeriods(Object.keys(MONTHS)).year.at(-1)!;
    expect(all(computeKpis(german, year), 'impressions').value).toEqual({ reason: 'keine Daten für Januar 2026 – März 2026 und August 2026' });
  });
});

describe('tiles of a quarter', () => {
  const model = {
    version: '1.0',
    dir: 'versions/1.0',
    roles: [],
    kpis: KPIS,
    metrics: METRICS,
    areas: [],
    onboarding: [],
    glossary: [],
  } satisfies PlaybookModel;
  const client = { id: 'test', name: 'Test', platforms: ['instagram', 'facebook'], targets: {}, team: {} };
  const loc = reportLocale({ locale: 'en-GB', currency: 'GBP' });
  const tiles = reportView(client, model, new Map(snapshots().map((s) => [s.period, s])), parsePeriod('2026-Q3'), loc).tiles;
  const tile = (id: string) => tiles.find((t) => t.kpi.id === id)!;

  it('compare with the previous quarter and with the same quarter a year before, a percent in points', () => {
    expect(tile('engagement-rate').change).toMatchObject({ against: 'Q2 2026', arrow: '▲' });
    // 1.875 % against 2 % in Q3 2025: −0.125 points, shown to one decimal
    expect(tile('engagement-rate').yearAgo).toMatchObject({ against: 'Q3 2025', arrow: '▼', tone: 'bad', text: '-0.1\u00a0pp' });
    // 16000 impressions against 4000 a year before: +300 %
    expect(tile('impressions').yearAgo).toMatchObject({ text: '+300.0%', tone: 'good' });
  });

  it('have no year-before comparison where the year before has no data', () => {
    expect(tile('follower-growth').raw).toBe(140 / 750);
    expect(tile('follower-growth').yearAgo).toBeUndefined();
  });
});

describe('caching', () => {
  it('reads each month’s snapshot once, however many quarters and years use it', () => {
    const reads = new Map<string, number>();
    const counted = new (class extends Map<string, Snapshot> {
      override get(month: string) {
        reads.set(month, (reads.get(month) ?? 0) + 1);
        return super.get(month);
      }
    })(snapshots().map((s) => [s.period, s]));
    const tracked: ReportContext = { ...ctx, snapshots: counted };
    const periods = reportPeriods(Object.keys(MONTHS));
    const every: Period[] = [...periods.month, ...periods.quarter, ...periods.year];
    for (const period of every) computeKpis(tracked, period);
    for (const period of every) computeKpis(tracked, period);
    expect(reads.size).toBeGreaterThan(Object.keys(MONTHS).length); // months before the data too, read as absent
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
  });
});

function hasNumber(measure: KpiResult['value']): number {
  if (!('value' in measure)) throw new Error(`expected a number, got no data: ${measure.reason}`);
  return measure.value;
}
