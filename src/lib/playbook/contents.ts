/**
 * "On this page": the contents list of a playbook page, from the headings of its rendered
 * content — the MDX body's and the ones the page's components write — so the list can never
 * name a section the page does not have.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

export interface PageHeading {
  /** 2 for an h2, 3 for an h3. */
  depth: 2 | 3;
  /** The heading's id: the entry links to `#id`. */
  id: string;
  text: string;
}

export interface ContentsEntry extends PageHeading {
  /** The h3 sections of an h2; always empty for an h3. */
  children: ContentsEntry[];
}

/** Fewer headings than this and the page is short enough to read without a contents list. */
export const MIN_CONTENTS_HEADINGS = 3;

const DEPTHS: Record<string, 2 | 3> = { h2: 2, h3: 3 };

/**
 * The h2 and h3 headings of a rendered HTML fragment that can be linked to (they have an id),
 * in document order, with their text as a reader sees it (white space folded).
 */
export function headingsIn(html: string): PageHeading[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const headings: PageHeading[] = [];
  visit(tree, 'element', (node: Element) => {
    const depth = DEPTHS[node.tagName];
    const id = node.properties.id;
    if (!depth || typeof id !== 'string' || id === '') return;
    headings.push({ depth, id, text: toText(node).replace(/\s+/g, ' ').trim() });
  });
  return headings;
}

/**
 * The contents list: h2 entries with their h3s nested, or undefined when the page has fewer
 * than `min` headings. An h3 before the first h2 stays at the top level.
 */
export function pageContents(headings: readonly PageHeading[], { min = MIN_CONTENTS_HEADINGS } = {}): ContentsEntry[] | undefined {
  if (headings.length < min) return undefined;
  const entries: ContentsEntry[] = [];
  for (const heading of headings) {
    const entry = { ...heading, children: [] };
    const parent = entries.at(-1);
    if (heading.depth === 3 && parent?.depth === 2) parent.children.push(entry);
    else entries.push(entry);
  }
  return entries;
}
