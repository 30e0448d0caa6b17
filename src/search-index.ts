/**
 * Builds the Pagefind search index after `astro build`, from the playbook pages only: pages carry
 * `data-pagefind-body` on versioned URLs, so reports, the home page and the latest-release alias
 * pages are never indexed.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: 'playbook/**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind could not index the playbook: ${added.errors.join('; ')}`);
    // Pagefind 1.5's writeFiles answered before its writes were done, and close() kills the
    // process writing them: on a busy machine a file of the index was left empty or cut short
    // (4 builds in 40 under load; Pagefind/pagefind#1271, flushed since 1.6). The index comes back
    // as bytes and is written here, each file whole before the build goes on, so that no ordering
    // inside Pagefind's process can tear it again.
    const output = await index.getFiles();
    if (output.errors.length) throw new Error(`Pagefind could not write its index: ${output.errors.join('; ')}`);
    await writeIndexFiles(path.join(outDir, 'pagefind'), output.files);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** Each file at its path below `folder` (a build's own, which Astro emptied). */
async function writeIndexFiles(folder: string, files: readonly { path: string; content: Uint8Array }[]): Promise<void> {
  for (const file of files) {
    const target = path.join(folder, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content);
  }
}
