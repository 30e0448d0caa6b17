/**
 * The round trip a lead makes: import a YouTube and a TikTok export into a client, check the
 * content, build the site, and find the imported numbers in the client's report and its data.csv.
 * Expected values are worked out here by hand from the samples, not taken from the engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { astroBuild, rolebook } from '../helpers/build.ts';
import { readText } from '../helpers/dist.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { loadPage } from '../helpers/html.ts';
import { FIXTURES, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf } from '../helpers/reports.ts';

const IMPORTS = path.join(FIXTURES, 'imports');

// tests/fixtures/valid, February 2026: mastodon 1200 impressions, 50 likes, 12 comments, 520 followers
// (January: 500); linkedin 2800, 70, 20, 1250 (January: 1200).
// youtube-table's Total row: 38210 impressions, 118 likes, 23 comments added (views are not in the
// fixture's registry). tiktok-followers with --year 2026: 8131 on 31 January, 8401 on 28 February.
const ENGAGEMENT_ALL = (50 + 12 + 70 + 20 + 118 + 23) / (1200 + 2800 + 38210);
const ENGAGEMENT_YOUTUBE = (118 + 23) / 38210;
const GROWTH_TIKTOK = (8401 - 8131) / 8131;

describe('import → check → build', () => {
  let root: string;
  let dist: string;
  let token: string;

  beforeAll(() => {
    root = copyRoot(VALID_FIXTURE);
    const clientFile = path.join(root, 'clients/tiny-bakery/client.yaml');
    const yaml = fs.readFileSync(clientFile, 'utf8');
    expect(yaml).toContain('platforms: [mastodon, linkedin]');
    fs.writeFileSync(clientFile, yaml.replace('platforms: [mastodon, linkedin]', 'platforms: [mastodon, linkedin, youtube, tiktok]'));
    const env = { ROLEBOOK_CONTENT: root };
    const youtube = rolebook(['import', path.join(IMPORTS, 'youtube-table/Table data.csv'), '--client', 'tiny-bakery', '--period', '2026-02'], env);
    expect(youtube.stderr).toBe('');
    const tiktok = rolebook(['import', path.join(IMPORTS, 'tiktok-followers/FollowerHistory.csv'), '--client', 'tiny-bakery', '--year', '2026'], env);
    expect(tiktok.stderr).toBe('');
    const check = rolebook(['check'], env);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    dist = path.join(inject('outputDir'), 'import-roundtrip');
    const build = astroBuild(root, dist);
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
    token = casesOf(root)[0]!.token;
  }, 300_000);

  it("wrote the imported rows beside the fixture's own", () => {
    expect(readText(root, 'clients/tiny-bakery/snapshots/2026-02.csv')).toBe(
      'platform,impressions,likes,comments,followers,messages,replies\n' +
        'mastodon,1200,50,12,520,25,25\n' +
        'linkedin,2800,70,20,1250,4,2\n' +
        'youtube,38210,118,23,,,\n' +
        'tiktok,,,,8401,,\n',
    );
    expect(readText(root, 'clients/tiny-bakery/snapshots/2026-01.csv')).toMatch(/\ntiktok,,,,8131,,\n$/);
  });

  it('shows the engagement rate computed from the imported impressions on its tile', () => {
    const $ = loadPage(dist, `r/${token}/2026-02/index.html`);
    const tile = $('.tile[data-kpi="engagement-rate"]');
    expect(tile).toHaveLength(1);
    expect(tile.attr('data-value')).toBe(String(ENGAGEMENT_ALL));
    expect(ENGAGEMENT_ALL).toBeCloseTo(0.00694, 5);
  });

  it("publishes the imported platforms' numbers in data.csv", () => {
    const rows = parse(readText(dist, `r/${token}/2026-02/data.csv`), { columns: true }) as Record<string, string>[];
    const cell = (kpi: string, platform: string) => rows.find((row) => row.kpi === kpi && row.platform === platform)?.value;
    expect(cell('engagement-rate', 'all')).toBe(String(ENGAGEMENT_ALL));
    expect(cell('engagement-rate', 'youtube')).toBe(String(ENGAGEMENT_YOUTUBE));
    expect(cell('audience-growth', 'tiktok')).toBe(String(GROWTH_TIKTOK));
    // TikTok's export has no likes, comments or impressions: no data, never 0.
    expect(cell('engagement-rate', 'tiktok')).toBe('');
  });
});
