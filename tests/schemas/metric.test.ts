import { describe, expect, it } from 'vitest';
import { metricRegistrySchema, metricSchema } from '../../src/schemas/metric.ts';
import { rejection } from './rejection.ts';

const minimal = { id: 'video_views', label: 'Video views', kind: 'flow', unit: 'count' };

describe('metricSchema', () => {
  it('accepts a minimal metric', () => {
    expect(metricSchema.safeParse(minimal)).toEqual({ success: true, data: minimal });
  });

  it('accepts a stock metric with a description', () => {
    const followers = { id: 'followers', label: 'Followers', kind: 'stock', unit: 'count', description: 'Accounts following at month end.' };
    expect(metricSchema.parse(followers)).toEqual(followers);
  });

  it('accepts currency and minutes units', () => {
    expect(metricSchema.safeParse({ ...minimal, unit: 'currency' }).success).toBe(true);
    expect(metricSchema.safeParse({ ...minimal, unit: 'minutes' }).success).toBe(true);
  });

  it('rejects ids that are not lowercase with underscores', () => {
    expect(rejection(metricSchema, { ...minimal, id: 'video-views' })).toMatchInlineSnapshot(
      `"id: must be a lowercase id with underscores such as "video_views""`,
    );
    expect(rejection(metricSchema, { ...minimal, id: 'VideoViews' })).toMatchInlineSnapshot(
      `"id: must be a lowercase id with underscores such as "video_views""`,
    );
    expect(rejection(metricSchema, { ...minimal, id: '1views' })).toMatchInlineSnapshot(`"id: must be a lowercase id with underscores such as "video_views""`);
    expect(rejection(metricSchema, { ...minimal, id: '_views' })).toMatchInlineSnapshot(`"id: must be a lowercase id with underscores such as "video_views""`);
  });

  it('rejects an unknown kind or unit', () => {
    expect(rejection(metricSchema, { ...minimal, kind: 'gauge' })).toMatchInlineSnapshot(
      `"kind: must be flow (summed over days), stock (the last value) or unique (people counted once per window, such as reach)"`,
    );
    expect(rejection(metricSchema, { ...minimal, unit: 'percent' })).toMatchInlineSnapshot(
      `"unit: Invalid option: expected one of "count"|"currency"|"minutes""`,
    );
  });

  it('requires a label', () => {
    expect(rejection(metricSchema, { id: 'likes', kind: 'flow', unit: 'count' })).toMatchInlineSnapshot(
      `"label: Invalid input: expected string, received undefined"`,
    );
  });

  it('rejects unknown keys', () => {
    expect(rejection(metricSchema, { ...minimal, type: 'flow' })).toMatchInlineSnapshot(`"(top): Unrecognized key: "type""`);
  });
});

describe('metricRegistrySchema', () => {
  it('accepts a list of metrics', () => {
    expect(metricRegistrySchema.safeParse([minimal]).success).toBe(true);
  });

  it('rejects an empty registry with its own message', () => {
    const result = metricRegistrySchema.safeParse([]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must list at least one metric');
  });
});
