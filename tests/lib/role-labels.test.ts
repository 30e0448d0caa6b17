import { describe, expect, it } from 'vitest';
import { roleTraits } from '../../src/lib/role-labels.ts';

describe('roleTraits', () => {
  it('lists horizon, audience and voice in that order', () => {
    expect(roleTraits({ voice: 'brand', audience: 'one-to-many', horizon: 'short-term' })).toEqual([
      'Short-term results',
      'One-to-many',
      'Speaks as the brand',
    ]);
  });

  it('words the other value of each dimension', () => {
    expect(roleTraits({ horizon: 'long-term', audience: 'peer-to-peer', voice: 'own' })).toEqual([
      'Long-term relationships',
      'Peer-to-peer',
      'Speaks in their own name',
    ]);
  });

  it('skips dimensions the role does not declare', () => {
    expect(roleTraits({ audience: 'peer-to-peer' })).toEqual(['Peer-to-peer']);
    expect(roleTraits({})).toEqual([]);
  });
});
