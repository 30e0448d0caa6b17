/**
 * Reads a whole content root from disk by walking the registry of content kinds: every file
 * parsed and validated against its kind's schema, every problem collected (none thrown), so
 * `check` can report them all at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { VERSION_PATTERN } from '../schemas/common.ts';
import { extensionOf, fieldOf, fileId, FORMAT_NOUN, isIgnored, kindsIn, periodOf, type ContentKind, type KindOf, type Scope } from './content-kinds.ts';
import { inspectEntry, isHiddenName, type ContentEntry } from './content-files.ts';
import { DRAFT_VERSION } from './content-root.ts';
import type { ClientSource, ContentTree, PlaybookSource } from './content-tree.ts';
import { pushAll, type Problem } from './problems.ts';
import { readEntry } from './read-entry.ts';
import { isSlug } from './slug.ts';

export function readContent(root: string): { tree: ContentTree; problems: Problem[] } {
  const problems: Problem[] = [];
  const reader = new Reader(root, problems);
  if (!isDirectory(root)) {
    problems.push({ file: '.', message: `content root ${root} does not exist`, expected: 'a folder with playbook/ (set ROLEBOOK_CONTENT to point elsewhere)' });
    return { tree: { root, playbooks: [], clients: [] }, problems };
  }
  const tree: ContentTree = { root, playbooks: reader.playbooks(), clients: reader.clients() };
  return { tree, problems };
}

/**
 * A root already checked, read for one pass over its clients: each client only as it is asked
 * for, with nothing of the previous one kept (each has its own reader), so a caller that handles
 * one client at a time holds one in memory; the playbooks when they are first asked for. Problems are not
 * collected; run `readContent` (or `check`) for those.
 */
export function readClientByClient(root: string): { readonly playbooks: PlaybookSource[]; clients: Iterable<ClientSource> } {
  const ids = new Reader(root, []).clientIds();
  let playbooks: PlaybookSource[] | undefined;
  function* clients(): Generator<ClientSource> {
    for (const id of ids) yield new Reader(root, []).client(id);
  }
  return {
    // Read on first use: a root whose clients need none (or that has none) reads no playbook.
    get playbooks() {
      return (playbooks ??= new Reader(root, []).playbooks());
    },
    clients: { [Symbol.iterator]: clients },
  };
}

/** What one kind read from one folder: its valid entries, and the ids of every file named right. */
interface KindRead {
  items: unknown[];
  ids: string[];
}

class Reader {
  private readonly root: string;
  private readonly problems: Problem[];
  private readonly entries = new Map<string, ContentEntry>();

  constructor(root: string, problems: Problem[]) {
    this.root = root;
    this.problems = problems;
  }

  playbooks(): PlaybookSource[] {
    const found: PlaybookSource[] = [];
    const draft = this.entry('playbook');
    if (draft.kind === 'directory') found.push(this.playbook(DRAFT_VERSION, 'playbook'));
    else if (draft.kind === 'refused') this.problems.push(draft.problem);
    else this.problems.push({ file: 'playbook/', message: 'is missing', expected: 'the draft playbook folder with roles/, kpis/ and metrics.yaml' });
    for (const name of this.list('versions')) {
      const dir = `versions/${name}`;
      if (!this.isFolder(dir)) continue;
      if (!VERSION_PATTERN.test(name)) {
        this.problems.push({ file: `${dir}/`, message: `"${name}" is not a version name`, expected: 'major.minor, such as 2.0 (made by rolebook release)' });
        continue;
      }
      found.push(this.playbook(name, dir));
    }
    return found;
  }

  private playbook(version: string, dir: string): PlaybookSource {
    // The fields are the registry's playbook kinds (content-tree.ts derives the type from it).
    return { version, dir, ...this.kinds('playbook', dir) } as PlaybookSource;
  }

  clients(): ClientSource[] {
    return this.clientIds().map((id) => this.client(id));
  }

  clientIds(): string[] {
    return this.list('clients').filter((name) => this.isFolder(`clients/${name}`));
  }

  client(id: string): ClientSource {
    const dir = `clients/${id}`;
    if (!isSlug(id)) this.problems.push({ file: `${dir}/`, message: `"${id}" is not a client id`, expected: 'a lowercase folder name such as "acme-outdoor"' });
    return { id, dir, ...this.kinds('client', dir) } as ClientSource;
  }

