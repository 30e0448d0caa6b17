/**
 * X (Twitter) post analytics.
 *
 * Legacy tweet activity export (`tweet_activity_metrics_<user>_<from>_<to>_en.csv`): one row per
 * tweet with "Tweet id", "Tweet permalink", "Tweet text", "time" (`2021-05-30 16:03 +0000`: the
 * date as written is the tweet's date), "impressions", "engagements", "engagement rate",
 * "retweets", "replies", "likes", "user profile clicks", "url clicks", "hashtag clicks",
 * "detail expands", "permalink clicks", "app opens", "app installs", "follows", "email tweet",
 * "dial phone", "media views", "media engagements", then the same with "promoted " in front
 * (`-` unless the tweet was promoted). Counts are floats: `4647.0`.
 *
 * Current account analytics export (Analytics → Overview → Export): one row per day with "Date"
 * (`Sun, Aug 30, 2026`), "Impressions", "Likes", "Engagements", "Bookmarks", "Shares",
 * "New follows", "Unfollows", "Replies", "Reposts", "Profile visits", "Create Post",
 * "Video views", "Media views".
 */
import { hasColumns, REASON } from '../format.ts';
import { columnarFormat } from './columnar.ts';

export const xTweetActivity = columnarFormat({
  id: 'x-tweet-activity',
  name: 'X (Twitter): tweet activity export (legacy)',
  signature: 'one row per tweet with "Tweet id", "time" and "impressions" columns',
  matches: (table) => hasColumns(table, ['Tweet id'], ['time'], ['impressions']),
  platform: 'x',
  columns: {
    date: ['time'],
    rules: [
      { names: ['impressions'], metric: 'impressions' },
      { names: ['engagements'], metric: 'engagements' },
      { names: ['likes'], metric: 'likes' },
      { names: ['replies'], metric: 'comments' },
      { names: ['retweets'], metric: 'shares' },
      { names: ['url clicks'], metric: 'clicks' },
      { names: ['follows'], ignore: REASON.newFollowers },
      { pattern: /^promoted /i, ignore: 'promoted (paid) delivery, reported apart from the organic counts, which are imported' },
    ],
  },
});

export const xAccount = columnarFormat({
  id: 'x-account',
  name: 'X: account analytics export',
  signature: 'one row per day with "Date", "Impressions", "Engagements" and "New follows" columns',
  matches: (table) => hasColumns(table, ['Date'], ['Impressions'], ['Engagements'], ['New follows']),
  platform: 'x',
  columns: {
    date: ['Date'],
    rules: [
      { names: ['Impressions'], metric: 'impressions' },
      { names: ['Engagements'], metric: 'engagements' },
      { names: ['Likes'], metric: 'likes' },
      { names: ['Replies'], metric: 'comments' },
      { names: ['Reposts'], metric: 'shares' },
      { names: ['Bookmarks'], metric: 'saves' },
      { names: ['Video views'], metric: 'video_views' },
      { names: ['Create Post'], metric: 'posts' },
      { names: ['Shares'], ignore: 'posts shared by message or link; "Reposts" is imported as shares' },
      { names: ['New follows'], ignore: REASON.newFollowers },
      { names: ['Unfollows'], ignore: 'followers lost, not the follower total' },
    ],
  },
});
