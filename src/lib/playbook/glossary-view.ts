/**
 * The glossary page: every term in alphabetical order, grouped under its first letter, with the
 * anchors the letter bar, the headings and the links from role pages share.
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { termAnchor } from './glossary.ts';

export interface GlossaryEntry {
  term: string;
  /** The id of the term's `<dt>`: what `findTerms` links point at. */
  anchor: string;
  definition: string;
  /** Other spellings, each with its own anchor so a link by the alias lands on the term. */
  aliases: { alias: string; anchor: string }[];
}

export interface GlossaryLetter {
  /** The first letter of its terms, in capitals: "A", "Ä", "É". */
  letter: string;
  /** The id of the letter's heading, which the letter bar links to. */
  anchor: string;
  /** Its terms, in alphabetical order. */
  terms: GlossaryEntry[];
}

export interface GlossaryView {
  termCount: number;
  /** In the order of their first term, so an accented letter sits beside its plain one. */
  letters: GlossaryLetter[];
}

export function glossaryView(terms: readonly GlossaryTerm[]): GlossaryView {
  // localeCompare sorts "Ärger" among the A's; each first letter still gets its own group.
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term));
  const letters = new Map<string, GlossaryLetter>();
  for (const term of sorted) {
    const letter = firstLetter(term.term);
    let group = letters.get(letter);
    if (!group) letters.set(letter, (group = { letter, anchor: `letter-${letter}`, terms: [] }));
    group.terms.push({
      term: term.term,
      anchor: termAnchor(term.term),
      definition: term.definition,
      aliases: term.aliases.map((alias) => ({ alias, anchor: termAnchor(alias) })),
    });
  }
  return { termCount: sorted.length, letters: [...letters.values()] };
}

/**
 * The term's first character in capitals. A whole code point, so a term starting outside the
 * Basic Multilingual Plane ("𝒜") is not cut in half; "ä" and "É" stay letters of their own.
 */
export function firstLetter(term: string): string {
  return String.fromCodePoint(term.codePointAt(0)!).toUpperCase();
}
