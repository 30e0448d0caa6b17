import { describe, expect, it } from 'vitest';
import { glossarySchema, glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { rejection } from './rejection.ts';

const term = { term: 'Click-through rate', definition: 'Clicks divided by impressions.' };

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
    expect(rejection(glossarySchema, [{ term: 'CTR' }])).toMatchInlineSnapshot(`"0.definition: Invalid input: expected string, received undefined"`);
    expect(rejection(glossarySchema, [{ definition: 'd' }])).toMatchInlineSnapshot(`"0.term: Invalid input: expected string, received undefined"`);
  });

  it('rejects empty text', () => {
    expect(rejection(glossarySchema, [{ ...term, definition: '  ' }])).toMatchInlineSnapshot(`"0.definition: must not be empty"`);
    expect(rejection(glossarySchema, [{ ...term, aliases: [''] }])).toMatchInlineSnapshot(`"0.aliases.0: must not be empty"`);
  });

  it('rejects unknown keys such as a misspelt alias', () => {
    expect(rejection(glossarySchema, [{ ...term, alias: ['CTR'] }])).toMatchInlineSnapshot(`"0: Unrecognized key: "alias""`);
  });

  it('rejects a mapping instead of a list', () => {
    expect(rejection(glossarySchema, { CTR: 'Click-through rate' })).toMatchInlineSnapshot(`"(top): Invalid input: expected array, received object"`);
  });
});
