/** Imported rows next to what a snapshot already holds. */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { mergePlatform, readSheet, writeSheet } from '../../../src/lib/import/merge.ts';
import { parseSnapshotCsv } from '../../../src/lib/snapshot-csv.ts';

const ORDER = ['posts', 'impressions', 'reach', 'likes', 'comments', 'video_views', 'followers', 'messages'];
const FILE = 'clients/acme/snapshots/2024-09.csv';

function merged(existing: string | undefined, platform: string, rows: { date?: string; values: Record<string, number> }[]) {
  const sheet = readSheet(existing, FILE, '2024-09');
  const metrics = ORDER.filter((metric) => rows.some((row) => metric in row.values));
  const result = mergePlatform(sheet, platform, rows, metrics);
  const text = writeSheet(result.sheet, ORDER);
  expect(parseSnapshotCsv(text, FILE, '2024-09').problems).toEqual([]);
  return { text, change: result.change };
}

describe('merging an import into a snapshot', () => {
  it('writes a new file with the imported metrics in registry order', () => {
    const { text, change } = merged(undefined, 'youtube', [{ values: { video_views: 2871, impressions: 38210 } }]);
    expect(text).toBe('platform,impressions,video_views\nyoutube,38210,2871\n');
    expect(change).toEqual({ platform: 'youtube', action: 'added', rows: 1, metrics: ['impressions', 'video_views'], replaced: [] });
  });

  it('adds a platform beside the others: columns are the union in registry order, cells nobody has stay empty', () => {
    const existing = 'platform,followers,impressions,messages\ninstagram,1500,9000.0,12\nfacebook,800,,3\n';
    const { text, change } = merged(existing, 'youtube', [{ values: { video_views: 2871, impressions: 38210 } }]);
    expect(text).toBe(
      'platform,impressions,video_views,followers,messages\n' +
        // Other platforms' cells are written back as they were ("9000.0" stays "9000.0").
        'instagram,9000.0,,1500,12\n' +
        'facebook,,,800,3\n' +
        'youtube,38210,2871,,\n',
    );
    expect(change.action).toBe('added');
  });

  it("fills in metrics a platform's rows lack, keeping the ones they have", () => {
    const existing = 'platform,followers\ntiktok,8401\nx,300\n';
    const { text, change } = merged(existing, 'tiktok', [{ values: { likes: 779, comments: 41 } }]);
    expect(text).toBe('platform,likes,comments,followers\ntiktok,779,41,8401\nx,,,300\n');
    expect(change).toEqual({ platform: 'tiktok', action: 'filled', rows: 1, metrics: ['likes', 'comments'], replaced: [] });
  });

  it('reports the values it replaces, and replaces only those', () => {
    const existing = 'platform,impressions,likes,messages\nlinkedin,3000,60,4\nmastodon,1000,40,20\n';
    const { text, change } = merged(existing, 'linkedin', [{ values: { impressions: 4175, likes: 60 } }]);
    // likes was 60 already: only impressions is replaced.
    expect(change).toEqual({ platform: 'linkedin', action: 'replaced', rows: 1, metrics: ['impressions', 'likes'], replaced: ['impressions'] });
    expect(text).toBe('platform,impressions,likes,messages\nlinkedin,4175,60,4\nmastodon,1000,40,20\n');
  });

  it('says "unchanged", replacing nothing, when the values are already there', () => {
    const { change } = merged('platform,impressions\nyoutube,38210\n', 'youtube', [{ values: { impressions: 38210 } }]);
    expect(change).toMatchObject({ action: 'unchanged', replaced: [] });
  });

  it("writes daily rows into a daily file, keeping the platform's rows together and in date order", () => {
    const existing =
      'platform,date,impressions,followers\n' +
      'mastodon,2024-09-01,600,530\n' +
      'linkedin,2024-09-01,1500,1260\n' +
      'linkedin,2024-09-02,1400,1270\n' +
      'mastodon,2024-09-02,700,540\n';
    const { text, change } = merged(existing, 'linkedin', [
      { date: '2024-09-03', values: { impressions: 900 } },
      { date: '2024-09-01', values: { impressions: 1501 } },
    ]);
    expect(text).toBe(
      'platform,date,impressions,followers\n' +
        'mastodon,2024-09-01,600,530\n' +
        'linkedin,2024-09-01,1501,1260\n' +
        // 2 September keeps its followers; its impressions were replaced by "no value".
        'linkedin,2024-09-02,,1270\n' +
        'linkedin,2024-09-03,900,\n' +
        'mastodon,2024-09-02,700,540\n',
    );
    expect(change).toEqual({ platform: 'linkedin', action: 'replaced', rows: 3, metrics: ['impressions'], replaced: ['impressions'] });
  });

  it('drops a daily row left with nothing in it', () => {
    const existing = 'platform,date,impressions\nx,2024-09-01,5\nx,2024-09-02,6\n';
    const { text } = merged(existing, 'x', [{ date: '2024-09-02', values: { impressions: 7 } }]);
    expect(text).toBe('platform,date,impressions\nx,2024-09-02,7\n');
  });

  it('reads a snapshot whose date and platform columns come first in another order, and writes platform first', () => {
    const existing = 'date,impressions,platform\n2024-09-01,5,x\n2024-09-02,6,x\n';
    const { text } = merged(existing, 'youtube', [{ date: '2024-09-01', values: { impressions: 7 } }]);
    expect(text).toBe('platform,date,impressions\nx,2024-09-01,5\nx,2024-09-02,6\nyoutube,2024-09-01,7\n');
  });

  it('reads a snapshot with a BOM and CRLF line ends', () => {
    const { text } = merged('\uFEFFplatform,likes\r\nx,1\r\n', 'youtube', [{ values: { likes: 2 } }]);
    expect(text).toBe('platform,likes\nx,1\nyoutube,2\n');
  });

  it('refuses to merge into a snapshot that has problems, naming them', () => {
    try {
      readSheet('platform,likes\nx,lots\n', FILE, '2024-09');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      const e = error as ImportError;
      expect(e.message).toBe(`${FILE} already exists and has a problem; fix it before importing into it (nothing was written)`);
      expect(e.problems).toEqual([expect.objectContaining({ file: FILE, line: 2, field: 'likes', message: '"lots" is not a number' })]);
    }
  });
});
