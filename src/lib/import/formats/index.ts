/**
 * Every export Rolebook can import, in the order detection tries them: the most specific
 * signatures first, so a file is never taken for a format that merely shares a column or two.
 */
import type { ImportFormat } from '../format.ts';
import { facebookInsightsPage, facebookInsightsPosts } from './facebook-insights.ts';
import { hootsuite } from './hootsuite.ts';
import { instagramPosts } from './instagram-posts.ts';
import { linkedinContent, linkedinFollowers, linkedinPosts } from './linkedin.ts';
import { metaDaily } from './meta-daily.ts';
import { metaPosts } from './meta-posts.ts';
import { sproutSocial } from './sprout-social.ts';
import { tiktokContent, tiktokFollowers, tiktokOverview } from './tiktok.ts';
import { xAccount, xTweetActivity } from './x.ts';
import { youtubeChart, youtubeTable, youtubeTotals } from './youtube.ts';

export const FORMATS: readonly ImportFormat[] = [
  metaDaily,
  instagramPosts,
  metaPosts,
  facebookInsightsPosts,
  facebookInsightsPage,
  linkedinContent,
  linkedinPosts,
  linkedinFollowers,
  xTweetActivity,
  xAccount,
  youtubeTable,
  youtubeChart,
  youtubeTotals,
  tiktokOverview,
  tiktokFollowers,
  tiktokContent,
  sproutSocial,
  hootsuite,
];
