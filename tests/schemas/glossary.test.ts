import { describe, expect, it } from 'vitest';
import { glossarySchema, glossaryTermSchema } from '../../src/schemas/glossary.ts';

const term = { term: 'Click-through rate', definition: 'Clicks divided by impressions.' };
const rejects = (input: unknown) => expect(glossarySchema.safeParse(input).success).toBe(false);

describe('glossarySchema', () => {
  it('accepts terms and defaults aliases to []', () => {
    expect(glossarySchema.safeParse([term])).toEqual({ success: true, data: [{ ...term, aliases: [] }] });
  });

  it('keeps aliases', () => {
    expect(glossaryTermSchema.parse({ ...term, aliases: ['CTR'] })).toEqual({ ...term, aliases: ['CTR'] });
  });

  it('accepts an empty glossary', () => {
    expect(glossarySchema.safeParse([]).success).toBe(true);
  });

  it('requires term and definition', () => {
    rejects([{ term: 'CTR' }]);
    rejects([{ definition: 'd' }]);
  });

  it('rejects empty text', () => {
    rejects([{ ...term, definition: '  ' }]);
    rejects([{ ...term, aliases: [''] }]);
  });

  it('rejects unknown keys such as a misspelt alias', () => {
    rejects([{ ...term, alias: ['CTR'] }]);
  });

  it('rejects a mapping instead of a list', () => {
    rejects({ CTR: 'Click-through rate' });
  });
});
