/**
 * A chart's numbers in one sentence: the accessible name of its canvas, so a screen reader hears
 * what the picture shows. Written from the chart's own texts, so it never says a number the table
 * beside it does not.
 */
import type { ReportLocale } from './report-locale.ts';
import type { BreakdownChart, TrendChart } from './report-view.ts';

/** "Engagement rate, last 3 months: August 2026 4.2%; September 2026 4.7%; October 2026 5.3%; Target 4.5%". */
export function trendSummary(chart: TrendChart, { t, plural }: Pick<ReportLocale, 't' | 'plural'>): string {
  const points = chart.periods.map((period, i) => `${period} ${chart.texts[i]}`).join('; ');
  const target = chart.target ? `; ${t.chart.target(chart.target.text)}` : '';
  return `${t.chart.lastMonths(chart.title, chart.values.length, plural)}: ${points}${target}`;
}

/** "Where the numbers came from: Impressions: Instagram 1,200 (60%), TikTok 800 (40%); Reach: …". */
export function breakdownSummary(chart: BreakdownChart): string {
  const metrics = chart.labels.map((label, m) => `${label}: ${chart.platforms.map((platform, i) => `${platform} ${chart.texts[i]![m]}`).join(', ')}`);
  return `${chart.title}: ${metrics.join('; ')}`;
}
