/**
 * TikTok analytics (TikTok Studio / Business Suite → Analytics → Download data). Dates carry no
 * year (`February 28`, sometimes in the app's language: `28 févr.`), so --year gives the year of
 * the first row and a series that passes New Year continues into the next one.
 * - Overview.csv: "Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares", one row a day.
 * - FollowerHistory.csv: "Date", "Followers" (the follower count that day) and sometimes
 *   "Difference in followers from previous day".
 * - Content.csv: one row per video, "Video title", "Video link", "Post time", "Total likes",
 *   "Total comments", "Total shares", "Total views", "Total play time", "Average watch time",
 *   "Watched full video (%)"; each video counts in the month it was posted.
 */
import { hasColumns, REASON } from '../format.ts';
import { columnarFormat } from './columnar.ts';

export const tiktokOverview = columnarFormat({
  id: 'tiktok-overview',
  name: 'TikTok: Overview',
  signature: 'a "Date" column (dates without a year) with "Video Views" and "Profile Views"',
  matches: (table) => hasColumns(table, ['Date'], ['Video Views'], ['Profile Views']),
  platform: 'tiktok',
  columns: {
    date: ['Date'],
    rules: [
      { names: ['Video Views'], metric: 'video_views' },
      { names: ['Likes'], metric: 'likes' },
      { names: ['Comments'], metric: 'comments' },
      { names: ['Shares'], metric: 'shares' },
    ],
  },
});

export const tiktokFollowers = columnarFormat({
  id: 'tiktok-followers',
  name: 'TikTok: FollowerHistory',
  signature: 'a "Date" column (dates without a year) and a "Followers" column',
  matches: (table) => hasColumns(table, ['Date'], ['Followers']) && table.header.filter((cell) => cell !== '').length <= 3,
  platform: 'tiktok',
  columns: {
    date: ['Date'],
    rules: [
      { names: ['Followers'], metric: 'followers' },
      { pattern: /^Difference in followers/i, ignore: REASON.netFollowers },
    ],
  },
});

export const tiktokContent = columnarFormat({
  id: 'tiktok-content',
  name: 'TikTok: Content',
  signature: 'one row per video with "Post time", "Total likes" and "Total views" columns',
  matches: (table) => hasColumns(table, ['Post time'], ['Total likes']),
  platform: 'tiktok',
  columns: {
    date: ['Post time'],
    rules: [
      { names: ['Total views'], metric: 'video_views' },
      { names: ['Total likes'], metric: 'likes' },
      { names: ['Total comments'], metric: 'comments' },
      { names: ['Total shares'], metric: 'shares' },
    ],
  },
});
