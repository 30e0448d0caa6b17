import { describe, expect, it } from 'vitest';
import { metricRegistrySchema, metricSchema } from '../../src/schemas/metric.ts';

const minimal = { id: 'video_views', label: 'Video views', kind: 'flow', unit: 'count' };
const rejects = (input: unknown) => expect(metricSchema.safeParse(input).success).toBe(false);

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
    rejects({ ...minimal, id: 'video-views' });
    rejects({ ...minimal, id: 'VideoViews' });
    rejects({ ...minimal, id: '1views' });
    rejects({ ...minimal, id: '_views' });
  });

  it('rejects an unknown kind or unit', () => {
    rejects({ ...minimal, kind: 'gauge' });
    rejects({ ...minimal, unit: 'percent' });
  });

  it('requires a label', () => {
    rejects({ id: 'likes', kind: 'flow', unit: 'count' });
  });

  it('rejects unknown keys', () => {
    rejects({ ...minimal, type: 'flow' });
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
