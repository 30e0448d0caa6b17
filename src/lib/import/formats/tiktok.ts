/**
 * TikTok analytics (TikTok Studio / Business Suite → Analytics → Download data), in two
 * generations.
 *
 * Older files carry no year (`February 28`, or in the app's language: `28 févr.`, `18 января`,
 * `9月13日`):
 * - Overview.csv: "Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares", one row a
 *   day in date order, so --year gives the first row's year and the series runs on past New Year.
 *   A day's count can be negative: comments deleted after the day they were counted.
 * - FollowerHistory.csv: "Date", "Followers" (the follower count that day) and sometimes
 *   "Difference in followers from previous day".
 * - Content.csv: one row per video, sorted by views, "Time" (the day the file was exported),
 *   "Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares",
 *   "Total views" (and sometimes "Total play time", "Average watch time", "Watched full video (%)").
 *   A post time is the latest such date on or before the export date; that date's own year comes
 *   from --year when it has none.
 *
 * Newer files have full dates (`2025/10/31`):
 * - videos: "Video title", "Video link", "Post time" (`2025/10/31 18:00`), "Video views", "Likes",
 *   "Comments", "Shares", "Add to Favorites";
 * - audience: "Date", "New followers", "Total followers" (`--` where not given), "Reached audience",
 *   "Engaged audience" (`NAN` on the first day).
 * Each video counts in the month it was posted.
 */
import { countRows, hasColumns, REASON } from '../format.ts';
import { columnarFormat } from './columnar.ts';

const VIDEOS = countRows('posts', 'one per row (video)');

export const tiktokOverview = columnarFormat({
  id: 'tiktok-overview',
  name: 'TikTok: Overview',
  signature: 'a "Date" column (dates without a year) with "Video Views" and "Profile Views"',
  matches: (table) => hasColumns(table, ['Date'], ['Video Views'], ['Profile Views']),
  platform: 'tiktok',
  rowNoun: 'day',
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
  rowNoun: 'day',
  columns: {
    date: ['Date'],
    rules: [
      { names: ['Followers'], metric: 'followers' },
      { pattern: /^Difference in followers/i, ignore: REASON.netFollowers },
    ],
  },
});

export const tiktokAudience = columnarFormat({
  id: 'tiktok-audience',
  name: 'TikTok: followers and audience (newer export)',
  signature: 'a "Date" column with "New followers" and "Total followers", "Reached audience" or "Engaged audience"',
  matches: (table) => hasColumns(table, ['Date'], ['New followers'], ['Total followers', 'Reached audience', 'Engaged audience']),
  platform: 'tiktok',
  rowNoun: 'day',
  columns: {
    date: ['Date'],
    rules: [
      { names: ['New followers'], metric: 'new_followers' },
      { names: ['Total followers'], metric: 'followers' },
      { names: ['Reached audience'], metric: 'reach' },
      { names: ['Engaged audience'], ignore: REASON.people },
    ],
  },
});

export const tiktokContent = columnarFormat({
  id: 'tiktok-content',
  name: 'TikTok: Content',
  signature: 'one row per video with "Post time", "Total likes" and "Total views" columns (and the export date in "Time")',
  matches: (table) => hasColumns(table, ['Post time'], ['Total likes']),
  platform: 'tiktok',
  grain: 'items',
  rowNoun: 'video',
  counts: [VIDEOS],
  anchor: ['Time'],
  columns: {
    date: ['Post time'],
    rules: [
      { names: ['Total views'], metric: 'video_views' },
      { names: ['Total likes'], metric: 'likes' },
      { names: ['Total comments'], metric: 'comments' },
      { names: ['Total shares'], metric: 'shares' },
      { names: ['Add to favorites', 'Total favorites'], metric: 'saves' },
    ],
  },
});

export const tiktokVideos = columnarFormat({
  id: 'tiktok-videos',
  name: 'TikTok: videos (newer export)',
  signature: 'one row per video with "Post time", "Video views" and "Likes" columns',
  matches: (table) => hasColumns(table, ['Post time'], ['Video views'], ['Likes']),
  platform: 'tiktok',
  grain: 'items',
  rowNoun: 'video',
  counts: [VIDEOS],
  columns: {
    date: ['Post time'],
    rules: [
      { names: ['Video views'], metric: 'video_views' },
      { names: ['Likes'], metric: 'likes' },
      { names: ['Comments'], metric: 'comments' },
      { names: ['Shares'], metric: 'shares' },
      { names: ['Add to Favorites'], metric: 'saves' },
    ],
  },
});
