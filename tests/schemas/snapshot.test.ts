import { describe, expect, it } from 'vitest';
import { snapshotSchema } from '../../src/schemas/snapshot.ts';
import { rejection } from './rejection.ts';

const valid = {
  client: 'acme',
  period: '2026-02',
  file: 'clients/acme/snapshots/2026-02.csv',
  metrics: ['impressions', 'likes'],
  columnOf: { impressions: 2, likes: 3 },
  daily: false,
  rows: [
    { line: 2, platform: 'instagram', values: { impressions: 1200, likes: 30 } },
    { line: 3, platform: 'facebook', values: { impressions: 800 } },
  ],
};

describe('snapshotSchema', () => {
  it('accepts a parsed snapshot unchanged', () => {
    expect(snapshotSchema.safeParse(valid)).toEqual({ success: true, data: valid });
  });

  it('accepts daily rows with a date', () => {
    const daily = { ...valid, daily: true, rows: [{ line: 2, platform: 'instagram', date: '2026-02-01', values: { likes: 1 } }] };
    expect(snapshotSchema.parse(daily)).toEqual(daily);
  });

  it('keeps a missing metric absent rather than 0', () => {
    expect(snapshotSchema.parse(valid).rows[1]!.values).toEqual({ impressions: 800 });
  });

  it('rejects a value that is not a number', () => {
    expect(rejection(snapshotSchema, { ...valid, rows: [{ line: 2, platform: 'instagram', values: { likes: '30' } }] })).toMatchInlineSnapshot(
      `"rows.0.values.likes: Invalid input: expected number, received string"`,
    );
  });

  it('rejects a row without a line or platform', () => {
    expect(rejection(snapshotSchema, { ...valid, rows: [{ platform: 'instagram', values: {} }] })).toMatchInlineSnapshot(
      `"rows.0.line: Invalid input: expected number, received undefined"`,
    );
    expect(rejection(snapshotSchema, { ...valid, rows: [{ line: 2, values: {} }] })).toMatchInlineSnapshot(
      `"rows.0.platform: Invalid input: expected string, received undefined"`,
    );
  });

  it('requires client, period, file, metrics, columnOf and daily', () => {
    for (const key of ['client', 'period', 'file', 'metrics', 'columnOf', 'daily']) {
      const input: Record<string, unknown> = { ...valid };
      delete input[key];
      expect(rejection(snapshotSchema, input)).toMatch(new RegExp(`^${key}: `));
    }
  });

  it('strips unknown keys instead of rejecting them', () => {
    expect(snapshotSchema.parse({ ...valid, extra: 1 })).toEqual(valid);
  });
});
