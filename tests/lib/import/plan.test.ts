/** A whole import without the disk: periods, platforms, the registry, bad cells, and what is already there. */
import { describe, expect, it } from 'vitest';
import { planImport, type ImportRequest } from '../../../src/lib/import/plan.ts';
import type { Metric } from '../../../src/schemas/metric.ts';
import { utf8 } from './bytes.ts';
import { importCases, planCase, type ImportCase } from './cases.ts';
import { acmeRequest, importFailure } from './requests.ts';

const cases = importCases();
const named = (name: string): ImportCase => cases.find((c) => c.name === name)!;
/** A case with some of its options changed. */
const variant = (name: string, changes: Partial<ImportCase>): ImportCase => {
  const c = { ...named(name), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete (c as Record<string, unknown>)[key];
  return c;
};

function plan(text: string, options: Partial<ImportRequest> = {}, existing: Record<string, string> = {}) {
  return planImport({
    file: 'export.csv',
    bytes: utf8(text),
    ...acmeRequest(existing),
    ...options,
  });
}

describe('periods', () => {
  it('writes one file per month an export spans, in order', () => {
    const result = planCase(variant('meta-posts', { period: undefined }));
    expect(result.files.map((f) => [f.period, f.file, f.from, f.to])).toEqual([
      ['2024-09', 'clients/acme/snapshots/2024-09.csv', '2024-09-02', '2024-09-27'],
      ['2024-10', 'clients/acme/snapshots/2024-10.csv', '2024-10-01', '2024-10-01'],
    ]);
    expect(result.files[1]!.text).toBe('platform,posts,impressions,engagements,likes,comments,shares,clicks\nfacebook,1,1502,31,27,4,0,0\n');
  });

  it('splits a series that passes New Year into both years', () => {
    const result = planCase(variant('tiktok-overview', { period: undefined }));
    expect(result.files.map((f) => `${f.period}: ${f.from} to ${f.to}`)).toEqual(['2024-12: 2024-12-30 to 2024-12-31', '2025-01: 2025-01-01 to 2025-01-03']);
  });

  it('refuses a --period the export does not cover, saying what it covers', () => {
    const error = importFailure(() => planCase(variant('meta-posts', { period: '2024-11' })));
    expect(error.kind).toBe('content');
    expect(error.message).toBe('Facebook posts.csv has no rows in 2024-11 (it covers 2024-09-02 to 2024-10-01); nothing was written');
  });

  it('asks for --period when the export has no dates (YouTube Table data by content)', () => {
    const error = importFailure(() => planCase(variant('youtube-table', { period: undefined })));
    expect(error.kind).toBe('usage');
    expect(error.message).toBe('Table data.csv is a YouTube Studio: Table data (by content), which has no dates: pass --period YYYY-MM, the month it covers');
  });

  it('asks for --year when the dates have none', () => {
    const error = importFailure(() => planCase(variant('tiktok-overview', { year: undefined })));
    expect(error.kind).toBe('usage');
    expect(error.message).toBe('Overview.csv has dates without a year (such as "December 30"): pass --year YYYY, the year of its first row');
  });

  it('reads a Table data export without a Total row by adding up its videos', () => {
    const result = plan('Content,Video title,Views,Impressions\nabc,Hi,10,100\ndef,Ho,5,50\n', { period: '2024-09' });
    expect(result.usedTotalsRow).toBe(false);
    expect(result.files[0]!.text).toBe('platform,impressions,video_views\nyoutube,150,15\n');
    expect(planCase(named('youtube-table')).usedTotalsRow).toBe(true);
  });
});

describe('platforms', () => {
  it('asks for --platform when the export does not say it', () => {
    const error = importFailure(() => planCase(variant('meta-posts-generic', { platform: undefined })));
    expect(error.kind).toBe('usage');
    expect(error.message).toBe(
      "Beitraege.csv is a Meta Business Suite: post export (Facebook), which does not say its platform: pass --platform facebook or --platform instagram (acme's platforms: facebook, instagram, linkedin, x, youtube, tiktok)",
    );
  });

  it("refuses a platform that is not one of the client's", () => {
    const error = importFailure(() => planCase(variant('youtube-chart', { platforms: ['instagram', 'facebook'] })));
    expect(error.kind).toBe('content');
    expect(error.message).toBe(
      'platform "youtube" is not one of acme\'s platforms: instagram, facebook; add it to platforms in clients/acme/client.yaml, or pass --platform with one of them',
    );
  });

  it('lets --platform name the platform as the client does (an X export for "twitter")', () => {
    const result = planCase(variant('x-account', { platform: 'twitter', platforms: ['twitter'] }));
    expect(result.platforms).toEqual(['twitter']);
    expect(result.files[0]!.text).toMatch(/^platform,.*\ntwitter,2,13363,/);
  });

  it("refuses a multi-network export with a network that is not the client's, and --platform picks one", () => {
    const error = importFailure(() => planCase(variant('sprout-social', { platforms: ['instagram'] })));
    expect(error.message).toBe(
      "Profile Performance (Sep 29, 2024 - Oct 1, 2024).csv has rows for facebook, not among acme's platforms: instagram; add it to clients/acme/client.yaml, or pass --platform to import one network",
    );
    const only = planCase(variant('sprout-social', { platforms: ['instagram'], platform: 'instagram' }));
    expect(only.platforms).toEqual(['instagram']);
    expect(only.files[0]!.text).toBe(
      'platform,posts,impressions,engagements,likes,comments,shares,saves,video_views,followers\ninstagram,3,10232,990,771,63,27,136,3534,15160\n',
    );
  });

  it("writes the platforms of a multi-network export in the client's order", () => {
    const result = planCase(variant('hootsuite', { platforms: ['instagram', 'facebook'] }));
    expect(
      result.files[0]!.text.split('\n')
        .slice(1, 3)
        .map((line) => line.split(',')[0]),
    ).toEqual(['instagram', 'facebook']);
  });
});

describe('what cannot be imported', () => {
  it('refuses an Excel workbook, saying to save it as CSV', () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(importFailure(() => plan('', { file: 'hafen_content.xls', bytes: xls })).message).toMatch(
      /^hafen_content\.xls is an Excel workbook \(\.xls\), not CSV: open it, choose the sheet with the data, and save it as CSV/,
    );
  });

  it('refuses a Meta daily series of a metric Rolebook does not track, or of people who unfollowed', () => {
    expect(importFailure(() => plan('sep=,\n"Facebook Page views"\n"Date","Primary"\n"2024-09-01T00:00:00","3"\n')).message).toBe(
      'Nothing to import from export.csv (Meta Business Suite: daily series): its series "Facebook Page views" is not a metric Rolebook tracks.',
    );
    expect(importFailure(() => plan('sep=,\n"Instagram unfollows"\n"Date","Primary"\n"2024-09-01T00:00:00","3"\n')).message).toBe(
      'Nothing to import from export.csv (Meta Business Suite: daily series): its series "Instagram unfollows" is people who stopped following, not the follower total.',
    );
  });

  it.each([
    ['Facebook follows', 'new_followers'],
    ['New Facebook Page likes', 'new_followers'],
    ['Instagram followers', 'followers'],
    ['Facebook Page likes', 'followers'],
  ])('reads the Meta daily series "%s" as %s', (name, metric) => {
    const result = plan(`sep=,\n"${name}"\n"Date","Primary"\n"2024-09-01T00:00:00","3"\n"2024-09-02T01:00:00","4"\n`);
    expect(result.mapped).toEqual([{ source: `Primary (${name})`, metric }]);
    expect(result.files[0]!.text).toBe(`platform,${metric}\n${name.includes('Instagram') ? 'instagram' : 'facebook'},${metric === 'followers' ? 4 : 7}\n`);
  });

  it('asks for --platform for a Meta daily series whose name does not say it', () => {
    const text = 'sep=,\n"Clics en el enlace"\n"Fecha","Principal"\n"2024-09-01T00:00:00","3"\n"2024-09-02T00:00:00","4"\n';
    expect(importFailure(() => plan(text)).kind).toBe('usage');
    expect(plan(text, { platform: 'instagram' }).files[0]!.text).toBe('platform,clicks\ninstagram,7\n');
  });
});

