/** Formats are recognised by their header, never by file name; anything else gets a helpful refusal. */
import { describe, expect, it } from 'vitest';
import { detectFormat, unrecognisedMessage } from '../../../src/lib/import/detect.ts';
import { FORMATS } from '../../../src/lib/import/formats/index.ts';
import { readTableText } from '../../../src/lib/import/read-table.ts';

const detect = (text: string) => detectFormat(readTableText(text))?.id;

describe('detectFormat', () => {
  it.each([
    ['Facebook posts (Page columns)', '"Post ID","Page name","Publish time","Permalink","Reach"\n"1","Acme","09/02/2024 09:15","https://x","3"', 'meta-posts'],
    ['a Meta post export without Page columns', 'Post ID,Publish time,Permalink,Views\n1,09/02/2024 09:15,https://x,3', 'meta-posts'],
    ['Instagram posts', 'Post ID,Account username,Publish time,Permalink,Views\n1,acme,09/02/2024 09:15,https://x,3', 'instagram-posts'],
    ['a Meta daily series', 'sep=,\n"Instagram reach"\n"Date","Primary"\n"2024-09-01T00:00:00","3"', 'meta-daily'],
    ['legacy Facebook Page data', 'Date,Lifetime Total Likes,Daily Total Reach\n8/19/2015,3,4', 'facebook-insights-page'],
    ['legacy Facebook Post data', 'Post ID,Posted,Lifetime Post Total Reach\n1,8/19/2015,4', 'facebook-insights-posts'],
    ['LinkedIn content metrics', 'Date,Impressions (organic),Impressions (total)\n08/19/2024,1,1', 'linkedin-content'],
    ['LinkedIn all posts', 'Post title,Post link,Created date,Impressions\nHi,https://x,08/19/2024,3', 'linkedin-posts'],
    ['LinkedIn followers', 'Date,Sponsored followers,Organic followers,Total followers\n08/19/2024,0,1,1', 'linkedin-followers'],
    ['legacy X tweet activity', 'Tweet id,Tweet text,time,impressions\n1,hi,2021-05-30 16:03 +0000,3.0', 'x-tweet-activity'],
    ['X account analytics', 'Date,Impressions,Likes,Engagements,New follows\n"Sun, Aug 30, 2026",1,1,1,1', 'x-account'],
    ['YouTube Table data', 'Content,Video title,Views,Watch time (hours)\nTotal,,3,1.5\nabc,Hi,3,1.5', 'youtube-table'],
    ['YouTube Chart data', 'Date,Content,Video title,Views\n2024-09-01,abc,Hi,3', 'youtube-chart'],
    ['YouTube Totals', 'Date,Views\n2024-09-01,3', 'youtube-totals'],
    ['YouTube Totals in Spanish', 'Fecha,Visualizaciones\n2024-09-01,3', 'youtube-totals'],
    ['TikTok Overview', 'Date,Video Views,Profile Views,Likes\nFebruary 28,3,1,1', 'tiktok-overview'],
    ['TikTok FollowerHistory', 'Date,Followers\nFebruary 28,3', 'tiktok-followers'],
    ['TikTok Content', 'Video title,Post time,Total likes,Total views\nHi,2026-02-03,1,3', 'tiktok-content'],
    ['Sprout Social', 'Date,Network,Profile,Impressions\n9/29/2024,Instagram,acme,3', 'sprout-social'],
    ['Hootsuite', 'Date,Facebook Page Impressions,Instagram Business Followers\n29/09/2024,3,4', 'hootsuite'],
  ])('recognises %s', (_name, text, id) => {
    expect(detect(text)).toBe(id);
  });

  it.each([
    ['a snapshot CSV', 'platform,impressions\ninstagram,3'],
    ['a table of two unknown columns', 'Name,Score\nA,1'],
    ['a YouTube-like table with a foreign column', 'Date,Views,Profile Views\n2024-09-01,3,1'],
    ['an empty file', ''],
  ])('recognises nothing in %s', (_name, text) => {
    expect(detect(text)).toBeUndefined();
  });
});

describe('unrecognisedMessage', () => {
  it('shows the header and lists every known format with how to recognise it', () => {
    const message = unrecognisedMessage('scores.csv', readTableText('Name,Score\nA,1\n'));
    const lines = message.split('\n');
    expect(lines[0]).toBe('scores.csv is not an export Rolebook recognises (its header is "Name", "Score").');
    expect(lines[1]).toBe('Known exports, recognised by their columns (not by file name):');
    for (const format of FORMATS) expect(message).toMatch(new RegExp(`^  ${escape(format.name)} +${escape(format.signature)}$`, 'm'));
    expect(lines).toHaveLength(FORMATS.length + 3);
  });

  it('says when a file has no header at all', () => {
    expect(unrecognisedMessage('empty.csv', readTableText(''))).toMatch(/^empty\.csv is not an export Rolebook recognises \(it has no header row\)\./);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
