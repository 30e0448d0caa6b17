/** Glossary anchors, and finding glossary terms in a text so pages can link them. */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { slugify } from '../slug.ts';

export function termAnchor(term: string): string {
  return `term-${slugify(term)}`;
}

export interface TermMatch {
  start: number;
  end: number;
  term: GlossaryTerm;
}

/**
 * The first occurrence of each term (any of its spellings) in `text`, whole words only,
 * case-insensitive; where matches start at the same place the longer wins ("Engagement rate"
 * over "Engagement"), and matches never overlap. Acronyms (CTR, UGC) match only in capitals,
 * and one-letter spellings never, so the alias "A" of Accountable does not link every article.
 * Terms in `alreadyLinked` are skipped, and the terms found are added to it.
 */
export function findTerms(text: string, terms: readonly GlossaryTerm[], alreadyLinked: Set<string> = new Set()): TermMatch[] {
  const candidates: TermMatch[] = [];
  for (const term of terms) {
    for (const spelling of [term.term, ...term.aliases]) {
      if (spelling.trim().length < 2) continue;
      for (const found of text.matchAll(spellingPattern(spelling))) {
        candidates.push({ start: found.index, end: found.index + found[0].length, term });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  // Mentions of terms linked earlier still claim their words, so "engagement" inside a second
  // "engagement rate" is not linked as the shorter term.
  const claimed: TermMatch[] = [];
  const matches: TermMatch[] = [];
  for (const candidate of candidates) {
    if (claimed.some((m) => candidate.start < m.end && candidate.end > m.start)) continue;
    claimed.push(candidate);
    if (alreadyLinked.has(candidate.term.term)) continue;
    matches.push(candidate);
    alreadyLinked.add(candidate.term.term);
  }
  return matches;
}

function spellingPattern(spelling: string): RegExp {
  const acronym = spelling === spelling.toUpperCase() && /\p{Lu}/u.test(spelling);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
