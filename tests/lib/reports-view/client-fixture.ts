/**
 * A small client for the report page and hub tests: two platforms, May to October 2026 of
 * impressions and engagements (two quarters and one year), one headline KPI with a target.
 */
import type { PlaybookModel } from '../../../src/lib/playbook/model.ts';
import type { CommentaryEntry } from '../../../src/lib/reports/citations.ts';
import { reportPeriods } from '../../../src/lib/reports/periods.ts';
import { reportLocale } from '../../../src/lib/reports/report-locale.ts';
import type { ReportPageClient } from '../../../src/lib/reports/report-page.ts';
import { csv, kpi, METRICS } from '../reports/build-context.ts';

export const MODEL: PlaybookModel = {
  version: '1.0',
  dir: 'versions/1.0',
  roles: [],
  kpis: [{ ...kpi('engagement-rate', 'engagements / impressions'), name: 'Engagement rate' }],
  metrics: METRICS,
  areas: [],
  onboarding: [],
  glossary: [],
};

const HEADER = 'platform,impressions,engagements';
const MONTHS: Record<string, string[]> = {
  '2026-05': ['instagram,1000,20', 'facebook,1000,20'],
  '2026-06': ['instagram,1000,30', 'facebook,1000,10'],
  '2026-07': ['instagram,2000,60', 'facebook,2000,20'],
  '2026-08': ['instagram,1000,50', 'facebook,1000,10'],
  '2026-09': ['instagram,2000,80', 'facebook,2000,40'],
  '2026-10': ['instagram,1000,40', 'facebook,1000,20'],
};

export const en = reportLocale({ locale: 'en-GB', currency: 'GBP' });

/** The client, with commentary for the months given. */
export function client(commentary: Record<string, CommentaryEntry> = {}, months = Object.keys(MONTHS)): ReportPageClient {
  const snapshots = new Map(months.map((month) => [month, csv(month, HEADER, ...MONTHS[month]!)] as const));
  return {
    id: 'acme',
    name: 'Acme',
    platforms: ['instagram', 'facebook'],
    targets: { 'engagement-rate': 0.03 },
    team: {},
    model: MODEL,
    snapshots,
    periods: reportPeriods(snapshots.keys()),
    commentary: new Map(Object.entries(commentary)),
  };
}
