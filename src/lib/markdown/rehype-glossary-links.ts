/**
 * A rehype plugin that links the first mention of each glossary term in a role or KPI page to
 * its entry in the glossary of the same playbook version. Pure: reads the version's
 * glossary.yaml itself (the MDX file's path says which version it belongs to), with the same
 * reader and schema as `rolebook check`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileId, KIND } from '../content-kinds.ts';
import { DRAFT_VERSION } from '../content-root.ts';
import { readEntry } from '../read-entry.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { findTerms, termAnchor } from '../playbook/glossary.ts';
import { playbookUrl } from '../playbook/routes.ts';
import { withBase } from '../site-url.ts';

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[] };

/** Text inside these elements is never linked. */
const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);
const LINKED_FOLDERS = new Set(['roles', 'kpis', 'onboarding']);

export interface GlossaryLinkOptions {
  /** Absolute content root. */
  root: string;
  /** The path the site is served below (Astro's `base`); `/` by default. */
  base?: string;
}

export default function rehypeGlossaryLinks({ root, base = '/' }: GlossaryLinkOptions) {
  return (tree: HastNode, file: { path?: string }) => {
    const place = file.path ? playbookPlace(root, file.path) : undefined;
    if (!place) return;
    const terms = glossaryOf(root, place.dir);
    if (terms.length === 0) return;
    linkTerms(tree, terms, withBase(base, playbookUrl(place.version, { kind: 'glossary' })), new Set());
  };
}

/** `…/versions/2.0/roles/x.mdx` → { version: '2.0', dir: 'versions/2.0' }; other files → undefined. */
export function playbookPlace(root: string, filePath: string): { version: string; dir: string } | undefined {
  const parts = path.relative(root, filePath).split(path.sep);
  if (parts[0] === 'playbook' && LINKED_FOLDERS.has(parts[1]!)) return { version: DRAFT_VERSION, dir: 'playbook' };
  if (parts[0] === 'versions' && parts[1] && LINKED_FOLDERS.has(parts[2]!)) return { version: parts[1], dir: `versions/${parts[1]}` };
  return undefined;
}

const cache = new Map<string, { mtime: number; terms: GlossaryTerm[] }>();

/** The terms of the version in `dir`, read again only when its glossary file changed. */
function glossaryOf(root: string, dir: string): GlossaryTerm[] {
  const [name] = KIND.glossary.files;
  const relative = `${dir}/${name}`;
  const file = path.join(root, relative);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return [];
  const cached = cache.get(file);
  if (cached && cached.mtime === stat.mtimeMs) return cached.terms;
  // A glossary with any problem links nothing: `check` reports it, and a build stops there.
  const terms = readEntry(KIND.glossary, { root, file: relative, id: fileId(name) }).item?.data ?? [];
  cache.set(file, { mtime: stat.mtimeMs, terms });
  return terms;
}

function linkTerms(node: HastNode, terms: GlossaryTerm[], glossaryUrl: string, linked: Set<string>): void {
  if (!('children' in node) || !node.children) return;
  if (node.type === 'element' && SKIP.has((node as HastElement).tagName)) return;
  node.children = node.children.flatMap((child) => {
    if (child.type !== 'text') {
      linkTerms(child, terms, glossaryUrl, linked);
      return [child];
    }
    const text = (child as HastText).value;
    const matches = findTerms(text, terms, linked);
    if (matches.length === 0) return [child];
    const pieces: HastNode[] = [];
    let at = 0;
    for (const match of matches) {
      if (match.start > at) pieces.push({ type: 'text', value: text.slice(at, match.start) });
      pieces.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `${glossaryUrl}#${termAnchor(match.term.term)}`, className: ['term'], title: match.term.definition },
        children: [{ type: 'text', value: text.slice(match.start, match.end) }],
      });
      at = match.end;
    }
    if (at < text.length) pieces.push({ type: 'text', value: text.slice(at) });
    return pieces;
  });
}
