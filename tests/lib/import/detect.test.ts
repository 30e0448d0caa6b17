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
    [
      'legacy Facebook Page data, descriptions empty on breakdowns',
      'Date,Lifetime Total Likes,Daily Like Sources - mobile,Daily Total Reach\n,"Lifetime: The total number of people who liked it.",,"Daily: The number of people reached."\n1/30/2014,3,,4',
      'facebook-insights-page',
    ],
    [
      'Hootsuite account metrics',
      'Date (GMT),"Page Reactions by Type - Like (Daily aggregated values for Facebook pages: A, B)"\n2018-07-01,82.0',
      'hootsuite-account-metrics',
    ],
    [
      'Hootsuite post performance',
      'Date (GMT),Facebook Page,Post ID,Post Permalink,Impressions\n2018-09-11 21:30:11,A,1,https://f/1,3',
      'hootsuite-post-performance',
    ],
    [
      'Hootsuite inbound messages',
      'Date (GMT),Facebook Page,Type,Message,Sentiment\n2018-09-11 21:30:11,A,Received Comment,Hi,Positive',
      'hootsuite-inbound-messages',
    ],
    ['X daily tweet activity', '"Date","Tweets published","impressions"\n"2021-04-01","3","7519"', 'x-daily-activity'],
    ['X account content, per post', 'Post id,Date,Post text,Impressions\n1,"Sat, Aug 22, 2026",hi,7', 'x-account-posts'],
    [
      'Meta daily series of two metrics',
      '"Facebook reach"\n"Date"\t"Primary"\n"2025-01-01T00:00:00"\t"3"\n"Facebook follows"\n"Date"\t"Primary"\n"2025-01-01T00:00:00"\t"1"',
      'meta-daily',
    ],
    ['Meta Ads Manager', 'Reporting starts,Reporting ends,Campaign name,Amount spent (EUR)\n2025-03-01,2025-03-31,Beans,20.00', 'meta-ads'],
    ['TikTok videos, newer', 'Video title,Video link,Post time,Video views,Likes\nHi,https://t/1,2025/10/31 18:00,3,1', 'tiktok-videos'],
    ['TikTok audience, newer', 'Date,New followers,Total followers,Reached audience\n2025/10/31,10,--,NAN', 'tiktok-audience'],
    [
      'TikTok Content with its export date',
      '"Time","Video title","Post time","Total likes","Total views"\n"January 13","Hi","December 28","1","3"',
      'tiktok-content',
    ],
    ['YouTube Table data with optional columns', 'Content,Video title,Views,Engaged views,Stayed to watch (%)\nTotal,,3,2,50\nabc,Hi,3,2,50', 'youtube-table'],
    ['YouTube Table data by geography', 'Geography,Views,Average view duration\nTotal,3,0:01:00\nUS,3,0:01:00', 'youtube-table-breakdown'],
    ['YouTube Totals of an average', 'Date,Average view duration\n2024-09-01,0:00:27', 'youtube-totals'],
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
