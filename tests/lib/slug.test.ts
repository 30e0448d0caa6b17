import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('lowercases and joins words with hyphens', () => {
    expect(slugify('Report on metrics')).toBe('report-on-metrics');
  });

  it('drops accents', () => {
    expect(slugify('Café Crème Brûlée')).toBe('cafe-creme-brulee');
    expect(slugify('Über uns')).toBe('uber-uns');
  });

  it('spells & as "and"', () => {
    expect(slugify('Ratings & reviews')).toBe('ratings-and-reviews');
  });

  it('collapses punctuation and trims hyphens at both ends', () => {
    expect(slugify('  --Hello, World!--  ')).toBe('hello-world');
    expect(slugify('A/B testing: 100% fun')).toBe('a-b-testing-100-fun');
  });

  it('keeps digits', () => {
    expect(slugify('Top 10 posts of 2026')).toBe('top-10-posts-of-2026');
  });

  it('returns an empty string for empty input', () => {
    expect(slugify('')).toBe('');
  });
});
