/**
 * One file of a content kind, from its text to a validated entry: the one read that `rolebook
 * check`, the site's collection loaders and the glossary links all use. Never throws: a file
 * that cannot be used comes back with the problems that say why.
 */
import path from 'node:path';
import type { ContentKind } from './content-kinds.ts';
import { readContentFile } from './content-files.ts';
import type { ItemOf } from './content-tree.ts';
import { mdxBodyProblems } from './mdx-syntax.ts';
import type { Problem } from './problems.ts';
import { validateSource } from './schema-problems.ts';
import { parseMdx, parseYaml } from './source.ts';

export interface EntryAt {
  /** Absolute content root. */
  root: string;
  /** Path relative to the root. */
  file: string;
  /** The entry's id within its owner: role id, period, file name without extension. */
  id: string;
}

export interface ReadEntry<T> {
  /** The entry, when the file parsed and met the kind's schema. */
  item?: T;
  /** The data as parsed, before validation: what a collection loader hands Astro's own validation. */
  raw?: unknown;
  /** The body of a frontmatter file. */
  body?: string;
  /** Every problem; some (an MDX body's) do not stop the entry. */
  problems: Problem[];
}

/** The file at `at.file`, read as check reads every file (see readContentFile), then parsed. */
export function readEntry<K extends ContentKind>(kind: K, at: EntryAt): ReadEntry<ItemOf<K>> {
  const read = readContentFile(at.root, at.file, { expected: kind.expected });
  return read.ok ? parseEntry(kind, read.text, at) : { problems: [read.problem] };
}

/** A file's text as an entry of `kind`. */
export function parseEntry<K extends ContentKind>(kind: K, text: string, at: EntryAt): ReadEntry<ItemOf<K>> {
  return parseAny(kind, text, at) as ReadEntry<ItemOf<K>>;
}

function parseAny(kind: ContentKind, text: string, { root, file, id }: EntryAt): ReadEntry<unknown> {
  // A table's parser knows its own empty file (it names the header it wanted).
  if (kind.format === 'csv') {
    const { data, problems } = kind.parse(text, file, id);
    return { item: data && problems.length === 0 ? data : undefined, raw: data, problems };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { problems: [{ file, message: 'is empty', expected: kind.expected }] };
  if (kind.format === 'yaml') {
    const source = parseYaml(text, file);
    if (source.problems.length) return { problems: source.problems };
    const result = validateSource(kind.schema, source);
    if (!result.ok) return { problems: result.problems };
    return { item: { id, file, data: result.data, lineOf: source.lineOf }, raw: source.data, problems: [] };
  }
  const source = parseMdx(text, file);
  // MDX body problems are reported even when the frontmatter is broken: both need fixing.
  const problems = [...source.problems, ...(kind.format === 'mdx' ? mdxBodyProblems(source.body, file, path.join(root, file)) : [])];
  if (source.problems.length) return { problems };
  const result = validateSource(kind.schema, source);
  if (!result.ok) return { problems: [...problems, ...result.problems] };
  return { item: { id, file, data: result.data, lineOf: source.lineOf, body: source.body }, raw: source.data, body: source.body, problems };
}