describe('the pinned registry', () => {
  const small: Metric[] = ['impressions', 'likes', 'comments', 'followers'].map((id) => ({
    id,
    label: id,
    kind: id === 'followers' ? 'stock' : 'flow',
    unit: 'count',
  }));

  it('ignores mapped metrics the registry lacks, with the reason', () => {
    const result = plan('Content,Video title,Views,Impressions,Likes\nTotal,,15,150,3\nabc,Hi,15,150,3\n', {
      period: '2024-09',
      registry: { version: '1.0', file: 'versions/1.0/metrics.yaml', metrics: small },
    });
    expect(result.mapped).toEqual([
      { source: 'Impressions', metric: 'impressions' },
      { source: 'Likes', metric: 'likes' },
    ]);
    expect(result.ignored).toContainEqual({
      label: 'Views',
      reason: 'video_views, which is not in the metric registry of playbook 1.0 (versions/1.0/metrics.yaml)',
    });
    expect(result.files[0]!.text).toBe('platform,impressions,likes\nyoutube,150,3\n');
  });

  it('never adds up daily reach, even where a released registry calls reach a flow', () => {
    const old: Metric[] = [...small, { id: 'reach', label: 'Reach', kind: 'flow', unit: 'count' }];
    const result = plan('Date,Daily Total Reach,Daily Total Impressions,Lifetime Total Likes\n9/1/2015,10,20,5\n9/2/2015,12,25,6\n', {
      registry: { version: '1.0', file: 'versions/1.0/metrics.yaml', metrics: old },
    });
    expect(result.files[0]!.text).toBe('platform,impressions,followers\nfacebook,45,6\n');
    expect(result.files[0]!.notes[0]).toMatch(/^facebook: reach counts people once per day/);
  });

  it('refuses an export none of whose metrics the registry has', () => {
    const error = importFailure(() => plan('Date,Views\n2024-09-01,3\n', { registry: { version: '1.0', file: 'versions/1.0/metrics.yaml', metrics: small } }));
    expect(error.message).toBe(
      'Nothing to import from export.csv: its metrics (video_views) are not in the metric registry of playbook 1.0 (versions/1.0/metrics.yaml); add them there or pin a version that has them',
    );
  });
});

