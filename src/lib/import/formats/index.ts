/**
 * Every export Rolebook can import, in the order detection tries them: the most specific
 * signatures first, so a file is never taken for a format that merely shares a column or two.
 */
import type { ImportFormat } from '../format.ts';
import { facebookInsightsPage, facebookInsightsPosts } from './facebook-insights.ts';
import { hootsuite } from './hootsuite.ts';
import { hootsuiteAccountMetrics, hootsuiteInboundMessages, hootsuitePostPerformance } from './hootsuite-exports.ts';
import { metaAds } from './meta-ads.ts';
import { instagramPosts } from './instagram-posts.ts';
import { linkedinContent, linkedinFollowers, linkedinPosts } from './linkedin.ts';
import { metaDaily } from './meta-daily.ts';
import { metaPosts } from './meta-posts.ts';
import { sproutSocial } from './sprout-social.ts';
import { tiktokAudience, tiktokContent, tiktokFollowers, tiktokOverview, tiktokVideos } from './tiktok.ts';
import { xAccount, xAccountPosts, xDailyActivity, xTweetActivity } from './x.ts';
import { youtubeChart, youtubeTable, youtubeTableBreakdown, youtubeTotals } from './youtube.ts';

export const FORMATS: readonly ImportFormat[] = [
  metaDaily,
  metaAds,
  instagramPosts,
  metaPosts,
  facebookInsightsPosts,
  facebookInsightsPage,
  linkedinContent,
  linkedinPosts,
  linkedinFollowers,
  xTweetActivity,
  xDailyActivity,
  xAccountPosts,
  xAccount,
  youtubeTable,
  youtubeChart,
  youtubeTotals,
  youtubeTableBreakdown,
  tiktokOverview,
  tiktokFollowers,
  tiktokAudience,
  tiktokContent,
  tiktokVideos,
  hootsuiteAccountMetrics,
  hootsuitePostPerformance,
  hootsuiteInboundMessages,
  sproutSocial,
  hootsuite,
];
