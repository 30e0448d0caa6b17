/**
 * The commentary loader: `clients/<id>/reports/<YYYY-MM>.{md,mdx}` → one entry per client and
 * period (`<client>/<period>`) holding the frontmatter and the Markdown body as text. Unlike
 * Astro's glob loader it never hands a `.mdx` file to the MDX compiler: commentary is text, so
 * nothing in it is imported or evaluated at build time. Pages render the body with
 * `renderCommentary`, which cites the engine's numbers and sanitizes any HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/problems.ts';
import { parseMdx } from '../lib/source.ts';
import { PERIOD_PATTERN } from '../schemas/common.ts';
import { reportSchema } from '../schemas/report.ts';

export interface CommentaryLoaderOptions {
  /** Absolute content root. */
  root: string;
}

const COMMENTARY_FILE = /^clients\/([^/.][^/]*)\/reports\/([^/]+)\.mdx?$/;

export function commentaryLoader({ root }: CommentaryLoaderOptions): Loader {
  if (!path.isAbsolute(root)) throw new Error(`commentaryLoader: root must be an absolute path, got "${root}"`);
  return {
    name: 'rolebook-commentary',
    schema: reportSchema,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const loadFile = async (relative: string) => {
        const id = idOf(relative);
        if (!id) return; // check reports misnamed files
        const text = fs.readFileSync(path.join(root, relative), 'utf8');
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return;
        const source = parseMdx(text, relative);
        if (source.problems.length) throw new ContentError(source.problems);
        const data = await parseData({ id, data: source.data as Record<string, unknown>, filePath: relative });
        store.set({ id, data, body: source.body, digest, filePath: relative });
      };

      const files = listCommentaryFiles(root);
      const ids = new Set(files.map((file) => idOf(file)));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const file of files) await loadFile(file);

      watcher?.add(root);
      watcher?.on('all', async (event, changed) => {
        const relative = path.relative(root, changed).split(path.sep).join('/');
        if (!COMMENTARY_FILE.test(relative)) return;
        try {
          if (event === 'unlink') store.delete(idOf(relative)!);
          else await loadFile(relative);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}

/** `clients/acme/reports/2026-03.md` → `acme/2026-03`; undefined for a name that is not a period. */
function idOf(relative: string): string | undefined {
  const match = COMMENTARY_FILE.exec(relative);
  if (!match || !PERIOD_PATTERN.test(match[2]!)) return undefined;
  return `${match[1]}/${match[2]}`;
}

function listCommentaryFiles(root: string): string[] {
  const clientsDir = path.join(root, 'clients');
  if (!fs.existsSync(clientsDir)) return [];
  return fs
    .readdirSync(clientsDir)
    .flatMap((client) => {
      const dir = path.join(clientsDir, client, 'reports');
      return fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? fs.readdirSync(dir).map((name) => `clients/${client}/reports/${name}`) : [];
    })
    .filter((file) => COMMENTARY_FILE.test(file) && idOf(file) !== undefined)
    .sort();
}