describe('cells', () => {
  it('names every cell it cannot read, with line, column and field, and writes nothing', () => {
    // "-3" views is a correction, summed into the month (see corrections.test.ts); the others are not counts.
    const error = importFailure(() => plan('Date,Views,Impressions\n2024-09-01,lots,4.5%\n2024-09-02,-3,\nyesterday,4,5\n,,\n'));
    expect(error.message).toBe('export.csv has 3 cells Rolebook cannot read; nothing was written');
    expect(error.problems).toEqual([
      { file: 'export.csv', line: 2, column: 2, field: 'Views', message: '"lots" is not a number', expected: 'a count such as 1,234 or 1234.5' },
      { file: 'export.csv', line: 2, column: 3, field: 'Impressions', message: '"4.5%" is a percentage', expected: 'a count for impressions' },
      {
        file: 'export.csv',
        line: 4,
        column: 1,
        field: 'Date',
        message: '"yesterday" is not a date',
        expected: 'a date such as 2024-09-27, 9/27/2024 or Sep 27, 2024',
      },
    ]);
  });

  it('refuses numbers without a date, and skips a note row under the table', () => {
    const error = importFailure(() => plan('Date,Views\n2024-09-01,3\n,4\n'));
    expect(error.problems).toEqual([
      { file: 'export.csv', line: 3, column: 1, field: 'Date', message: 'has numbers but no date', expected: 'a date on every row with data' },
    ]);
    expect(plan('Date,Views\n2024-09-01,3\n"Data as of Oct 1",\n').files[0]!.text).toBe('platform,video_views\nyoutube,3\n');
  });

  it('refuses a row of a multi-network export without its network, and skips a note row', () => {
    const header = 'Date,Network,Profile,Impressions\n9/29/2024,Instagram,acme,10\n';
    const error = importFailure(() => plan(`${header}9/30/2024,,acme,12\n`));
    expect(error.problems).toEqual([
      { file: 'export.csv', line: 3, column: 2, field: 'Network', message: 'is empty', expected: 'the network of the row, such as "Instagram"' },
    ]);
    expect(plan(`${header}"Exported from Sprout Social",,,\n`).files[0]!.text).toBe('platform,impressions\ninstagram,10\n');
  });

  it('reads missing markers as missing, never 0', () => {
    const result = plan('Date,Views,Impressions\n2024-09-01,3,--\n2024-09-02,4,undefined\n');
    expect(result.files[0]!.text).toBe('platform,video_views\nyoutube,7\n');
  });
});

