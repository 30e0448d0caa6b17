import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schemas/report.ts';
import { rejection } from './rejection.ts';

describe('reportSchema', () => {
  it('accepts empty frontmatter and defaults highlights to []', () => {
    expect(reportSchema.safeParse({})).toEqual({ success: true, data: { highlights: [] } });
  });

  it('keeps a title and highlights', () => {
    const input = { title: 'A strong February', highlights: ['Reach up 12%', 'Two viral reels'] };
    expect(reportSchema.parse(input)).toEqual(input);
  });

  it('rejects highlights that are not a list of non-empty strings', () => {
    expect(rejection(reportSchema, { highlights: 'Reach up' })).toMatchInlineSnapshot(`"highlights: Invalid input: expected array, received string"`);
    expect(rejection(reportSchema, { highlights: [''] })).toMatchInlineSnapshot(`"highlights.0: must not be empty"`);
    expect(rejection(reportSchema, { highlights: [3] })).toMatchInlineSnapshot(`"highlights.0: Invalid input: expected string, received number"`);
  });

  it('rejects an empty title', () => {
    expect(rejection(reportSchema, { title: '' })).toMatchInlineSnapshot(`"title: must not be empty"`);
  });

  it('rejects unknown keys', () => {
    expect(rejection(reportSchema, { hightlights: ['x'] })).toMatchInlineSnapshot(`"(top): Unrecognized key: "hightlights""`);
  });
});
