/**
 * The CSV snapshot loader: `clients/<id>/snapshots/<YYYY-MM>.csv` → one entry per client and
 * period (`<client>/<period>`). Modelled on Astro's glob loader: a digest per file skips
 * unchanged files, and in dev the watcher reloads only the file that changed. Parsing and
 * row validation are the pure `parseSnapshotCsv`, shared with `rolebook check`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { PERIOD_PATTERN } from '../schemas/common.ts';
import { snapshotSchema } from '../schemas/snapshot.ts';
import { inspectEntry, isHiddenName, isHiddenPath, readContentFile } from '../lib/content-files.ts';
import { ContentError } from '../lib/problems.ts';
import { parseSnapshotCsv } from '../lib/snapshot-csv.ts';

export interface SnapshotLoaderOptions {
  /** Absolute content root. */
  root: string;
}

const SNAPSHOT_FILE = /^clients\/([^/]+)\/snapshots\/([^/]+)\.csv$/;

export function snapshotLoader({ root }: SnapshotLoaderOptions): Loader {
  if (!path.isAbsolute(root)) throw new Error(`snapshotLoader: root must be an absolute path, got "${root}"`);
  return {
    name: 'rolebook-snapshots',
    schema: snapshotSchema,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const loadFile = async (relative: string) => {
        const match = SNAPSHOT_FILE.exec(relative);
        if (!match || !PERIOD_PATTERN.test(match[2]!)) return; // check reports misnamed files
        const [, client, period] = match as unknown as [string, string, string];
        const id = `${client}/${period}`;
        const read = readContentFile(root, relative);
        if (!read.ok) throw new ContentError([read.problem]);
        const text = read.text;
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return;
        const { snapshot, problems } = parseSnapshotCsv(text, relative, period);
        if (!snapshot || problems.length) throw new ContentError(problems);
        const data = await parseData({ id, data: { client, ...snapshot } });
        store.set({ id, data, digest, filePath: relative });
      };

      const files = listSnapshotFiles(root);
      const ids = new Set(files.map((file) => idOf(file)));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const file of files) await loadFile(file);

      watcher?.add(root);
      watcher?.on('all', async (event, changed) => {
        const relative = path.relative(root, changed).split(path.sep).join('/');
        if (!SNAPSHOT_FILE.test(relative) || isHiddenPath(relative)) return;
        try {
          if (event === 'unlink') store.delete(idOf(relative));
          else await loadFile(relative);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}

function idOf(relative: string): string {
  const [, client, period] = SNAPSHOT_FILE.exec(relative)!;
  return `${client}/${period}`;
}

/** The snapshot files `rolebook check` reads: hidden names and links out of the root left out. */
function listSnapshotFiles(root: string): string[] {
  const names = (relative: string) =>
    inspectEntry(root, relative).kind === 'directory' ? fs.readdirSync(path.join(root, relative)).filter((name) => !isHiddenName(name)) : [];
  return names('clients')
    .flatMap((client) => names(`clients/${client}/snapshots`).map((name) => `clients/${client}/snapshots/${name}`))
    .filter((file) => SNAPSHOT_FILE.test(file))
    .sort();
}