  /** Every kind of `scope` read from `dir`, as tree fields: one per kind, and its ids when it keeps them. */
  private kinds(scope: Scope, dir: string): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    const kinds: readonly ContentKind[] = kindsIn(scope);
    for (const kind of kinds) {
      const { items, ids } = this.kind(kind, dir);
      fields[fieldOf(kind)] = kind.layout === 'file' ? items[0] : items;
      if (kind.idsField) fields[kind.idsField] = new Set(ids);
    }
    return fields;
  }

  private kind(kind: ContentKind, dir: string): KindRead {
    switch (kind.layout) {
      case 'file':
        return this.file(kind, dir);
      case 'folder':
        return this.folder(kind, dir);
      case 'periods':
        return this.periods(kind, dir);
    }
  }

  /** The first of the kind's file names that exists in `dir`; a required one is reported when none does. */
  private file(kind: KindOf<'file'>, dir: string): KindRead {
    const candidates = kind.files.map((name) => `${dir}/${name}`);
    const file = candidates.find((candidate) => this.entry(candidate).kind !== 'missing');
    if (!file) {
      if (kind.required) this.problems.push({ file: candidates[0]!, message: 'is missing', expected: kind.expected });
      return { items: [], ids: [] };
    }
    const id = fileId(path.posix.basename(file));
    return { items: this.read(kind, file, id), ids: [id] };
  }

  /** `<dir>/<folder>/<id><extension>`: a file of another type, or whose name is not an id, is reported. */
  private folder(kind: KindOf<'folder'>, dir: string): KindRead {
    const found: KindRead = { items: [], ids: [] };
    for (const name of this.list(`${dir}/${kind.folder}`)) {
      const file = `${dir}/${kind.folder}/${name}`;
      const extension = extensionOf(kind, name);
      if (!extension) {
        this.problems.push({ file, message: `is not ${FORMAT_NOUN[kind.format]}`, expected: `<id>${kind.extensions[0]}` });
        continue;
      }
      const id = name.slice(0, -extension.length);
      if (!isSlug(id)) {
        this.problems.push({
          file,
          message: `file name "${id}" is not an id`,
          expected: `a lowercase file name such as community-manager${kind.extensions[0]}`,
        });
        continue;
      }
      found.ids.push(id);
      found.items.push(...this.read(kind, file, id));
    }
    return found;
  }

  /** `<dir>/<folder>/<YYYY-MM><extension>`: any other name is reported. */
  private periods(kind: KindOf<'periods'>, dir: string): KindRead {
    const found: KindRead = { items: [], ids: [] };
    for (const name of this.list(`${dir}/${kind.folder}`)) {
      if (isIgnored(kind, name)) continue;
      const file = `${dir}/${kind.folder}/${name}`;
      const period = periodOf(kind, name);
      if (!period) {
        const [extension] = kind.extensions;
        this.problems.push({ file, message: `file name "${name}" is not a period`, expected: `YYYY-MM${extension}, such as 2026-03${extension}` });
        continue;
      }
      found.ids.push(period);
      found.items.push(...this.read(kind, file, period));
    }
    return found;
  }

  /** The file's entry (none when it cannot be used), its problems recorded. */
  private read(kind: ContentKind, file: string, id: string): unknown[] {
    const { item, problems } = readEntry(kind, { root: this.root, file, id });
    pushAll(this.problems, problems);
    return item === undefined ? [] : [item];
  }

  /** What a path is (lstat/realpath only, never opened), asked once per path. */
  private entry(relative: string): ContentEntry {
    let entry = this.entries.get(relative);
    if (!entry) {
      entry = inspectEntry(this.root, relative);
      this.entries.set(relative, entry);
    }
    return entry;
  }

  /**
   * Sorted names in a folder, hidden ones left out (as Astro's glob loader leaves them out); none
   * when the folder does not exist or must not be followed (then reported).
   */
  private list(relative: string): string[] {
    const dir = this.entry(relative);
    if (dir.kind === 'refused') this.problems.push(dir.problem);
    if (dir.kind !== 'directory') return [];
    let names: string[];
    try {
      names = fs.readdirSync(path.join(this.root, relative));
    } catch (error) {
      this.problems.push({ file: `${relative}/`, message: `could not be listed: ${(error as Error).message}`, expected: 'a readable folder' });
      return [];
    }
    return names.filter((name) => !isHiddenName(name)).sort();
  }

  /** Whether a listed name is a folder to go into; one that must not be followed is reported. */
  private isFolder(relative: string): boolean {
    const entry = this.entry(relative);
    if (entry.kind === 'refused') this.problems.push(entry.problem);
    return entry.kind === 'directory';
  }
}

function isDirectory(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
