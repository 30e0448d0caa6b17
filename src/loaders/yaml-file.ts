/**
 * One entry per playbook version for the single-file YAML kinds (metrics, responsibilities,
 * glossary): `{ version, items }`. Parsed and validated by the same functions as `rolebook check`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { inspectEntry, isHiddenPath, readContentFile } from '../lib/content-files.ts';
import { ContentError } from '../lib/problems.ts';
import { validateSource } from '../lib/schema-problems.ts';
import { parseYaml } from '../lib/source.ts';
import { versionedId } from './ids.ts';
import { playbookDirs } from './playbook-dirs.ts';

export interface YamlFileLoaderOptions {
  /** Absolute content root. */
  root: string;
  /** File name inside each playbook folder, e.g. `metrics.yaml`. */
  file: string;
  /** Schema of the file's top-level list. */
  items: z.ZodType;
}

export function versionedYamlLoader({ root, file, items }: YamlFileLoaderOptions): Loader {
  if (!file.endsWith('.yaml')) throw new Error(`versionedYamlLoader: "${file}" is not a .yaml file`);
  return {
    name: 'rolebook-versioned-yaml',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const loadOne = async (relative: string) => {
        const read = readContentFile(root, relative);
        if (!read.ok) throw new ContentError([read.problem]);
        const text = read.text;
        const id = versionedId(relative).split('/')[0]!;
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return;
        const source = parseYaml(text, relative);
        if (source.problems.length) throw new ContentError(source.problems);
        const result = validateSource(items, source);
        if (!result.ok) throw new ContentError(result.problems);
        const data = await parseData({ id, data: { version: id, items: source.data as Record<string, unknown>[] } });
        store.set({ id, data, digest, filePath: relative });
      };
      const files = playbookDirs(root)
        .map((dir) => `${dir}/${file}`)
        .filter((f) => inspectEntry(root, f).kind !== 'missing');
      const ids = new Set(files.map((f) => versionedId(f).split('/')[0]!));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const relative of files) await loadOne(relative);

      watcher?.add(root);
      watcher?.on('all', async (_event, changed) => {
        const relative = path.relative(root, changed).split(path.sep).join('/');
        if (!relative.endsWith(`/${file}`) || relative.startsWith('..') || isHiddenPath(relative)) return;
        try {
          if (fs.existsSync(changed)) await loadOne(relative);
          else store.delete(versionedId(relative).split('/')[0]!);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
