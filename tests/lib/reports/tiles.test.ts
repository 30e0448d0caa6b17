import { describe, expect, it } from 'vitest';
import { platformNamer, titleCase } from '../../../src/lib/platforms.ts';
import { dataSummary } from '../../../src/lib/reports/data-summary.ts';
import { reportLocale } from '../../../src/lib/reports/report-locale.ts';
import { comparison, tileKpis, type Tile } from '../../../src/lib/reports/report-view.ts';
import { sparkline } from '../../../src/lib/reports/sparkline.ts';
import { kpi } from './build-context.ts';

const en = reportLocale({ locale: 'en-GB', currency: 'GBP' });
const de = reportLocale({ locale: 'de-DE', currency: 'EUR' });

describe('tileKpis', () => {
  const kpis = [
    { ...kpi('average-response-time', 'response_minutes / responses', { unit: 'minutes', direction: 'down' }), headline: true },
    { ...kpi('engagement-rate', 'engagements / impressions'), headline: true },
    { ...kpi('cost-per-conversion', 'spend / conversions', { unit: 'currency', direction: 'down' }), headline: false },
    { ...kpi('reach', 'reach', { unit: 'count' }), headline: true },
  ];
  const ids = (client: Parameters<typeof tileKpis>[1]) => tileKpis(kpis, client).map((k) => k.id);

  it("follows the client's tiles list exactly when there is one", () => {
    expect(ids({ tiles: ['reach', 'cost-per-conversion'], targets: { 'engagement-rate': 0.04 } })).toEqual(['reach', 'cost-per-conversion']);
  });

  it('puts the KPIs with targets first, in targets order, then the headline KPIs, each once', () => {
    expect(ids({ targets: { 'cost-per-conversion': 30, 'engagement-rate': 0.04 } })).toEqual([
      'cost-per-conversion',
      'engagement-rate',
      'average-response-time',
      'reach',
    ]);
  });

  it('gives a KPI the client has a target for a tile even when the playbook does not make it headline', () => {
    expect(ids({ targets: { 'cost-per-conversion': 30 } })).toContain('cost-per-conversion');
  });

  it('skips ids the playbook does not have (check reports them)', () => {
    expect(ids({ tiles: ['reach', 'gone'], targets: {} })).toEqual(['reach']);
  });
});

describe('comparison', () => {
  const percent = { unit: 'percent', direction: 'up' } as const;
  it("shows a percent KPI's change in percentage points, in the locale", () => {
    const change = comparison(percent, { value: 0.0533 }, { value: 0.0469 }, en, 'September 2026');
    expect(change).toMatchObject({ value: 0.0064, comparison: { text: '+0.6\u00a0pp', tone: 'good', arrow: '▲' } });
    expect(comparison(percent, { value: 0.0533 }, { value: 0.0469 }, de, 'September 2026')).toMatchObject({ comparison: { text: '+0,6\u00a0Pp.' } });
  });

  it('keeps two decimals when one would round a real difference to zero', () => {
    expect(comparison(percent, { value: 0.0101 }, { value: 0.01 }, en, '')).toMatchObject({ comparison: { text: '+0.01\u00a0pp' } });
  });

  it("shows other KPIs relative, and judges by the KPI's good direction", () => {
    const faster = comparison({ unit: 'minutes', direction: 'down' }, { value: 81 }, { value: 89 }, en, '');
    expect(faster).toMatchObject({ comparison: { text: '-9.0%', tone: 'good', arrow: '▼' } });
  });

  it('has no comparison without both values, or from 0 for a relative change', () => {
    expect(comparison(percent, { reason: 'no data' }, { value: 0.1 }, en, '')).toEqual({ reason: 'no data' });
    expect(comparison({ unit: 'count', direction: 'up' }, { value: 5 }, { value: 0 }, en, '')).toEqual({ reason: 'previous value is 0' });
    // Points need no division: 0 % → 2 % is +2 pp.
    expect(comparison(percent, { value: 0.02 }, { value: 0 }, en, '')).toMatchObject({ comparison: { text: '+2.0\u00a0pp' } });
  });
});

describe('sparkline', () => {
  it('draws nothing with fewer than two values', () => {
    expect(sparkline([null, 3, null])).toBeUndefined();
  });

  it('scales the values into the box, highest at the top, and marks the last', () => {
    const line = sparkline([1, 2, 3])!;
    expect(line.path).toBe('M3 29L60 16L117 3');
    expect(line.last).toEqual({ x: 117, y: 3 });
  });

  it('breaks the line where a period has no value, never drawing it as 0', () => {
    const line = sparkline([1, null, 3, 2])!;
    expect(line.path.match(/M/g)).toHaveLength(2);
    expect(line.path).toMatch(/^M3 29h0M/);
  });

  it('draws a flat series through the middle', () => {
    expect(sparkline([5, 5])!.path).toBe('M3 16L117 16');
  });
});

describe('dataSummary', () => {
  const tileOf = (name: string, tone: 'good' | 'bad' | 'flat', merit: number, text: string, status?: 'met' | 'missed'): Tile => ({
    kpi: { ...kpi(name, 'x'), name },
    text: '1',
    raw: 1,
    change: { text, tone, arrow: '▲', against: '', merit },
    target: status ? { text: '1', status } : undefined,
  });

  it('counts the targets met and names the biggest improvement and drop', () => {
    const tiles = [
      tileOf('Engagement rate', 'good', 0.13, '+0.6\u00a0pp', 'met'),
      tileOf('Reach', 'bad', -0.22, '-22.7%', 'missed'),
      tileOf('Clicks', 'good', 0.05, '+5.0%', 'met'),
    ];
    expect(dataSummary(tiles, en)).toEqual([
      '2 of 3 targets were met.',
      'The biggest improvement was Engagement rate (+0.6\u00a0pp).',
      'The biggest drop was Reach (-22.7%).',
    ]);
  });

  it("writes in the client's language", () => {
    expect(dataSummary([tileOf('Reichweite', 'bad', -0.1, '-10,0 %', 'missed')], de)).toEqual([
      '0 von 1 Ziel wurde erreicht.',
      'Der größte Rückgang: Reichweite (-10,0 %).',
    ]);
  });

  it('says when there is nothing to compare with, and when nothing moved', () => {
    expect(dataSummary([{ ...tileOf('Reach', 'flat', 0, ''), change: undefined }], en)).toEqual(['There is no previous period to compare with yet.']);
    expect(dataSummary([tileOf('Reach', 'flat', 0, '0.0%')], en)).toEqual(['No KPI changed by more than a rounding step since the previous period.']);
  });
});

describe('platform names', () => {
  it('spells known platforms their own way, title-cases the rest, and lets content name its own', () => {
    const name = platformNamer({ mastodon: 'Mastodon (agency.social)' });
    expect(['instagram', 'linkedin', 'x', 'tiktok', 'youtube'].map(name)).toEqual(['Instagram', 'LinkedIn', 'X', 'TikTok', 'YouTube']);
    expect(name('google-business')).toBe('Google Business Profile');
    expect(name('mastodon')).toBe('Mastodon (agency.social)');
    expect(name('bereal')).toBe('Bereal');
    expect(titleCase('my_local-radio')).toBe('My Local Radio');
  });
});
