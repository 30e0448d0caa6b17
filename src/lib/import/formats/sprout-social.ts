/**
 * Sprout Social report exports (Reports → Profile Performance or Post Performance → Export as
 * CSV): one row per network and day (or post), the network in a "Network" column ("Instagram",
 * "Facebook", "LinkedIn", "X" or "Twitter", "TikTok", "YouTube") beside "Profile". Columns used:
 * "Date", "Impressions", "Reach", "Engagements", "Reactions" (Facebook) or "Likes" (the other
 * networks), "Comments", "Shares", "Saves", "Post Link Clicks", "Video Views", "Audience" (the
 * follower count that day), "Published Posts". Engagement rates come as `4.5%`.
 */
import { hasColumns, REASON } from '../format.ts';
import { columnarFormat } from './columnar.ts';

export const sproutSocial = columnarFormat({
  id: 'sprout-social',
  name: 'Sprout Social: profile or post performance report',
  signature: '"Network" and "Profile" columns beside metrics such as "Impressions" and "Engagements": one row per network',
  matches: (table) => hasColumns(table, ['Network'], ['Profile'], ['Impressions', 'Engagements', 'Audience']),
  columns: {
    date: ['Date'],
    network: ['Network'],
    rules: [
      { names: ['Impressions'], metric: 'impressions' },
      { names: ['Reach'], metric: 'reach' },
      { names: ['Engagements'], metric: 'engagements' },
      { names: ['Reactions', 'Likes'], metric: 'likes' },
      { names: ['Comments'], metric: 'comments' },
      { names: ['Shares', 'Reposts', 'Retweets'], metric: 'shares' },
      { names: ['Saves'], metric: 'saves' },
      { names: ['Post Link Clicks'], metric: 'clicks' },
      { names: ['Video Views'], metric: 'video_views' },
      { names: ['Audience', 'Followers'], metric: 'followers' },
      { names: ['Published Posts'], metric: 'posts' },
      { pattern: /^(Organic|Paid|Viral|Non-viral|Fan|Non-fan) Impressions$/i, ignore: REASON.partOf('Impressions') },
      { names: ['Net Audience Growth', 'Net Follower Growth'], ignore: REASON.netFollowers },
    ],
  },
});
