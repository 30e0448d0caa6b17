/**
 * The CSV files inside a Hootsuite Analytics report download (a zip of `<report>_account_metrics.csv`,
 * `<report>_facebook_post_performance.csv`, `<report>_facebook_inbound_messages.csv`…), all dated by
 * "Date (GMT)".
 *
 * Account metrics: one row per day; each column is "<metric> (Daily aggregated values for
 * <network> pages: <the report's Pages>)", or "(Overall aggregated value for …)", a total over the
 * whole range that Hootsuite fills on the last row only. Counts are floats (`82.0`). Reactions
 * come by type ("Page Reactions by Type - Like", "- Love", "- Wow", "- Other"), to be added.
 *
 * Post performance: one row per post, "Date (GMT)" (`2018-09-11 21:30:11`), "Facebook Page" (the
 * network's name in the column's), "Post ID", "Post Permalink", "Post Type", "Post Message"
 * (multi-line), "Tags", "Campaign", "Author", then "Clicks", "Comments", "Engaged Users",
 * "Impressions", "Link Clicks", "Reach", "Reactions", "Reactions: Like", … "Shares", "Video Views".
 *
 * Inbound messages: one row per comment, post or private message received, with "Type"
 * ("Received Comment"), "Message", "Language", "Gender" and "Sentiment" (Positive, Neutral,
 * Negative, or blank when Hootsuite did not classify it).
 */
import { countRows, hasColumns, normalizeHeader, REASON, type ColumnPlan, type Ignored, type ImportFormat, type Source } from '../format.ts';
import type { Table } from '../read-table.ts';
import { columnarFormat } from './columnar.ts';
import { NETWORK_PREFIXES, platformOfNetwork } from './networks.ts';

const DATE = ['Date (GMT)', 'Date'];

/** "Page Reactions by Type - Wow (Daily aggregated values for Facebook pages: A, B)" → its parts. */
const AGGREGATED = /^(.*?)\s*\((Daily|Overall) aggregated values? for (.+?)(?::.*)?\)$/is;

/** Account metric names (without the parenthesis) → metrics; a `parts` metric adds its "… - <type>" columns. */
const ACCOUNT_METRICS: readonly { pattern: RegExp; metric?: string; parts?: true; ignore?: string }[] = [
  { pattern: /^page reactions by type - /, metric: 'likes', parts: true },
  { pattern: /^inbound messages by type - /, metric: 'messages', parts: true },
  { pattern: /^unreliable_/, ignore: 'a breakdown Hootsuite itself marks unreliable' },
  { pattern: /^(page )?impressions$/, metric: 'impressions' },
  { pattern: /^(page )?reach$|^page impressions unique$/, metric: 'reach' },
  { pattern: /^(page )?(fans|followers|likes)$|^total (fans|followers)$/, metric: 'followers' },
  { pattern: /^(page )?fan adds$|^new (fans|followers|page likes)$/, metric: 'new_followers' },
  { pattern: /^(page )?(post )?engagements$/, metric: 'engagements' },
  { pattern: /^(page )?link clicks$/, metric: 'clicks' },
  { pattern: /^(page )?video views$/, metric: 'video_views' },
  { pattern: /^(published )?posts$/, metric: 'posts' },
  { pattern: /^(page )?comments$/, metric: 'comments' },
  { pattern: /^(page )?shares$/, metric: 'shares' },
  { pattern: /engaged users|engaged fans/, ignore: REASON.people },
  { pattern: /rate$/, ignore: REASON.rate },
];

function networkPlatform(text: string): string | undefined {
  const name = normalizeHeader(text);
  const prefix = NETWORK_PREFIXES.find((p) => name.startsWith(p));
  return prefix ? platformOfNetwork(prefix) : undefined;
}

export const hootsuiteAccountMetrics: ImportFormat = {
  id: 'hootsuite-account-metrics',
  name: 'Hootsuite Analytics: account metrics (report download)',
  signature: 'a "Date (GMT)" column and columns such as "Page Reactions by Type - Like (Daily aggregated values for Facebook pages: …)"',
  matches: (table: Table) => hasColumns(table, DATE) && table.header.some((cell) => AGGREGATED.test(cell)),
  plan(table: Table): ColumnPlan {
    const dateIndex = table.header.findIndex((cell) => DATE.some((d) => normalizeHeader(d) === normalizeHeader(cell)));
    const groups = new Map<string, { source: Source; name: string; parts: string[] }>();
    const ignored: Ignored[] = [];
    table.header.forEach((label, index) => {
      if (index === dateIndex || label === '') return;
      const match = AGGREGATED.exec(label);
      const name = match?.[1] ?? label;
      const rule = ACCOUNT_METRICS.find((r) => r.pattern.test(normalizeHeader(name)));
      if (!match || !/^daily$/i.test(match[2]!) || !rule?.metric) {
        const overall = match && /^overall$/i.test(match[2]!);
        ignored.push({
          label: match ? `${name} (${match[2]!.toLowerCase()})` : name,
          reason: overall ? overallReason(table, name) : (rule?.ignore ?? REASON.notTracked),
        });
        return;
      }
      const platform = networkPlatform(match[3]!);
      const key = `${platform}:${rule.metric}`;
      const group = groups.get(key);
      if (group && !rule.parts) ignored.push({ label: `${name} (daily)`, reason: REASON.duplicateOf(`${group.name} (daily)`) });
      else if (group) {
        group.source.columns.push(index);
        group.parts.push(name.replace(/^.* - /, ''));
      } else {
        const source: Source = {
          metric: rule.metric,
          columns: [index],
          label: '',
          ...(platform ? { platform } : {}),
          ...(rule.parts ? { combine: 'sum' as const } : {}),
        };
        groups.set(key, { source, name: rule.parts ? name.replace(/ - [^-]*$/, '') : name, parts: rule.parts ? [name.replace(/^.* - /, '')] : [] });
      }
    });
    const sources = [...groups.values()].map(({ source, name, parts }) => ({
      ...source,
      label: parts.length ? `${name} - ${parts.join(', ')} (daily, added up)` : `${name} (daily)`,
    }));
    return { date: { index: dateIndex, label: table.header[dateIndex]! }, sources, ignored: collapse(ignored), rowNoun: 'day' };
  },
};

