/**
 * Meta Business Suite post export for a Facebook Page: one row per post, dated by "Publish time"
 * (`09/28/2024 10:30`); each post's lifetime numbers count in the month it was published. An
 * export without the Page columns (a generic Meta export) does not say its platform: --platform.
 */
import { hasColumns } from '../format.ts';
import { columnarFormat } from './columnar.ts';
import { ACCOUNT_USERNAME, META_POST_RULES, PAGE_COLUMNS, PERMALINK, POSTS, PUBLISH_TIME } from './meta-names.ts';

export const metaPosts = columnarFormat({
  id: 'meta-posts',
  name: 'Meta Business Suite: post export (Facebook)',
  signature: 'one row per post with "Publish time" and "Permalink" columns, and "Page name" for a Facebook Page',
  matches: (table) => hasColumns(table, PUBLISH_TIME, PERMALINK) && !hasColumns(table, ACCOUNT_USERNAME),
  platform: (table) => (hasColumns(table, PAGE_COLUMNS) ? 'facebook' : undefined),
  platformHint: ['facebook', 'instagram'],
  grain: 'items',
  rowNoun: 'post',
  counts: [POSTS],
  columns: { date: PUBLISH_TIME, rules: META_POST_RULES },
});
