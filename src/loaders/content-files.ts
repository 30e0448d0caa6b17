/**
 * One loader shape for every collection of plain files (YAML, CSV, commentary), modelled on
 * Astro's own `glob` and `file` loaders: the files are listed, each is read and its digest
 * compared with the stored entry's, so an unchanged file is neither parsed nor validated again;
 * entries whose file is gone are deleted; and in dev the watcher reloads only the file that
 * changed. What differs between collections is only which files, which id, and how a file's text
 * becomes an entry. Files are read as `rolebook check` reads them (readContentFile: no links out
 * of the root, no pipes, size caps, UTF-8).
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { isHiddenPath, readContentFile } from '../lib/content-files.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { SETTLE_MS } from './settle.ts';

export interface ContentFilesOptions {
  name: string;
  /** Absolute content root. */
  root: string;
  /** The collection's files, relative to the root (hidden ones left out, as check leaves them out). */
  list(): string[];
  /** The entry id of a file, or undefined for a path that is not one of the collection's (the watcher asks about every change). */
  idOf(relative: string): string | undefined;
  /** The entry's data (and Markdown body, if any) from the file's text, or the problems that stop it. */
  parse(text: string, relative: string, id: string): { data?: Record<string, unknown>; body?: string; problems: Problem[] };
}

/**
 * A changed file is read once it has been quiet for SETTLE_MS (a save can come in two steps, and
 * the watcher may report only the first: settle.ts), and one that then fails to parse is read once
 * more RETRY_MS later before its problems are logged.
 */
const RETRY_MS = 300;

export function contentFilesLoader({ name, root, list, idOf, parse }: ContentFilesOptions): Loader {
  if (!path.isAbsolute(root)) throw new Error(`${name}: root must be an absolute path, got "${root}"`);
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const loadFile = async (relative: string, id: string) => {
        const read = readContentFile(root, relative);
        if (!read.ok) throw new ContentError([read.problem]);
        const digest = generateDigest(read.text);
        if (store.get(id)?.digest === digest) return;
        const parsed = parse(read.text, relative, id);
        if (!parsed.data || parsed.problems.length) throw new ContentError(parsed.problems);
        const data = await parseData({ id, data: parsed.data, filePath: relative });
        store.set({ id, data, digest, filePath: relative, ...(parsed.body !== undefined ? { body: parsed.body } : {}) });
      };

      const untouched = new Set(store.keys());
      for (const relative of list()) {
        const id = idOf(relative);
        if (id === undefined) continue;
        untouched.delete(id);
        await loadFile(relative, id);
      }
      for (const id of untouched) store.delete(id);

      const waiting = new Map<string, ReturnType<typeof setTimeout>>();
      const reload = (relative: string, id: string, { delay = SETTLE_MS, retry = true } = {}) => {
        clearTimeout(waiting.get(relative));
        waiting.set(
          relative,
          setTimeout(async () => {
            waiting.delete(relative);
            try {
              await loadFile(relative, id);
            } catch (error) {
              if (retry) reload(relative, id, { delay: RETRY_MS, retry: false });
              else logger.error((error as Error).message);
            }
          }, delay),
        );
      };

      watcher?.add(root);
      watcher?.on('all', (event, changed) => {
        const relative = path.relative(root, changed).split(path.sep).join('/');
        const id = relative.startsWith('..') || isHiddenPath(relative) ? undefined : idOf(relative);
        if (id === undefined) return;
        if (event === 'unlink') {
          clearTimeout(waiting.get(relative));
          store.delete(id);
        } else if (event === 'add' || event === 'change') reload(relative, id);
      });
    },
  };
}
