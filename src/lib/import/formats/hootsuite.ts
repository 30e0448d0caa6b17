/**
 * Hootsuite Analytics report export (a report's table → Export → CSV): one row per day with a
 * "Date" column and one column per network and metric, named "<network> <metric>":
 * "Facebook Page Impressions", "Instagram Business Followers", "LinkedIn Page Engagements",
 * "X Impressions", "TikTok Business Video views"… A network's cells are empty, `-` or `undefined`
 * on days it has no data. Each network becomes its own platform's rows.
 */
import { columnIndex, defaultReason, normalizeHeader, REASON, type ColumnPlan, type Ignored, type ImportFormat, type Source } from '../format.ts';
import type { Table } from '../read-table.ts';
import { NETWORK_PREFIXES, platformOfNetwork } from './networks.ts';

const DATE = ['Date', 'Day', 'Date (GMT)'];

/** Hootsuite's metric names (after the network) → canonical metrics. */
const METRICS: Record<string, string> = {
  impressions: 'impressions',
  reach: 'reach',
  engagements: 'engagements',
  'total engagements': 'engagements',
  reactions: 'likes',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  reposts: 'shares',
  saves: 'saves',
  'link clicks': 'clicks',
  'post link clicks': 'clicks',
  'video views': 'video_views',
  followers: 'followers',
  fans: 'followers',
  'page likes': 'followers',
  posts: 'posts',
  'published posts': 'posts',
  'new followers': 'new_followers',
  'new fans': 'new_followers',
};
const IGNORED: Record<string, string> = {
  'follower growth': REASON.netFollowers,
  'net follower growth': REASON.netFollowers,
};

/** "Facebook Page Impressions" → the network and the metric name, or undefined. */
function split(label: string): { platform: string; metric: string } | undefined {
  const name = normalizeHeader(label);
  for (const prefix of NETWORK_PREFIXES) {
    if (!name.startsWith(prefix)) continue;
    const rest = /^(?:\s*[-:–]\s*|\s+)(.+)$/.exec(name.slice(prefix.length))?.[1];
    if (rest) return { platform: platformOfNetwork(prefix), metric: rest };
  }
  return undefined;
}

export const hootsuite: ImportFormat = {
  // The report with one column per network and metric ("Facebook Page Impressions").
  id: 'hootsuite',
  name: 'Hootsuite Analytics: report export',
  signature: 'a "Date" column and per-network columns such as "Facebook Page Impressions", "Instagram Business Followers"',
  matches: (table: Table) =>
    columnIndex(table.header, DATE) >= 0 &&
    columnIndex(table.header, ['Network']) < 0 &&
    table.header.filter((label) => {
      const parts = split(label);
      return parts && (METRICS[parts.metric] || IGNORED[parts.metric]);
    }).length >= 2,
  plan(table: Table): ColumnPlan {
    const dateIndex = columnIndex(table.header, DATE);
    const sources: Source[] = [];
    const ignored: Ignored[] = [];
    table.header.forEach((label, index) => {
      if (label === '' || index === dateIndex) return;
      const parts = split(label);
      const metric = parts && METRICS[parts.metric];
      const taken = metric && sources.find((s) => s.platform === parts.platform && s.metric === metric);
      if (metric && !taken) sources.push({ metric, columns: [index], label, platform: parts.platform });
      else if (taken) ignored.push({ label, reason: REASON.duplicateOf(taken.label) });
      else ignored.push({ label, reason: (parts && IGNORED[parts.metric]) ?? defaultReason(table, index, label) });
    });
    return { date: { index: dateIndex, label: table.header[dateIndex]! }, sources, ignored, rowNoun: 'day' };
  },
};
