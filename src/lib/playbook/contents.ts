/**
 * "On this page": the contents list of a playbook page, from the headings of its rendered
 * content — the MDX body's and the ones the page's components write — so the list can never
 * name a section the page does not have.
 */
import { Parser } from 'htmlparser2';

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

/** Elements whose text a reader does not see. */
const UNSEEN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The h2 and h3 headings of a rendered HTML fragment that can be linked to (they have an id),
 * in document order, with their text as a reader sees it (white space folded). A streaming
 * tokenizer (htmlparser2), not a tree: a playbook page can hold a large matrix, and only its
 * headings are wanted (building a parse5 tree of every page was a sixth of the playbook's build).
 */
export function headingsIn(html: string): PageHeading[] {
  const headings: PageHeading[] = [];
  let open: { tag: string; depth: 2 | 3; id: string; text: string; nested: number; unseen: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (open) {
          if (name === open.tag) open.nested++;
          if (UNSEEN.has(name)) open.unseen++;
          return;
        }
        const depth = DEPTHS[name];
        const id = attributes.id;
        if (depth && id) open = { tag: name, depth, id, text: '', nested: 0, unseen: 0 };
      },
      ontext(text) {
        if (open && open.unseen === 0) open.text += text;
      },
      onclosetag(name) {
        if (!open) return;
        if (UNSEEN.has(name)) open.unseen = Math.max(0, open.unseen - 1);
        if (name !== open.tag) return;
        if (open.nested > 0) {
          open.nested--;
          return;
        }
        headings.push({ depth: open.depth, id: open.id, text: open.text.replace(/\s+/g, ' ').trim() });
        open = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
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
