/**
 * One loader shape for the per-period files of every client: `clients/<id>/<folder>/<YYYY-MM>.<ext>`
 * → one entry per client and period (`<client>/<period>`). Modelled on Astro's glob loader: a
 * digest per file skips unchanged files, and in dev the watcher reloads only the file that
 * changed. Files are read as `rolebook check` reads them (readContentFile: no links out of the
 * root, no pipes, size caps, UTF-8), and hidden names are skipped, as check skips them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { inspectEntry, isHiddenName, isHiddenPath, readContentFile } from '../lib/content-files.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { PERIOD_PATTERN } from '../schemas/common.ts';

export interface ClientFilesOptions {
  name: string;
  /** Absolute content root. */
  root: string;
  /** The folder inside each client folder: `snapshots`, `reports`. */
  folder: string;
  /** File extensions, with their dot. */
  extensions: readonly string[];
  schema: z.ZodType;
  /** The entry's data (and Markdown body, if any) from the file's text, or the problems that stop it. */
  parse(text: string, file: string, client: string, period: string): { data?: Record<string, unknown>; body?: string; problems: Problem[] };
}

export function clientFilesLoader(options: ClientFilesOptions): Loader {
  const { name, root, folder, extensions, schema, parse } = options;
  if (!path.isAbsolute(root)) throw new Error(`${name}: root must be an absolute path, got "${root}"`);
  const escaped = extensions.map((ext) => ext.replace('.', '\\.')).join('|');
  const FILE = new RegExp(`^clients/([^/.][^/]*)/${folder}/(\\d{4}-\\d{2})(?:${escaped})$`);
  /** `clients/acme/<folder>/2026-03.csv` → `[client, period]`; undefined for a misnamed file (check reports it). */
  const partsOf = (relative: string): [string, string] | undefined => {
    const match = FILE.exec(relative);
    return match && PERIOD_PATTERN.test(match[2]!) ? [match[1]!, match[2]!] : undefined;
  };
  const list = (): string[] => {
    const names = (relative: string) =>
      inspectEntry(root, relative).kind === 'directory' ? fs.readdirSync(path.join(root, relative)).filter((entry) => !isHiddenName(entry)) : [];
    return names('clients')
      .flatMap((client) => names(`clients/${client}/${folder}`).map((file) => `clients/${client}/${folder}/${file}`))
      .filter((file) => partsOf(file) !== undefined)
      .sort();
  };
  return {
    name,
    schema,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const loadFile = async (relative: string) => {
        const parts = partsOf(relative);
        if (!parts) return;
        const [client, period] = parts;
        const id = `${client}/${period}`;
        const read = readContentFile(root, relative);
        if (!read.ok) throw new ContentError([read.problem]);
        const digest = generateDigest(read.text);
        if (store.get(id)?.digest === digest) return;
        const parsed = parse(read.text, relative, client, period);
        if (!parsed.data || parsed.problems.length) throw new ContentError(parsed.problems);
        const data = await parseData({ id, data: parsed.data, filePath: relative });
        store.set({ id, data, digest, filePath: relative, ...(parsed.body !== undefined ? { body: parsed.body } : {}) });
      };

      const files = list();
      const ids = new Set(files.map((file) => partsOf(file)!.join('/')));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const file of files) await loadFile(file);

      watcher?.add(root);
      watcher?.on('all', async (event, changed) => {
        const relative = path.relative(root, changed).split(path.sep).join('/');
        const parts = partsOf(relative);
        if (!parts || isHiddenPath(relative)) return;
        try {
          if (event === 'unlink') store.delete(parts.join('/'));
          else await loadFile(relative);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
