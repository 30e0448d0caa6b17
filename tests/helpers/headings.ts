import type { CheerioAPI } from 'cheerio';

export interface Heading {
  level: number;
  text: string;
}

/** Every h1–h6 of a page in document order, its text folded as a reader sees it. */
export function headingsOf($: CheerioAPI): Heading[] {
  return $('h1, h2, h3, h4, h5, h6')
    .map((_, h) => ({ level: Number(h.tagName[1]), text: $(h).text().replace(/\s+/g, ' ').trim() }))
    .get();
}

/**
 * Headings a reader would see twice: the page title (h1) repeated by any other heading, or two
 * headings of the same level with the same text in one section (under the same parent headings).
 * Two "Community Manager" h3s under different h2s are fine; two "Roles" h2s are not.
 */
export function repeatedHeadings(headings: readonly Heading[]): string[] {
  const fold = (text: string) => text.toLowerCase();
  const titles = new Set(headings.filter((h) => h.level === 1).map((h) => fold(h.text)));
  const problems: string[] = [];
  const seenTitles = new Set<string>();
  const seen = new Set<string>();
  const parents: Heading[] = [];
  for (const heading of headings) {
    const text = fold(heading.text);
    if (titles.has(text)) {
      if (seenTitles.has(text)) problems.push(`the title "${heading.text}" appears twice (h${heading.level})`);
      seenTitles.add(text);
    }
    while (parents.length > 0 && parents.at(-1)!.level >= heading.level) parents.pop();
    const key = [...parents.map((p) => `${p.level}:${fold(p.text)}`), `${heading.level}:${text}`].join(' > ');
    const where = parents.length > 0 ? ` under "${parents.at(-1)!.text}"` : '';
    if (seen.has(key) && !titles.has(text)) problems.push(`two h${heading.level} "${heading.text}"${where}`);
    seen.add(key);
    parents.push(heading);
  }
  return problems;
}
