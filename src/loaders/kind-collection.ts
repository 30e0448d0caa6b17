/**
 * The content collection of one kind of the registry (src/lib/content-kinds.ts): its loader
 * and its schema. MDX pages go through Astro's glob loader, which compiles them for `render()`;
 * every other file (YAML, CSV, commentary) through `contentFilesLoader`, parsed and validated by
 * the same `parseEntry` as `rolebook check`. Every collection may be missing or empty (`optional`).
 *
 * Ids: `<owner>/<id>` for a folder's or a period's files (`2.0/community-manager`,
 * `acme/2026-03`); the owner alone (the version, the client id) for a single plain file, but
 * `<version>/<name>` for a single MDX page (`next/services`), as the glob loader names it.
 */
import { pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'zod';
import { extensionOf, fileId, periodOf, type ContentKind, type Kind } from '../lib/content-kinds.ts';
import { inspectEntry } from '../lib/content-files.ts';
import { parseEntry } from '../lib/read-entry.ts';
import { isSlug } from '../lib/slug.ts';
import { contentFilesLoader } from './content-files.ts';
import { clientEntryId, PLAYBOOK_GLOBS, versionedId } from './ids.ts';
import { optional } from './optional.ts';
import { settled } from './settle.ts';
import { namesIn, ownerDirs, ownerOf } from './owner-dirs.ts';

/** A playbook version's single YAML file is a list, and an entry's data must be an object: `{ version, items }`. */
const versionedItems = <S extends z.ZodType>(items: S) => z.object({ version: z.string(), items });

/**
 * What a kind's collection is configured with. A table (csv) kind's schema goes on its loader,
 * not on the collection, so its entries are typed `any` for the site as they always were:
 * src/data/reports.ts types them itself, as the Snapshot the kind's parser returns.
 */
export type KindCollection<K extends Kind> = K extends { format: 'csv' }
  ? { loader: Loader }
  : K extends { scope: 'playbook'; layout: 'file'; format: 'yaml'; schema: infer S extends z.ZodType }
    ? { loader: Loader; schema: ReturnType<typeof versionedItems<S>> }
    : { loader: Loader; schema: K['schema'] };

export function kindCollection<K extends Kind>(kind: K, root: string): KindCollection<K> {
  const wide: ContentKind = kind;
  if (wide.format === 'csv') return { loader: optional({ ...filesLoader(wide, root), schema: wide.schema }) } as KindCollection<K>;
  const loader = optional(wide.format === 'mdx' ? pageLoader(wide, root) : filesLoader(wide, root));
  return { loader, schema: isVersionedList(wide) ? versionedItems(wide.schema) : wide.schema } as KindCollection<K>;
}

function isVersionedList(kind: ContentKind): boolean {
  return kind.scope === 'playbook' && kind.layout === 'file' && kind.format === 'yaml';
}

/**
 * Astro's glob loader over the kind's files in every owner folder. Its matcher (tinyglobby,
 * `dot: false`) never matches a hidden file or folder (`.draft/`, `.wip.mdx`), and check and the
 * other loaders skip the same names (`isHiddenName`), so every tool sees the same files.
 */
function pageLoader(kind: ContentKind, root: string): Loader {
  const pattern = kind.layout === 'file' ? anyOf(kind.files) : `${kind.folder}/*${anyOf(kind.extensions)}`;
  const patterns = kind.scope === 'playbook' ? PLAYBOOK_GLOBS(pattern) : [`clients/*/${pattern}`];
  const generateId = kind.scope === 'playbook' ? versionedId : clientEntryId;
  // Settled: Astro's loader reads a changed page at once, and kept a half-saved one (settle.ts).
  return settled(glob({ pattern: patterns, base: pathToFileURL(`${root}/`), generateId: ({ entry }) => generateId(entry) }));
}

/** `{a,b}` for a glob, or the one name. */
function anyOf(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `{${names.join(',')}}`;
}

/**
 * The kind's plain files in every owner folder. A misnamed file (not a period, not an id) is no
 * entry: check reports it, and a build stops at check.
 */
function filesLoader(kind: ContentKind, root: string): Loader {
  /** The entry's id within its owner, or undefined for a file that is not one of the kind's. */
  const localId = (rest: string): string | undefined => {
    // Of a single file's names, check reads the first that exists; the plain kinds have one name each.
    if (kind.layout === 'file') return kind.files.includes(rest) ? fileId(rest) : undefined;
    const prefix = `${kind.folder}/`;
    const name = rest.startsWith(prefix) ? rest.slice(prefix.length) : undefined;
    if (name === undefined || name.includes('/')) return undefined;
    if (kind.layout === 'periods') return periodOf(kind, name);
    const extension = extensionOf(kind, name);
    const id = extension ? name.slice(0, -extension.length) : undefined;
    return id !== undefined && isSlug(id) ? id : undefined;
  };
  const where = (relative: string) => {
    const place = ownerOf(kind.scope, relative);
    const id = place && localId(place.rest);
    return place && id !== undefined ? { owner: place.owner, id } : undefined;
  };
  const filesOf = (dir: string): string[] => {
    if (kind.layout === 'file') {
      // The first name that exists, as check picks it.
      const file = kind.files.map((name) => `${dir}/${name}`).find((candidate) => inspectEntry(root, candidate).kind !== 'missing');
      return file ? [file] : [];
    }
    return namesIn(root, `${dir}/${kind.folder}`).map((name) => `${dir}/${kind.folder}/${name}`);
  };
  return contentFilesLoader({
    name: `rolebook-${kind.name}`,
    root,
    list: () => ownerDirs(root, kind.scope).flatMap(({ dir }) => filesOf(dir)),
    idOf: (relative) => {
      const at = where(relative);
      return at && (kind.layout === 'file' ? at.owner : `${at.owner}/${at.id}`);
    },
    parse: (text, relative) => {
      const at = where(relative)!;
      const read = parseEntry(kind, text, { root, file: relative, id: at.id });
      return { data: read.item === undefined ? undefined : entryData(kind, at.owner, read.raw), body: read.body, problems: read.problems };
    },
  });
}

/**
 * What a collection stores for a file: its data as parsed (Astro validates it against the
 * collection's schema), a playbook's single YAML list as `{ version, items }`, and a table with
 * its owner (`client`), which it does not name itself.
 */
function entryData(kind: ContentKind, owner: string, raw: unknown): Record<string, unknown> {
  if (isVersionedList(kind)) return { version: owner, items: raw };
  if (kind.format === 'csv') return { [kind.scope === 'client' ? 'client' : 'version']: owner, ...(raw as Record<string, unknown>) };
  return raw as Record<string, unknown>;
}
