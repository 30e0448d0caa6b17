import { describe, expect, it } from 'vitest';
import { breakdownSummary, trendSummary } from '../../../src/lib/reports/chart-summary.ts';
import { reportLocale } from '../../../src/lib/reports/report-locale.ts';
import type { BreakdownChart, TrendChart } from '../../../src/lib/reports/report-view.ts';
import { en } from './client-fixture.ts';

const trend = (fields: Partial<TrendChart> = {}): TrendChart => ({
  kind: 'trend',
  id: 'trend-engagement-rate',
  title: 'Engagement rate',
  unit: 'percent',
  labels: ['Sept 26', 'Oct 26'],
  periods: ['September 2026', 'October 2026'],
  values: [0.042, null],
  texts: ['4.2%', 'no data: no snapshot for October 2026'],
  axis: { unit: 'percent', locale: 'en-GB' },
  tooFew: false,
  ...fields,
});

const breakdown: BreakdownChart = {
  kind: 'breakdown',
  id: 'platform-breakdown',
  title: 'Where the numbers came from',
  labels: ['Impressions', 'Engagements'],
  platforms: ['Instagram', 'TikTok'],
  shares: [
    [0.6, 0.5],
    [0.4, null],
  ],
  texts: [
    ['1,200 (60%)', '30 (50%)'],
    ['800 (40%)', 'not measured'],
  ],
  axis: { unit: 'percent', locale: 'en-GB' },
};

describe('trendSummary', () => {
  it('reads every period with its text, no data with its reason', () => {
    expect(trendSummary(trend(), en)).toBe('Engagement rate, last 2 months: September 2026 4.2%; October 2026 no data: no snapshot for October 2026');
  });

  it('ends with the target when the chart has one', () => {
    expect(trendSummary(trend({ target: { value: 0.045, text: '4.5%', label: 'Target 4.5%' } }), en)).toMatch(/; October 2026 no data: [^;]*; Target 4\.5%$/);
  });

  it('counts the months in the singular for one, in the client’s language', () => {
    const one = trend({ periods: ['Oktober 2026'], values: [0.05], texts: ['5,0 %'] });
    expect(trendSummary(one, reportLocale({ locale: 'de-DE', currency: 'EUR' }))).toMatch(/^Engagement rate, [^:]+: Oktober 2026 5,0 %$/);
    expect(trendSummary(one, en)).toBe('Engagement rate, last month: Oktober 2026 5,0 %');
  });
});

describe('breakdownSummary', () => {
  it('reads each metric with every platform’s share, in platform order', () => {
    expect(breakdownSummary(breakdown)).toBe(
      'Where the numbers came from: Impressions: Instagram 1,200 (60%), TikTok 800 (40%); Engagements: Instagram 30 (50%), TikTok not measured',
    );
  });
});
