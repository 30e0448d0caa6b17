import { describe, expect, it } from 'vitest';
import { findTerms, termAnchor } from '../../../../src/lib/playbook/glossary.ts';
import { term } from './model-fixture.ts';

const ENGAGEMENT = term('Engagement');
const ENGAGEMENT_RATE = term('Engagement rate');
const CTR = term('Click-through rate', ['CTR']);
const ACCOUNTABLE = term('Accountable', ['A']);
const SLA = term('Service level agreement', ['SLA']);

/** The matched text and the term it links to, in text order. */
function found(text: string, terms = [ENGAGEMENT, ENGAGEMENT_RATE, CTR, ACCOUNTABLE, SLA], linked?: Set<string>) {
  return findTerms(text, terms, linked).map((m) => [text.slice(m.start, m.end), m.term.term]);
}

describe('termAnchor', () => {
  it('prefixes the slug of the term', () => {
    expect(termAnchor('Click-through rate')).toBe('term-click-through-rate');
    expect(termAnchor('Q&A')).toBe('term-q-and-a');
  });
});

describe('findTerms', () => {
  it('prefers the longest term where two start at the same place', () => {
    expect(found('Engagement rate is up.')).toEqual([['Engagement rate', 'Engagement rate']]);
  });

  it('matches whole words only', () => {
    expect(found('Reengagement and engagements are not the term.')).toEqual([]);
  });

  it('treats punctuation and hyphens as word boundaries', () => {
    expect(found('(engagement), re-engagement')).toEqual([['engagement', 'Engagement']]);
  });

  it('matches words in any case', () => {
    expect(found('ENGAGEMENT RATE fell')).toEqual([['ENGAGEMENT RATE', 'Engagement rate']]);
    expect(found('the click-through Rate')).toEqual([['click-through Rate', 'Click-through rate']]);
  });

  it('matches an acronym only in capitals', () => {
    expect(found('Our CTR rose.')).toEqual([['CTR', 'Click-through rate']]);
    expect(found('Our ctr rose, and so did the Ctr.')).toEqual([]);
  });

  it('never matches a one-letter alias', () => {
    expect(found('A brand is a voice. Write A.')).toEqual([]);
  });

  it('still matches the full term of a one-letter alias', () => {
    expect(found('Who is accountable?')).toEqual([['accountable', 'Accountable']]);
  });

  it('returns only the first occurrence of a term', () => {
    const text = 'Engagement first, engagement again.';
    expect(findTerms(text, [ENGAGEMENT])).toEqual([{ start: 0, end: 10, term: ENGAGEMENT }]);
  });

  it('links a term once whichever spelling appears', () => {
    expect(found('The click-through rate (CTR) matters.', [CTR])).toEqual([['click-through rate', 'Click-through rate']]);
  });

  it('returns matches in text order', () => {
    expect(found('The SLA says engagement rate comes first.')).toEqual([
      ['SLA', 'Service level agreement'],
      ['engagement rate', 'Engagement rate'],
    ]);
  });

  it('never returns overlapping matches', () => {
    const matches = findTerms('Engagement rate, engagement rate', [ENGAGEMENT, ENGAGEMENT_RATE]);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ start: 0, end: 15, term: ENGAGEMENT_RATE });
  });

  it('skips terms already linked, and remembers new ones across calls', () => {
    const linked = new Set<string>(['Service level agreement']);
    expect(found('The SLA covers engagement.', undefined, linked)).toEqual([['engagement', 'Engagement']]);
    expect(linked).toEqual(new Set(['Service level agreement', 'Engagement']));
    expect(found('More engagement and a new SLA.', undefined, linked)).toEqual([]);
  });

  it('finds nothing without terms or in empty text', () => {
    expect(findTerms('Engagement', [])).toEqual([]);
    expect(findTerms('', [ENGAGEMENT])).toEqual([]);
  });

  it('treats regular-expression characters in a term literally', () => {
    const cpm = term('C.P.M.');
    expect(found('The C.P.M. fell; CxPxMx did not.', [cpm])).toEqual([['C.P.M.', 'C.P.M.']]);
    expect(found('CxPxMx only.', [cpm])).toEqual([]);
  });
});

describe('findTerms: first occurrence of each term', () => {
  const engagement = { term: 'Engagement', definition: 'd', aliases: [] };
  const engagementRate = { term: 'Engagement rate', definition: 'd', aliases: [] };
  const ctr = { term: 'Click-through rate', definition: 'd', aliases: ['CTR'] };

  it('links a shorter term at its stand-alone mention when its first mention is inside a longer term', () => {
    const text = 'Engagement rate measures engagement per impression.';
    expect(findTerms(text, [engagement, engagementRate]).map((m) => text.slice(m.start, m.end))).toEqual(['Engagement rate', 'engagement']);
  });

  it('links the earliest spelling of a term, alias or not', () => {
    const text = 'Our CTR is the click-through rate.';
    expect(findTerms(text, [ctr]).map((m) => text.slice(m.start, m.end))).toEqual(['CTR']);
  });
});
