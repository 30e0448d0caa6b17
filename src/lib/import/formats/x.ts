/**
 * X (Twitter) analytics, in the four layouts it has exported.
 *
 * Legacy tweet activity (`tweet_activity_metrics_<user>_<from>_<to>_en.csv`): one row per tweet
 * with "Tweet id", "Tweet permalink", "Tweet text", "time" (`2021-05-30 16:03 +0000`: the date as
 * written is the tweet's date), "impressions", "engagements", "engagement rate", "retweets",
 * "replies", "likes", "user profile clicks", "url clicks", "hashtag clicks", "detail expands",
 * "permalink clicks", "app opens", "app installs", "follows", "email tweet", "dial phone",
 * "media views", "media engagements", then the same with "promoted " in front (`-` unless the
 * tweet was promoted). Counts are floats: `4647.0`.
 *
 * Legacy daily activity (`daily_tweet_activity_metrics_<user>_<from>_<to>_en.csv`): the same
 * counts per day, "Date" (`2021-04-01`) and "Tweets published" instead of the tweet's columns.
 *
 * Account analytics, overview (2024-): one row per day with "Date" (`Sun, Aug 30, 2026`),
 * "Impressions", "Likes", "Engagements", "Bookmarks", "Shares", "New follows", "Unfollows",
 * "Replies", "Reposts", "Profile visits", "Create Post", "Video views", "Media views".
 *
 * Account analytics, content (2024-): one row per post, newest first, with "Post id", "Date",
 * "Post text", "Post Link", the same counts, and "URL Clicks", "Detail Expands",
 * "Hashtag Clicks", "Permalink Clicks".
 */
import { countRows, hasColumns, REASON, type ColumnRule } from '../format.ts';
import { columnarFormat } from './columnar.ts';

const PROMOTED: ColumnRule = { pattern: /^promoted /i, ignore: 'promoted (paid) delivery, reported apart from the organic counts, which are imported' };
const MEDIA_VIEWS: ColumnRule = { names: ['media views'], ignore: 'views of photos and videos together, not video views' };
const SHARES_BY_LINK: ColumnRule = { names: ['Shares'], ignore: 'posts shared by message or link; "Reposts" is imported as shares' };

/** The legacy exports' counts, per tweet or per day. */
const LEGACY_COUNTS: readonly ColumnRule[] = [
  { names: ['impressions'], metric: 'impressions' },
  { names: ['engagements'], metric: 'engagements' },
  { names: ['likes'], metric: 'likes' },
  { names: ['replies'], metric: 'comments' },
  { names: ['retweets'], metric: 'shares' },
  { names: ['url clicks'], metric: 'clicks' },
  PROMOTED,
  MEDIA_VIEWS,
];

/** The 2024 account analytics counts, per day or per post. */
const ACCOUNT_COUNTS: readonly ColumnRule[] = [
  { names: ['Impressions'], metric: 'impressions' },
  { names: ['Engagements'], metric: 'engagements' },
  { names: ['Likes'], metric: 'likes' },
  { names: ['Replies'], metric: 'comments' },
  { names: ['Reposts'], metric: 'shares' },
  { names: ['Bookmarks'], metric: 'saves' },
  { names: ['URL Clicks', 'Url clicks', 'Link clicks'], metric: 'clicks' },
  { names: ['Video views'], metric: 'video_views' },
  SHARES_BY_LINK,
  MEDIA_VIEWS,
  { names: ['Unfollows'], ignore: 'followers lost, not the follower total' },
];

/** What only the per-post content export has. */
const POST_ID = ['Post id', 'Post ID', 'Post Link', 'Post text'];

export const xTweetActivity = columnarFormat({
  id: 'x-tweet-activity',
  name: 'X (Twitter): tweet activity export (legacy)',
  signature: 'one row per tweet with "Tweet id", "time" and "impressions" columns',
  matches: (table) => hasColumns(table, ['Tweet id'], ['time'], ['impressions']),
  platform: 'x',
  grain: 'items',
  rowNoun: 'tweet',
  counts: [countRows('posts', 'one per row (tweet)')],
  columns: { date: ['time'], rules: [...LEGACY_COUNTS, { names: ['follows'], ignore: REASON.postFollows }] },
});

export const xDailyActivity = columnarFormat({
  id: 'x-daily-activity',
  name: 'X (Twitter): daily tweet activity export (legacy)',
  signature: 'one row per day with "Date", "Tweets published" and "impressions" columns',
  matches: (table) => hasColumns(table, ['Date'], ['Tweets published'], ['impressions']),
  platform: 'x',
  rowNoun: 'day',
  columns: {
    date: ['Date'],
    rules: [{ names: ['Tweets published'], metric: 'posts' }, { names: ['follows'], metric: 'new_followers' }, ...LEGACY_COUNTS],
  },
});

export const xAccountPosts = columnarFormat({
  id: 'x-account-posts',
  name: 'X: account analytics export (content, one row per post)',
  signature: 'one row per post with "Post id", "Date" and "Impressions" columns',
  matches: (table) => hasColumns(table, POST_ID, ['Date'], ['Impressions']),
  platform: 'x',
  grain: 'items',
  rowNoun: 'post',
  counts: [countRows('posts', 'one per row (post)')],
  columns: { date: ['Date'], rules: [...ACCOUNT_COUNTS, { names: ['New follows'], ignore: REASON.postFollows }] },
});

export const xAccount = columnarFormat({
  id: 'x-account',
  name: 'X: account analytics export (overview, one row per day)',
  signature: 'one row per day with "Date", "Impressions", "Engagements" and "New follows" columns',
  matches: (table) => hasColumns(table, ['Date'], ['Impressions'], ['Engagements'], ['New follows']) && !hasColumns(table, POST_ID),
  platform: 'x',
  rowNoun: 'day',
  columns: {
    date: ['Date'],
    rules: [{ names: ['Create Post'], metric: 'posts' }, { names: ['New follows'], metric: 'new_followers' }, ...ACCOUNT_COUNTS],
  },
});