describe('merging with the snapshot already there', () => {
  const existing = { '2024-09': 'platform,impressions,video_views,followers\ninstagram,9000,,1500\nyoutube,100,50,\n' };

  it("refuses to replace a platform's values without --force, naming the file, the platform and the metrics", () => {
    const error = importFailure(() => planCase(named('youtube-totals'), { existing }));
    expect(error.kind).toBe('content');
    expect(error.message).toBe(
      'clients/acme/snapshots/2024-09.csv already has other youtube values for impressions, video_views\nPass --force to replace them; nothing was written.',
    );
  });

  it('replaces them with --force and keeps the other platforms', () => {
    const result = planCase(named('youtube-totals'), { existing, force: true });
    expect(result.files[0]!.text).toBe('platform,impressions,video_views,followers\ninstagram,9000,,1500\nyoutube,9022,769,\n');
    expect(result.files[0]!.changes).toEqual([
      { platform: 'youtube', action: 'replaced', rows: 1, metrics: ['impressions', 'video_views'], replaced: ['impressions', 'video_views'] },
    ]);
  });

  it('writes daily rows into a snapshot that has daily rows', () => {
    const daily = { '2024-09': 'platform,date,followers\ninstagram,2024-09-29,1500\n' };
    const result = planCase(named('youtube-totals'), { existing: daily });
    expect(result.files[0]!.text).toBe(
      'platform,date,impressions,video_views,followers\n' +
        'instagram,2024-09-29,,,1500\n' +
        'youtube,2024-09-28,3390,301,\n' +
        'youtube,2024-09-29,3021,255,\n' +
        'youtube,2024-09-30,2611,213,\n',
    );
  });

  it('refuses to put an export without dates into a snapshot with daily rows', () => {
    const daily = { '2026-02': 'platform,date,followers\ninstagram,2026-02-01,1500\n' };
    const error = importFailure(() => planCase(named('youtube-table'), { existing: daily }));
    expect(error.message).toBe(
      'clients/acme/snapshots/2026-02.csv has daily rows, but Table data.csv (YouTube Studio: Table data (by content)) has no dates to make daily rows from; nothing was written',
    );
  });

  it('knows when a file would not change', () => {
    const same = { '2024-09': 'platform,impressions,video_views\nyoutube,9022,769\n' };
    const result = planCase(named('youtube-totals'), { existing: same });
    expect(result.files[0]!.changed).toBe(false);
    expect(result.files[0]!.changes[0]!.action).toBe('unchanged');
  });
});
