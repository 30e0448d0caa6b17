/**
 * Builds the Pagefind search index after `astro build`, from the playbook pages only: pages carry
 * `data-pagefind-body` on versioned URLs, so reports, the home page and the latest-release alias
 * pages are never indexed.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: 'playbook/**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind could not index the playbook: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
