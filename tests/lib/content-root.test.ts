import { describe, expect, it } from 'vitest';
import { CONTENT_ENV, DRAFT_VERSION, resolveContentRoot, rootLabel } from '../../src/lib/content-root.ts';

describe('resolveContentRoot', () => {
  it('uses content/ beside the working directory without ROLEBOOK_CONTENT', () => {
    expect(resolveContentRoot({}, '/srv/site')).toBe('/srv/site/content');
  });

  it('ignores an empty or blank ROLEBOOK_CONTENT', () => {
    expect(resolveContentRoot({ ROLEBOOK_CONTENT: '' }, '/srv/site')).toBe('/srv/site/content');
    expect(resolveContentRoot({ ROLEBOOK_CONTENT: '   ' }, '/srv/site')).toBe('/srv/site/content');
  });

  it('resolves a relative ROLEBOOK_CONTENT against the working directory', () => {
    expect(resolveContentRoot({ ROLEBOOK_CONTENT: '../agency-content' }, '/srv/site')).toBe('/srv/agency-content');
    expect(resolveContentRoot({ ROLEBOOK_CONTENT: 'docs/content/' }, '/srv/site')).toBe('/srv/site/docs/content');
  });

  it('keeps an absolute ROLEBOOK_CONTENT', () => {
    expect(resolveContentRoot({ ROLEBOOK_CONTENT: '/data/agency' }, '/srv/site')).toBe('/data/agency');
  });

  it('trims spaces around the configured path', () => {
    expect(resolveContentRoot({ ROLEBOOK_CONTENT: ' /data/agency ' }, '/srv/site')).toBe('/data/agency');
  });

  it('reads the variable named ROLEBOOK_CONTENT', () => {
    expect(CONTENT_ENV).toBe('ROLEBOOK_CONTENT');
  });
});

describe('rootLabel', () => {
  it('is relative to the working directory for a root inside it', () => {
    expect(rootLabel('/srv/site/content', '/srv/site')).toBe('content');
    expect(rootLabel('/srv/site/a/b', '/srv/site')).toBe('a/b');
  });

  it('is the absolute path for a root outside the working directory', () => {
    expect(rootLabel('/data/agency', '/srv/site')).toBe('/data/agency');
    expect(rootLabel('/srv/other', '/srv/site')).toBe('/srv/other');
  });
});

describe('DRAFT_VERSION', () => {
  it('is "next"', () => {
    expect(DRAFT_VERSION).toBe('next');
  });
});
