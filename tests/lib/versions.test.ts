import { describe, expect, it } from 'vitest';
import { compareVersions, latestRelease, releasedVersions } from '../../src/lib/versions.ts';

describe('compareVersions', () => {
  it('compares major, then minor, numerically', () => {
    expect(compareVersions('1.0', '2.0')).toBeLessThan(0);
    expect(compareVersions('2.0', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('10.0', '9.5')).toBeGreaterThan(0);
    expect(compareVersions('2.1', '2.1')).toBe(0);
  });
});

describe('releasedVersions', () => {
  it('lists released versions newest first, without the draft or duplicates', () => {
    expect(releasedVersions(['next', '1.0', '2.0', '1.10', '1.2', '2.0'])).toEqual(['2.0', '1.10', '1.2', '1.0']);
  });

  it('is empty when only the draft exists', () => {
    expect(releasedVersions(['next'])).toEqual([]);
  });

  it('accepts any iterable', () => {
    expect(releasedVersions(new Set(['1.0', '1.1']))).toEqual(['1.1', '1.0']);
  });
});

describe('latestRelease', () => {
  it('is the newest released version', () => {
    expect(latestRelease(['next', '1.0', '10.0', '9.9'])).toBe('10.0');
  });

  it('is undefined before the first release', () => {
    expect(latestRelease(['next'])).toBeUndefined();
    expect(latestRelease([])).toBeUndefined();
  });
});