function overallReason(table: Table, name: string): string {
  const base = 'a total over the whole date range, filled on the last row only';
  const daily = table.header.some((cell) => {
    const m = AGGREGATED.exec(cell);
    return m && /^daily$/i.test(m[2]!) && normalizeHeader(m[1]!) === normalizeHeader(name);
  });
  return daily ? `${base}; the daily values are imported` : `${base}, which cannot be split into months (export the report with daily values)`;
}

/** The ignored columns with one line per name and reason: an account report repeats them per Page list. */
function collapse(ignored: readonly Ignored[]): Ignored[] {
  const seen = new Set<string>();
  return ignored.filter((i) => {
    const key = `${i.label}\u0000${i.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Facebook Page", "Instagram Account", "Twitter Profile": the column naming the profile, and so the network. */
function profileColumn(table: Table): { index: number; platform: string } | undefined {
  for (const [index, cell] of table.header.entries()) {
    const match = /^(.+?)\s+(page|pages|profile|account|business account|company page|channel)$/i.exec(cell.trim());
    const platform = match && networkPlatform(match[1]!);
    if (platform) return { index, platform };
  }
  return undefined;
}

const POST_RULES = [
  { names: ['Impressions'], metric: 'impressions' },
  { names: ['Reach'], metric: 'reach' },
  // Reactions by type add up to every reaction; the "Reactions" column counts something smaller.
  { pattern: /^Reactions: /i, metric: 'likes', combine: 'sum' as const },
  { names: ['Reactions', 'Likes'], metric: 'likes' },
  { names: ['Comments'], metric: 'comments' },
  { names: ['Shares', 'Retweets', 'Reposts'], metric: 'shares' },
  { names: ['Saves', 'Saved'], metric: 'saves' },
  { names: ['Link Clicks'], metric: 'clicks' },
  { names: ['Video Views'], metric: 'video_views' },
  { names: ['Clicks'], ignore: 'clicks anywhere on the post; "Link Clicks" is imported as clicks' },
  { names: ['Engaged Users', 'Engaged Fans'], ignore: REASON.people },
  { pattern: /^(Organic|Paid|Viral) (Impressions|Reach)$/i, ignore: 'a part of "Impressions" or "Reach", which is imported' },
];

export const hootsuitePostPerformance = columnarFormat({
  id: 'hootsuite-post-performance',
  name: 'Hootsuite Analytics: post performance (report download)',
  signature: 'one row per post with "Date (GMT)", "Post ID", "Post Permalink" and a "Facebook Page" (or other network) column',
  matches: (table) => hasColumns(table, DATE, ['Post ID'], ['Post Permalink', 'Post Message']) && hasColumns(table, ['Impressions', 'Reach', 'Clicks']),
  platform: (table) => profileColumn(table)?.platform,
  platformHint: ['facebook', 'instagram'],
  grain: 'items',
  rowNoun: 'post',
  counts: [countRows('posts', 'one per row (post)')],
  columns: { date: DATE, rules: POST_RULES },
  finish(plan) {
    const typed = plan.sources.find((s) => s.metric === 'likes' && s.combine === 'sum');
    if (!typed) return plan;
    // planColumns calls the plain "Reactions" a duplicate; say what it is instead.
    return {
      ...plan,
      ignored: plan.ignored.map((i) =>
        /^Reactions$/i.test(i.label) ? { ...i, reason: 'a smaller count than its types ("Reactions: Like"…), whose sum is imported as likes' } : i,
      ),
    };
  },
});

const SENTIMENT = ['Sentiment'];

export const hootsuiteInboundMessages = columnarFormat({
  id: 'hootsuite-inbound-messages',
  name: 'Hootsuite Analytics: inbound messages (report download)',
  signature: 'one row per message received with "Date (GMT)", "Message" and "Sentiment" columns',
  matches: (table) => hasColumns(table, DATE, ['Message'], SENTIMENT),
  platform: (table) => profileColumn(table)?.platform,
  platformHint: ['facebook', 'instagram'],
  grain: 'items',
  rowNoun: 'message',
  counts: [countRows('messages', 'one per row (message received)')],
  columns: { date: DATE, skip: SENTIMENT, rules: [] },
  finish(plan, table) {
    const index = table.header.findIndex((cell) => normalizeHeader(cell) === 'sentiment');
    const classified = table.rows.some((row) => (row.cells[index] ?? '').trim() !== '');
    const label = table.header[index]!;
    if (!classified) return { ...plan, ignored: [...plan.ignored, { label, reason: REASON.empty }] };
    // Hootsuite's sentiment of a message: positive and negative ones are counted; neutral and unclassified ones count as messages only.
    return {
      ...plan,
      sources: [
        ...plan.sources,
        { metric: 'positive_mentions', columns: [index], label: `${label} "Positive"`, count: { values: ['Positive'] } },
        { metric: 'negative_mentions', columns: [index], label: `${label} "Negative"`, count: { values: ['Negative'] } },
      ],
    };
  },
});
