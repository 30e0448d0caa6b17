import { describe, expect, it } from 'vitest';
import { firstLetter, glossaryView } from '../../../../src/lib/playbook/glossary-view.ts';
import { term } from './model-fixture.ts';

/** Each letter with its terms, in page order. */
const groups = (terms: Parameters<typeof glossaryView>[0]) => glossaryView(terms).letters.map((group) => [group.letter, group.terms.map((t) => t.term)]);

describe('glossaryView', () => {
  it('has no letters and no terms for an empty glossary', () => {
    expect(glossaryView([])).toEqual({ termCount: 0, letters: [] });
  });

  it('puts a single term under its capital letter', () => {
    const view = glossaryView([term('reach')]);
    expect(view.termCount).toBe(1);
    expect(view.letters).toHaveLength(1);
    expect(view.letters[0]!.letter).toBe('R');
    expect(view.letters[0]!.anchor).toBe('letter-R');
  });

  it('sorts the terms alphabetically, whatever order the file has them in', () => {
    expect(groups([term('Reach'), term('Impressions'), term('Engagement rate'), term('Engagement')])).toEqual([
      ['E', ['Engagement', 'Engagement rate']],
      ['I', ['Impressions']],
      ['R', ['Reach']],
    ]);
  });

  it('groups lower-case and capitalised terms under the same letter', () => {
    expect(groups([term('Echo'), term('engagement')])).toEqual([['E', ['Echo', 'engagement']]]);
  });

  it('gives ä and É letters of their own, each placed where its first term sorts', () => {
    // Collation puts "Ärger" between "Apfel" and "Azure", so Ä follows A; the A group keeps both A terms.
    expect(groups([term('Zebra'), term('Azure'), term('Éclat'), term('ärger'), term('Echo'), term('Apfel')])).toEqual([
      ['A', ['Apfel', 'Azure']],
      ['Ä', ['ärger']],
      ['E', ['Echo']],
      ['É', ['Éclat']],
      ['Z', ['Zebra']],
    ]);
  });

  it('gives every term and alias the anchor role pages link to', () => {
    const [entry] = glossaryView([term('Click-through rate', ['CTR'], 'Clicks ÷ impressions.')]).letters[0]!.terms;
    expect(entry).toEqual({
      term: 'Click-through rate',
      anchor: 'term-click-through-rate',
      definition: 'Clicks ÷ impressions.',
      aliases: [{ alias: 'CTR', anchor: 'term-ctr' }],
    });
  });

  it('does not change the terms it is given', () => {
    const terms = [term('B'), term('A')];
    glossaryView(terms);
    expect(terms.map((t) => t.term)).toEqual(['B', 'A']);
  });
});

describe('firstLetter', () => {
  it('capitalises the first character', () => {
    expect(firstLetter('engagement')).toBe('E');
    expect(firstLetter('éclat')).toBe('É');
  });

  it('keeps a character outside the Basic Multilingual Plane whole', () => {
    expect(firstLetter('𝒜 score')).toBe('𝒜');
  });
});
