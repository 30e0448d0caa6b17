/** `rolebook import` as a lead runs it, on scratch copies of the valid fixture. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rolebook } from '../helpers/build.ts';
import { listFiles, readText } from '../helpers/dist.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { FIXTURES, VALID_FIXTURE } from '../helpers/paths.ts';

const IMPORTS = path.join(FIXTURES, 'imports');
const YOUTUBE_TABLE = path.join(IMPORTS, 'youtube-table/Table data.csv');
const TIKTOK_FOLLOWERS = path.join(IMPORTS, 'tiktok-followers/FollowerHistory.csv');
const SNAPSHOTS = 'clients/tiny-bakery/snapshots';

/** The valid fixture, with youtube and tiktok among tiny-bakery's platforms. */
function contentRoot(): string {
  const root = copyRoot(VALID_FIXTURE);
  const file = path.join(root, 'clients/tiny-bakery/client.yaml');
  const yaml = fs.readFileSync(file, 'utf8');
  expect(yaml).toContain('platforms: [mastodon, linkedin]');
  fs.writeFileSync(file, yaml.replace('platforms: [mastodon, linkedin]', 'platforms: [mastodon, linkedin, youtube, tiktok]'));
  return root;
}

function importInto(root: string, ...args: string[]) {
  return rolebook(['import', ...args], { ROLEBOOK_CONTENT: root });
}

/** An export written to a scratch file. */
function exportFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-export-'));
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
}

function files(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).map((file) => [file, readText(root, file)]));
}

