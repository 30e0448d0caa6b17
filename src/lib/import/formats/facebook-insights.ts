/**
 * The legacy Facebook Insights export (Page Insights → Export data, before Meta Business Suite),
 * saved as CSV. Two header rows: the column keys, then a description of each
 * ("Lifetime: The total number of people who have liked your Page. (Unique Users)"), which the
 * reader sets apart; a breakdown ("Daily Like Sources - invitations", "… by action type - like")
 * is described once, on its first column, and its other columns have an empty description.
 * Some keys appear twice, told apart only by their description: "(Unique Users)" counts people,
 * "(Total Count)" counts times. Dates are US, `8/19/2015`. Hundreds of columns; what is not a
 * daily Page total (rolling 7- and 28-day totals, breakdowns by country, age or hour) is left out.
 *
 * Page data, one row per day: "Date", "Lifetime Total Likes", "Daily New Likes", "Daily Unlikes",
 * "Daily Page Engaged Users", "Daily Total Reach", "Daily Total Impressions",
 * "Daily Page consumptions by type - link clicks", "Daily Total Video Views", …
 *
 * Post data, one row per post: "Post ID", "Permalink", "Post Message", "Type", "Posted"
 * (`02/19/2014 04:29:18 AM`), "Lifetime Post Total Reach", "Lifetime Post Total Impressions",
 * "Lifetime Post Stories by action type - like|comment|share",
 * "Lifetime Post Consumptions by type - link clicks", "Lifetime Organic Video Views" and
 * "Lifetime Paid Video Views" (each twice), …; each post counts in the month it was posted.
 */
import { countRows, hasColumns, normalizeHeader, REASON, type ColumnRule } from '../format.ts';
import type { Table } from '../read-table.ts';
import { columnarFormat } from './columnar.ts';

const PERIOD_PREFIX = /^(Lifetime|Daily|Weekly|28 Days) /i;

/** A key that appears twice, this one counting people: its twin counts times. */
function uniqueTwin(table: Table, index: number): boolean {
  const name = normalizeHeader(table.header[index]!);
  const twins = table.header.filter((cell) => normalizeHeader(cell) === name).length;
  return twins > 1 && /\(unique users\)\s*$/i.test(table.descriptions?.[index] ?? '');
}

const SHARED: readonly ColumnRule[] = [
  { pattern: /.*/, when: uniqueTwin, ignore: 'people, counted once each ("(Unique Users)" in its description); its twin of the same name counts times' },
  {
    pattern:
      / by (Gender and Age|Country|City|Language|Locale)\b|^(Daily|Weekly|28 Days) (Demographics|Country|City|Language|Reach Demographics|Reach by)\b|Check-ins by /i,
    ignore: 'a breakdown of the audience by age, place or language, not a total',
  },
  { pattern: /Engaged Users|Consumers|Talking About This|Negative feedback$|Feedback from Users$/i, ignore: REASON.people },
];

export const facebookInsightsPage = columnarFormat({
  id: 'facebook-insights-page',
  name: 'Facebook Insights (legacy): Page data',
  signature: 'a "Date" column and columns such as "Lifetime Total Likes" and "Daily Total Reach", with a second header row of descriptions',
  matches: (table: Table) =>
    hasColumns(table, ['Date']) && table.header.filter((cell) => PERIOD_PREFIX.test(cell)).length >= 2 && !hasColumns(table, ['Posted']),
  platform: 'facebook',
  rowNoun: 'day',
  columns: {
    date: ['Date'],
    rules: [
      ...SHARED,
      { names: ['Lifetime Total Likes'], metric: 'followers' },
      { names: ['Daily New Likes'], metric: 'new_followers' },
      { names: ['Daily Total Reach'], metric: 'reach' },
      { names: ['Daily Total Impressions'], metric: 'impressions' },
      { names: ['Daily Page consumptions by type - link clicks'], metric: 'clicks' },
      { names: ['Daily Total Video Views'], metric: 'video_views' },
      { names: ['Daily Unlikes'], ignore: 'people who unliked the Page, not the follower total' },
      {
        names: ['Daily Page consumptions'],
        ignore: 'clicks anywhere on the Page\'s content; "Daily Page consumptions by type - link clicks" is imported as clicks',
      },
      { pattern: /^(Weekly|28 Days) /i, ignore: 'a rolling 7- or 28-day total; the "Daily" columns are imported' },
      { pattern: /^Daily (Organic|Paid|Viral)( Reach|.*impressions)/i, ignore: 'the organic, paid or viral part of a "Daily Total" column, which is imported' },
      { pattern: /^Daily Total (organic|promoted|autoplayed) video views|^Daily Total video views after/i, ignore: REASON.partOf('Daily Total Video Views') },
      { pattern: / - /, ignore: 'a part of a breakdown ("… - …"), not a total' },
    ],
  },
});

export const facebookInsightsPosts = columnarFormat({
  id: 'facebook-insights-posts',
  name: 'Facebook Insights (legacy): Post data',
  signature: 'one row per post with "Posted" and "Lifetime Post Total Reach" columns, with a second header row of descriptions',
  matches: (table: Table) => hasColumns(table, ['Posted'], ['Lifetime Post Total Reach']),
  platform: 'facebook',
  grain: 'items',
  rowNoun: 'post',
  counts: [countRows('posts', 'one per row (post)')],
  columns: {
    date: ['Posted'],
    rules: [
      ...SHARED,
      { names: ['Lifetime Post Total Reach'], metric: 'reach' },
      { names: ['Lifetime Post Total Impressions'], metric: 'impressions' },
      { names: ['Lifetime Post Stories by action type - like'], metric: 'likes' },
      { names: ['Lifetime Post Stories by action type - comment'], metric: 'comments' },
      { names: ['Lifetime Post Stories by action type - share'], metric: 'shares' },
      { names: ['Lifetime Post Consumptions by type - link clicks'], metric: 'clicks' },
      // Facebook reports a post's video views as organic and paid, with no total column.
      { names: ['Lifetime Organic Video Views', 'Lifetime Paid Video Views'], metric: 'video_views', combine: 'sum' },
      {
        pattern: /^Lifetime Post (Organic|Paid|Viral)|^Lifetime (Organic|Paid) views to 95%|by people who (have )?liked? your Page/i,
        ignore: 'a part of a "Lifetime Post Total" column, which is imported',
      },
      { pattern: / - /, ignore: 'a part of a breakdown ("… - …"), not a total' },
    ],
  },
});
