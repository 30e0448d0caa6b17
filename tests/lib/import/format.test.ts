/** The column rules every format is built from: which column becomes what, and why the others do not. */
import { describe, expect, it } from 'vitest';
import { columnIndex, normalizeHeader, planColumns, REASON } from '../../../src/lib/import/format.ts';
import { readTableText } from '../../../src/lib/import/read-table.ts';

describe('normalizeHeader', () => {
  it('ignores case, accents, quotes and runs of spaces', () => {
    expect(normalizeHeader('  Veröffentlichungszeitpunkt ')).toBe('veroffentlichungszeitpunkt');
    expect(normalizeHeader('"Mag ich"-Bewertungen')).toBe('mag ich-bewertungen');
    expect(normalizeHeader('Watch  time (hours)')).toBe('watch time (hours)');
    expect(columnIndex(['Título del vídeo', 'Visualizaciones'], ['titulo del video'])).toBe(0);
  });
});

describe('planColumns', () => {
  const table = readTableText(
    'Post ID,Publish time,Impressions,Views,Reactions,Likes,Engagement rate,CTR,Average watch time,Title,Notes,Seconds viewed,Follows\n' +
      '123,09/02/2024,10,12,3,,4.5%,0.1,2.5,Hello,,40,1\n' +
      '124,09/03/2024,11,13,,2,5%,0.2,2.1,World,-,41,0\n',
  );
  const plan = planColumns(table, {
    date: ['Publish time'],
    rules: [
      { names: ['Impressions'], metric: 'impressions' },
      { names: ['Views'], metric: 'impressions' },
      { names: ['Reactions', 'Likes'], metric: 'likes' },
      { names: ['Follows'], ignore: REASON.newFollowers },
    ],
  });

  it('finds the date column', () => {
    expect(plan.date).toEqual({ index: 1, label: 'Publish time' });
  });

  it('maps a metric from the first rule present; a later rule for the same metric is a duplicate', () => {
    expect(plan.sources).toEqual([
      { metric: 'impressions', columns: [2], label: 'Impressions' },
      { metric: 'likes', columns: [4, 5], label: 'Reactions / Likes' },
    ]);
    expect(plan.ignored).toContainEqual({ label: 'Views', reason: 'duplicate of "Impressions"' });
  });

  it('gives every other column its reason, in header order', () => {
    expect(plan.ignored).toEqual([
      { label: 'Post ID', reason: REASON.id },
      { label: 'Views', reason: 'duplicate of "Impressions"' },
      { label: 'Engagement rate', reason: REASON.rate },
      { label: 'CTR', reason: REASON.rate },
      { label: 'Average watch time', reason: REASON.average },
      { label: 'Title', reason: REASON.text },
      { label: 'Notes', reason: REASON.empty },
      { label: 'Seconds viewed', reason: REASON.notTracked },
      { label: 'Follows', reason: REASON.newFollowers },
    ]);
  });

  it('calls a column of percentages a rate whatever its name', () => {
    const percent = readTableText('Date,Score\n2024-09-01,4.5%\n');
    expect(planColumns(percent, { date: ['Date'], rules: [] }).ignored).toEqual([{ label: 'Score', reason: REASON.rate }]);
  });

  it('matches rules by pattern on the header as written', () => {
    const promoted = readTableText('time,impressions,promoted impressions\n2021-05-30,1,-\n');
    const result = planColumns(promoted, {
      date: ['time'],
      rules: [
        { names: ['impressions'], metric: 'impressions' },
        { pattern: /^promoted /, ignore: 'paid' },
      ],
    });
    expect(result.ignored).toEqual([{ label: 'promoted impressions', reason: 'paid' }]);
  });
});