describe('rolebook import', () => {
  it('writes the period next to the platforms already there, prints a summary, and the content still checks', () => {
    const root = contentRoot();
    const { status, stdout, stderr } = importInto(root, YOUTUBE_TABLE, '--client', 'tiny-bakery', '--period', '2026-02');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(readText(root, `${SNAPSHOTS}/2026-02.csv`)).toBe(
      'platform,impressions,likes,comments,followers,messages,replies\n' +
        'mastodon,1200,50,12,520,25,25\n' +
        'linkedin,2800,70,20,1250,4,2\n' +
        'youtube,38210,118,23,,,\n',
    );
    expect(stdout).toBe(
      [
        `Read ${YOUTUBE_TABLE}: YouTube Studio: Table data (by content), 3 videos for youtube, numbers from its Total row.`,
        'Metrics mapped:',
        '  Impressions → impressions',
        '  Likes → likes',
        '  Comments added → comments',
        'Columns ignored:',
        '  Content: text, not a number',
        '  Video title: text, not a number',
        '  Video publish time: text, not a number',
        '  Duration: not a metric Rolebook tracks',
        '  Watch time (hours): not a metric Rolebook tracks',
        '  Subscribers: the change in followers, not the follower total (followers is the total at the end of the period)',
        '  Impressions click-through rate (%): a rate, recomputed from counts',
        '  Views: video_views, which is not in the metric registry of playbook 1.0 (versions/1.0/metrics.yaml)',
        'Months:',
        '  2026-02: its Total row',
        'Wrote 1 file for 1 period:',
        `  ${root}/${SNAPSHOTS}/2026-02.csv: updated; added youtube, 1 row: impressions, likes, comments`,
        'Notes:',
        "  it has no dates, so its numbers are taken to be 2026-02's, as --period says (export the report for that month alone)",
        '',
      ].join('\n'),
    );
    expect(rolebook(['check'], { ROLEBOOK_CONTENT: root }).status).toBe(0);
  });

  it('writes one file per month of the export, creating the ones that do not exist', () => {
    const root = contentRoot();
    fs.rmSync(path.join(root, `${SNAPSHOTS}/2026-01.csv`));
    const { status, stdout } = importInto(root, TIKTOK_FOLLOWERS, '--client', 'tiny-bakery', '--year', '2026');
    expect(status).toBe(0);
    expect(stdout).toContain('Months:\n  2026-01: 2 days, 2026-01-30 to 2026-01-31\n  2026-02: 4 days, 2026-02-01 to 2026-02-28\n');
    expect(stdout).toContain(`  ${root}/${SNAPSHOTS}/2026-01.csv: new; added tiktok, 1 row: followers\n`);
    expect(stdout).toContain(`  ${root}/${SNAPSHOTS}/2026-02.csv: updated; added tiktok, 1 row: followers\n`);
    expect(readText(root, `${SNAPSHOTS}/2026-01.csv`)).toBe('platform,followers\ntiktok,8131\n');
    expect(readText(root, `${SNAPSHOTS}/2026-02.csv`)).toMatch(/\ntiktok,,,,8401,,\n$/);
    expect(rolebook(['check'], { ROLEBOOK_CONTENT: root }).status).toBe(0);
  });

  it('imports only the month --period names', () => {
    const root = contentRoot();
    const before = readText(root, `${SNAPSHOTS}/2026-01.csv`);
    const { status, stdout } = importInto(root, TIKTOK_FOLLOWERS, '--client', 'tiny-bakery', '--year', '2026', '--period', '2026-02');
    expect(status).toBe(0);
    expect(stdout).toContain('Wrote 1 file for 1 period:');
    expect(readText(root, `${SNAPSHOTS}/2026-01.csv`)).toBe(before);
    expect(readText(root, `${SNAPSHOTS}/2026-02.csv`)).toContain('\ntiktok,,,,8401,,\n');
  });

  it('writes daily rows into a snapshot that has daily rows', () => {
    const root = contentRoot();
    const file = exportFile('FollowerHistory.csv', '"Date","Followers"\n"March 1","8410"\n"March 2","8425"\n');
    const { status } = importInto(root, file, '--client', 'tiny-bakery', '--year', '2026');
    expect(status).toBe(0);
    expect(readText(root, `${SNAPSHOTS}/2026-03.csv`)).toBe(
      'platform,date,impressions,likes,comments,followers,messages,replies\n' +
        'mastodon,2026-03-01,600,20,5,530,10,9\n' +
        'mastodon,2026-03-02,700,30,6,540,12,12\n' +
        'linkedin,2026-03-01,1500,30,8,1260,1,1\n' +
        'linkedin,2026-03-02,1400,32,9,1270,,\n' +
        'tiktok,2026-03-01,,,,8410,,\n' +
        'tiktok,2026-03-02,,,,8425,,\n',
    );
    expect(rolebook(['check'], { ROLEBOOK_CONTENT: root }).status).toBe(0);
  });

  describe('values already there', () => {
    const linkedin = () =>
      exportFile(
        'content.csv',
        '"Metrics for the selected dates.",,,\nDate,Impressions (total),Reactions (total),Comments (total)\n02/10/2026,3000,71,21\n02/11/2026,1175,0,0\n',
      );

    it('refuses to replace them without --force, naming the file and the platform, and writes nothing', () => {
      const root = contentRoot();
      const before = files(root);
      const { status, stdout, stderr } = importInto(root, linkedin(), '--client', 'tiny-bakery');
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `rolebook import: ${root}/${SNAPSHOTS}/2026-02.csv already has other linkedin values for impressions, likes, comments\nPass --force to replace them; nothing was written.\n`,
      );
      expect(files(root)).toEqual(before);
    });

    it('replaces them with --force, keeping the metrics the export does not have', () => {
      const root = contentRoot();
      const { status, stdout } = importInto(root, linkedin(), '--client', 'tiny-bakery', '--force');
      expect(status).toBe(0);
      expect(stdout).toContain(`2026-02.csv: updated; replaced linkedin's impressions, likes, comments (1 row)`);
      expect(readText(root, `${SNAPSHOTS}/2026-02.csv`)).toBe(
        'platform,impressions,likes,comments,followers,messages,replies\nmastodon,1200,50,12,520,25,25\nlinkedin,4175,71,21,1250,4,2\n',
      );
      expect(rolebook(['check'], { ROLEBOOK_CONTENT: root }).status).toBe(0);
    });

    it('imports the same file twice without --force: nothing changes', () => {
      const root = contentRoot();
      expect(importInto(root, YOUTUBE_TABLE, '--client', 'tiny-bakery', '--period', '2026-02').status).toBe(0);
      const { status, stdout } = importInto(root, YOUTUBE_TABLE, '--client', 'tiny-bakery', '--period', '2026-02');
      expect(status).toBe(0);
      expect(stdout).toContain('Wrote 0 files for 1 period:');
      expect(stdout).toContain('2026-02.csv: unchanged\n');
    });
  });

  describe('several exports at once', () => {
    it("imports a folder of a month's exports in one step, with one summary", () => {
      const root = contentRoot();
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-exports-'));
      fs.copyFileSync(YOUTUBE_TABLE, path.join(folder, 'Table data.csv'));
      fs.copyFileSync(TIKTOK_FOLLOWERS, path.join(folder, 'FollowerHistory.csv'));
      fs.writeFileSync(path.join(folder, 'notes.md'), 'not an export\n');
      const { status, stdout, stderr } = importInto(root, folder, '--client', 'tiny-bakery', '--year', '2026', '--period', '2026-02');
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout.match(/^Read .*$/gm)).toEqual([
        `Read ${folder}/FollowerHistory.csv: TikTok: FollowerHistory, 6 days for tiktok, dated by "Date".`,
        `Read ${folder}/Table data.csv: YouTube Studio: Table data (by content), 3 videos for youtube, numbers from its Total row.`,
      ]);
      expect(stdout).toContain(
        `Wrote 1 file for 1 period:\n  ${root}/${SNAPSHOTS}/2026-02.csv: updated; added tiktok, 1 row: followers; added youtube, 1 row: impressions, likes, comments\n`,
      );
      expect(readText(root, `${SNAPSHOTS}/2026-02.csv`)).toBe(
        'platform,impressions,likes,comments,followers,messages,replies\n' +
          'mastodon,1200,50,12,520,25,25\n' +
          'linkedin,2800,70,20,1250,4,2\n' +
          // The folder's files in name order: FollowerHistory.csv before Table data.csv.
          'tiktok,,,,8401,,\n' +
          'youtube,38210,118,23,,,\n',
      );
      expect(rolebook(['check'], { ROLEBOOK_CONTENT: root }).status).toBe(0);
    });

    it('writes nothing when one of them cannot be imported, and gives every reason', () => {
      const root = contentRoot();
      const before = files(root);
      const scores = exportFile('scores.csv', 'Name,Score\nAna,3\n');
      const totals = exportFile('Totals.csv', 'Date,Views,Impressions\n2026-02-01,40,lots\n');
      const { status, stdout, stderr } = importInto(root, YOUTUBE_TABLE, scores, totals, '--client', 'tiny-bakery', '--period', '2026-02');
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        new RegExp(
          `^rolebook import: 2 of 3 exports cannot be imported, so none was \\(nothing was written\\):\n${escape(scores)}: is not an export Rolebook recognises \\(its header is "Name", "Score"\\)\\.\n`,
        ),
      );
      expect(stderr).toContain(
        `\n${totals}: has a cell Rolebook cannot read; nothing was written\n  ${totals}:2:3: Impressions: "lots" is not a number (expected a count such as 1,234 or 1234.5)\n`,
      );
      expect(files(root)).toEqual(before);
    });

    it('refuses two exports of the same numbers, naming both', () => {
      const root = contentRoot();
      const before = files(root);
      const copy = exportFile('Table data (1).csv', fs.readFileSync(YOUTUBE_TABLE, 'utf8'));
      const { status, stderr } = importInto(root, YOUTUBE_TABLE, copy, '--client', 'tiny-bakery', '--period', '2026-02');
      expect(status).toBe(1);
      expect(stderr).toBe(
        `rolebook import: 1 of 2 exports cannot be imported, so none was (nothing was written):\n` +
          `${copy}: 2026-02: youtube impressions comes from both ${YOUTUBE_TABLE} and ${copy}\n` +
          `2026-02: youtube likes comes from both ${YOUTUBE_TABLE} and ${copy}\n` +
          `2026-02: youtube comments comes from both ${YOUTUBE_TABLE} and ${copy}\n` +
          'Two exports of the same numbers: import only one of them; nothing was written.\n',
      );
      expect(files(root)).toEqual(before);
    });

    it('refuses a folder with no exports in it', () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-empty-'));
      const { status, stderr } = importInto(contentRoot(), folder, '--client', 'tiny-bakery');
      expect(status).toBe(1);
      expect(stderr).toBe(`rolebook import: ${folder} is a folder with no exports in it (files ending in .csv, .tsv, .txt, .xlsx or .xls)\n`);
    });
  });

  it('refuses to merge into a snapshot that has problems, naming them', () => {
    const root = contentRoot();
    fs.writeFileSync(path.join(root, `${SNAPSHOTS}/2026-02.csv`), 'platform,impressions\nmastodon,lots\n');
    const { status, stderr } = importInto(root, YOUTUBE_TABLE, '--client', 'tiny-bakery', '--period', '2026-02');
    expect(status).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^rolebook import: ${escape(`${root}/${SNAPSHOTS}/2026-02.csv`)} already exists and has a problem; fix it before importing into it \\(nothing was written\\)\n${escape(`${root}/${SNAPSHOTS}/2026-02.csv`)}:2:2: impressions: "lots" is not a number`,
      ),
    );
    expect(readText(root, `${SNAPSHOTS}/2026-02.csv`)).toBe('platform,impressions\nmastodon,lots\n');
  });

  it('prints what would change with --dry-run and writes nothing', () => {
    const root = contentRoot();
    const before = files(root);
    const { status, stdout } = importInto(root, TIKTOK_FOLLOWERS, '--client', 'tiny-bakery', '--year', '2026', '--dry-run');
    expect(status).toBe(0);
    expect(stdout).toContain('Would write 2 files for 2 periods (dry run: nothing was written):\n');
    expect(stdout).toContain(`${SNAPSHOTS}/2026-01.csv: updated; added tiktok, 1 row: followers`);
    expect(files(root)).toEqual(before);
  });

  it('names every cell it cannot read, as file:line:column: field, and writes nothing', () => {
    const root = contentRoot();
    const before = files(root);
    const file = exportFile('Totals.csv', 'Date,Views,Impressions,Likes\n2026-02-01,40,100,12\n2026-02-02,30,many,5%\n');
    const { status, stderr } = importInto(root, file, '--client', 'tiny-bakery');
    expect(status).toBe(1);
    expect(stderr).toBe(
      `rolebook import: ${file} has 2 cells Rolebook cannot read; nothing was written\n` +
        `${file}:3:3: Impressions: "many" is not a number (expected a count such as 1,234 or 1234.5)\n` +
        `${file}:3:4: Likes: "5%" is a percentage (expected a count for likes)\n`,
    );
    expect(files(root)).toEqual(before);
  });

  it('refuses a file it does not recognise, listing the formats it knows', () => {
    const root = contentRoot();
    const file = exportFile('scores.csv', 'Name,Score\nAna,3\n');
    const { status, stderr } = importInto(root, file, '--client', 'tiny-bakery');
    expect(status).toBe(1);
    expect(stderr).toContain(
      `rolebook import: ${file} is not an export Rolebook recognises (its header is "Name", "Score").\nKnown exports, recognised by their columns (not by file name):\n`,
    );
    expect(stderr).toMatch(/^ {2}TikTok: FollowerHistory +a "Date" column \(dates without a year\) and a "Followers" column$/m);
    expect(stderr).toMatch(/^ {2}YouTube Studio: Table data \(by content\) +a "Content" column/m);
  });

  it('refuses an unknown client, listing the clients there are', () => {
    const root = contentRoot();
    const { status, stderr } = importInto(root, YOUTUBE_TABLE, '--client', 'big-bakery', '--period', '2026-02');
    expect(status).toBe(1);
    expect(stderr).toBe(`rolebook import: no client "big-bakery" in ${root}/clients/ (clients: tiny-bakery)\n`);
  });

  it("refuses a platform that is not in the client's list", () => {
    const root = copyRoot(VALID_FIXTURE);
    const before = files(root);
    const { status, stderr } = importInto(root, YOUTUBE_TABLE, '--client', 'tiny-bakery', '--period', '2026-02');
    expect(status).toBe(1);
    expect(stderr).toBe(
      `rolebook import: platform "youtube" is not one of tiny-bakery's platforms: mastodon, linkedin; add it to platforms in ${root}/clients/tiny-bakery/client.yaml, or pass --platform with one of them\n`,
    );
    expect(importInto(root, YOUTUBE_TABLE, '--client', 'tiny-bakery', '--period', '2026-02', '--platform', 'instagram').status).toBe(1);
    expect(files(root)).toEqual(before);
  });

  it('refuses a client whose client.yaml has problems, naming them', () => {
    const root = contentRoot();
    fs.writeFileSync(path.join(root, 'clients/tiny-bakery/client.yaml'), 'name: Tiny Bakery\nplaybook: "1.0"\nplatforms: youtube\n');
    const { status, stderr } = importInto(root, YOUTUBE_TABLE, '--client', 'tiny-bakery', '--period', '2026-02');
    expect(status).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^rolebook import: ${escape(root)}/clients/tiny-bakery/client\\.yaml has problems; fix them before importing\\n${escape(root)}/clients/tiny-bakery/client\\.yaml:3(:\\d+)?: platforms: is a string "youtube" \\(expected a list\\)\\n$`,
      ),
    );
  });

  it('refuses a file that does not exist', () => {
    const { status, stderr } = importInto(contentRoot(), '/nonexistent/Overview.csv', '--client', 'tiny-bakery');
    expect(status).toBe(1);
    expect(stderr).toBe('rolebook import: cannot read /nonexistent/Overview.csv: no such file\n');
  });

  it.each([
    [[], 'expected the export files (or a folder of them) to import'],
    [[YOUTUBE_TABLE], '--client <id> is required'],
    [[YOUTUBE_TABLE, '--client'], '--client needs a value'],
    [[YOUTUBE_TABLE, '--client', 'tiny-bakery', '--period', '2026-2'], '--period "2026-2" is not a month (expected YYYY-MM, such as 2024-09)'],
    [[YOUTUBE_TABLE, '--client', 'tiny-bakery', '--year', '26'], '--year "26" is not a year'],
    [[YOUTUBE_TABLE, '--client', 'tiny-bakery', '--platform', 'You Tube'], '--platform "You Tube" is not a platform id'],
    [[YOUTUBE_TABLE, '--client', 'tiny-bakery', '--overwrite'], 'unknown option "--overwrite"'],
  ])('exits 2 with usage for %j', (args, message) => {
    const { status, stdout, stderr } = importInto(contentRoot(), ...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`rolebook import: ${message}`);
    expect(stderr).toContain('Usage: rolebook import <file|folder>... --client <id>');
  });

  it('exits 2 when the export needs an option it was not given', () => {
    const root = contentRoot();
    const missingYear = importInto(root, TIKTOK_FOLLOWERS, '--client', 'tiny-bakery');
    expect(missingYear.status).toBe(2);
    expect(missingYear.stderr).toBe(
      `rolebook import: ${TIKTOK_FOLLOWERS} has dates without a year (such as "January 30"): pass --year YYYY, the year of its first row\nRun "rolebook import --help" for the options.\n`,
    );
    const missingPeriod = importInto(root, YOUTUBE_TABLE, '--client', 'tiny-bakery');
    expect(missingPeriod.status).toBe(2);
    expect(missingPeriod.stderr).toContain('which has no dates: pass --period YYYY-MM');
  });

  it('prints help with --help and exits 0; the top-level usage lists import', () => {
    const { status, stdout } = rolebook(['import', '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: rolebook import <file\|folder>\.\.\. --client <id>/);
    expect(stdout).toContain('  Meta Ads Manager: ads report\n');
    expect(stdout).toContain('Several files, or a folder of them');
    expect(stdout).toContain('  TikTok: FollowerHistory\n');
    expect(rolebook(['--help']).stdout).toMatch(/^ {2}import +Turn a platform's analytics export into snapshot rows/m);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
