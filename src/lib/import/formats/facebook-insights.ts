/**
 * The legacy Facebook Insights export (Page Insights → Export data, before Meta Business Suite),
 * saved as CSV. Two header rows: the column keys, then a description of each
 * ("Lifetime: The total number of people who have liked your Page. (Unique Users)"), which the
 * reader sets apart. Dates are US, `8/19/2015`.
 *
 * Page data, one row per day: "Date", "Lifetime Total Likes", "Daily New Likes", "Daily Unlikes",
 * "Daily Page Engaged Users", "Weekly …", "28 Days …", "Daily Total Reach", "Daily Organic Reach",
 * "Daily Paid Reach", "Daily Total Impressions", "Daily Organic impressions", …
 *
 * Post data, one row per post: "Post ID", "Permalink", "Post Message", "Type", "Posted"
 * (`8/19/2015 10:00:00 AM`), "Lifetime Post Total Reach", "Lifetime Post organic reach",
 * "Lifetime Post Total Impressions", "Lifetime Engaged Users", "Lifetime Post Consumers",
 * "Lifetime Post Consumptions", "Lifetime Talking About This (Post) by action type - like|comment|share",
 * "Lifetime Post Stories by action type - like|comment|share",
 * "Lifetime Post Consumptions by type - link clicks", …
 */
import { hasColumns, REASON } from '../format.ts';
import type { Table } from '../read-table.ts';
import { columnarFormat } from './columnar.ts';

const PERIOD_PREFIX = /^(Lifetime|Daily|Weekly|28 Days) /i;

export const facebookInsightsPage = columnarFormat({
  id: 'facebook-insights-page',
  name: 'Facebook Insights (legacy): Page data',
  signature: 'a "Date" column and columns such as "Lifetime Total Likes" and "Daily Total Reach", with a second header row of descriptions',
  matches: (table: Table) =>
    hasColumns(table, ['Date']) && table.header.filter((cell) => PERIOD_PREFIX.test(cell)).length >= 2 && !hasColumns(table, ['Posted']),
  platform: 'facebook',
  columns: {
    date: ['Date'],
    rules: [
      { names: ['Lifetime Total Likes'], metric: 'followers' },
      { names: ['Daily Total Reach'], metric: 'reach' },
      { names: ['Daily Total Impressions'], metric: 'impressions' },
      { names: ['Daily New Likes'], ignore: REASON.newFollowers },
      { names: ['Daily Unlikes'], ignore: 'people who unliked the Page, not the follower total' },
      { pattern: /^(Weekly|28 Days) /i, ignore: 'a rolling 7- or 28-day total; the "Daily" columns are imported' },
      { pattern: /^Daily (Organic|Paid|Viral)( Reach|.*impressions)$/i, ignore: 'the organic, paid or viral part of a "Daily Total" column, which is imported' },
    ],
  },
});

export const facebookInsightsPosts = columnarFormat({
  id: 'facebook-insights-posts',
  name: 'Facebook Insights (legacy): Post data',
  signature: 'one row per post with "Posted" and "Lifetime Post Total Reach" columns, with a second header row of descriptions',
  matches: (table: Table) => hasColumns(table, ['Posted'], ['Lifetime Post Total Reach']),
  platform: 'facebook',
  columns: {
    date: ['Posted'],
    rules: [
      { names: ['Lifetime Post Total Reach'], metric: 'reach' },
      { names: ['Lifetime Post Total Impressions'], metric: 'impressions' },
      { names: ['Lifetime Post Stories by action type - like'], metric: 'likes' },
      { names: ['Lifetime Post Stories by action type - comment'], metric: 'comments' },
      { names: ['Lifetime Post Stories by action type - share'], metric: 'shares' },
      { names: ['Lifetime Post Consumptions by type - link clicks'], metric: 'clicks' },
      { pattern: /^Lifetime Post (Organic|Paid|Viral)/i, ignore: 'the organic, paid or viral part of a "Lifetime Post Total" column, which is imported' },
      { pattern: /Talking About This|Consumers/i, ignore: 'people, not actions; the "Stories" and "Consumptions" columns count the actions' },
    ],
  },
});
