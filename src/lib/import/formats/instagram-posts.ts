/**
 * Instagram post export from Meta Business Suite: one row per post, dated by "Publish time", told
 * apart from a Facebook export by its "Account username" column.
 */
import { hasColumns } from '../format.ts';
import { columnarFormat } from './columnar.ts';
import { ACCOUNT_USERNAME, META_POST_RULES, POSTS, PUBLISH_TIME } from './meta-names.ts';

export const instagramPosts = columnarFormat({
  id: 'instagram-posts',
  name: 'Meta Business Suite: post export (Instagram)',
  signature: 'one row per post with "Publish time" and "Account username" columns',
  matches: (table) => hasColumns(table, PUBLISH_TIME, ACCOUNT_USERNAME),
  platform: 'instagram',
  grain: 'items',
  rowNoun: 'post',
  counts: [POSTS],
  columns: { date: PUBLISH_TIME, rules: META_POST_RULES },
});
