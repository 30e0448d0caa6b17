import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schemas/report.ts';

const rejects = (input: unknown) => expect(reportSchema.safeParse(input).success).toBe(false);

describe('reportSchema', () => {
  it('accepts empty frontmatter and defaults highlights to []', () => {
    expect(reportSchema.safeParse({})).toEqual({ success: true, data: { highlights: [] } });
  });

  it('keeps a title and highlights', () => {
    const input = { title: 'A strong February', highlights: ['Reach up 12%', 'Two viral reels'] };
    expect(reportSchema.parse(input)).toEqual(input);
  });

  it('rejects highlights that are not a list of non-empty strings', () => {
    rejects({ highlights: 'Reach up' });
    rejects({ highlights: [''] });
    rejects({ highlights: [3] });
  });

  it('rejects an empty title', () => {
    rejects({ title: '' });
  });

  it('rejects unknown keys', () => {
    rejects({ hightlights: ['x'] });
  });
});
