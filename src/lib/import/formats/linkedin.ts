/**
 * LinkedIn Page analytics, downloaded as .xls and saved as CSV (so the delimiter, decimal mark and
 * date order are those of the spreadsheet program that saved it). Dates are `08/19/2024` as
 * LinkedIn writes them, or `19.08.2024` after a German Excel.
 *
 * Content, "Metrics" sheet: a sentence in row 1, then "Date", "Impressions (organic)",
 * "Impressions (sponsored)", "Impressions (total)", "Unique impressions (organic)",
 * "Clicks (organic|sponsored|total)", "Reactions (…)", "Comments (…)", "Reposts (…)" (formerly
 * "Shares (…)"), "Engagement rate (…)". One row per day.
 *
 * Content, "All posts" sheet: a sentence in row 1, then "Post title", "Post link", "Post type",
 * "Campaign name", "Posted by", "Created date", "Campaign start date", "Campaign end date",
 * "Audience", "Impressions", "Views (excluding off-site video views)", "Off-site views", "Clicks",
 * "Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows", "Engagement rate",
 * "Content Type". One row per post, counted in the month it was created.
 *
 * Followers, "New followers" sheet: "Date", "Sponsored followers", "Organic followers",
 * "Auto-invited followers", "Total followers": followers gained each day (new_followers), where
 * "Total followers" is the day's sum, not the audience. Only a total that is not that sum (a
 * cumulative count) becomes followers.
 */
import { columnIndex, countRows, hasColumns, planColumns, REASON, type ColumnPlan, type ImportFormat } from '../format.ts';
import { parseNumber } from '../numbers.ts';
import type { Table } from '../read-table.ts';
import { columnarFormat } from './columnar.ts';

const SPLIT = 'the organic or sponsored part of a "(total)" column, which is imported';

export const linkedinContent = columnarFormat({
  id: 'linkedin-content',
  name: 'LinkedIn Page analytics: content metrics',
  signature: 'a "Date" column and "Impressions (organic)", "Impressions (total)"…, usually under a sentence in row 1',
  matches: (table) => hasColumns(table, ['Date'], ['Impressions (total)', 'Impressions (organic)']),
  platform: 'linkedin',
  rowNoun: 'day',
  columns: {
    date: ['Date'],
    rules: [
      { names: ['Impressions (total)'], metric: 'impressions' },
      // LinkedIn's unique impressions are people reached; it gives them for organic posts only.
      { names: ['Unique impressions (organic)'], metric: 'reach' },
      { names: ['Clicks (total)'], metric: 'clicks' },
      { names: ['Reactions (total)'], metric: 'likes' },
      { names: ['Comments (total)'], metric: 'comments' },
      { names: ['Reposts (total)', 'Shares (total)'], metric: 'shares' },
      { pattern: /^(Impressions|Clicks|Reactions|Comments|Reposts|Shares) \((organic|sponsored)\)$/i, ignore: SPLIT },
    ],
  },
});

export const linkedinPosts = columnarFormat({
  id: 'linkedin-posts',
  name: 'LinkedIn Page analytics: all posts',
  signature: 'one row per post with "Post link" and "Created date" columns, usually under a sentence in row 1',
  matches: (table) => hasColumns(table, ['Post link'], ['Created date']),
  platform: 'linkedin',
  grain: 'items',
  rowNoun: 'post',
  counts: [countRows('posts', 'one per row (post)')],
  columns: {
    date: ['Created date'],
    rules: [
      { names: ['Impressions'], metric: 'impressions' },
      { names: ['Views (excluding off-site video views)'], metric: 'video_views' },
      { names: ['Clicks'], metric: 'clicks' },
      { names: ['Likes', 'Reactions'], metric: 'likes' },
      { names: ['Comments'], metric: 'comments' },
      { names: ['Reposts', 'Shares'], metric: 'shares' },
      { names: ['Follows'], ignore: REASON.postFollows },
      { names: ['Off-site views'], ignore: 'views of the video embedded on other sites; "Views (excluding off-site video views)" is imported' },
    ],
  },
});

const NEW_FOLLOWER_COLUMNS = ['Sponsored followers', 'Organic followers', 'Auto-invited followers'];
const TOTAL = ['Total followers'];

export const linkedinFollowers: ImportFormat = {
  id: 'linkedin-followers',
  name: 'LinkedIn Page analytics: followers',
  signature: 'a "Date" column with "Organic followers" and "Sponsored followers"',
  matches: (table) => hasColumns(table, ['Date'], ['Organic followers']),
  plan(table): ColumnPlan {
    const total = columnIndex(table.header, TOTAL);
    const cumulative = total >= 0 && !isSumOfNew(table, total);
    // The day's gains: LinkedIn's own sum when "Total followers" is that, otherwise the parts added up.
    const rules =
      cumulative || total < 0
        ? [...(cumulative ? [{ names: TOTAL, metric: 'followers' }] : []), { names: NEW_FOLLOWER_COLUMNS, metric: 'new_followers', combine: 'sum' as const }]
        : [
            { names: TOTAL, metric: 'new_followers' },
            { names: NEW_FOLLOWER_COLUMNS, ignore: 'a part of "Total followers", the day\'s new followers, which is imported' },
          ];
    return { ...planColumns(table, { date: ['Date'], rules }), platform: 'linkedin', rowNoun: 'day' };
  },
};

/** Whether every row's total equals the sum of its new-follower columns (LinkedIn's daily sum). */
function isSumOfNew(table: Table, total: number): boolean {
  const parts = NEW_FOLLOWER_COLUMNS.map((name) => columnIndex(table.header, [name])).filter((index) => index >= 0);
  const value = (cell: string | undefined) => {
    const parsed = parseNumber(cell ?? '', table.decimal);
    return parsed.kind === 'number' ? parsed.value : 0;
  };
  return table.rows.every((row) => value(row.cells[total]) === parts.reduce((sum, index) => sum + value(row.cells[index]), 0));
}
