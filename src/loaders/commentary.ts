/**
 * The commentary loader: `clients/<id>/reports/<YYYY-MM>.{md,mdx}` → one entry per client and
 * period holding the frontmatter and the Markdown body as text. Unlike Astro's glob loader it
 * never hands a `.mdx` file to the MDX compiler: commentary is text, so nothing in it is
 * imported or evaluated at build time. Pages render the body with `renderCommentary`, which
 * cites the engine's numbers and sanitizes any HTML.
 */
import type { Loader } from 'astro/loaders';
import { parseMdx } from '../lib/source.ts';
import { reportSchema } from '../schemas/report.ts';
import { clientFilesLoader } from './client-files.ts';

export interface CommentaryLoaderOptions {
  /** Absolute content root. */
  root: string;
}

export function commentaryLoader({ root }: CommentaryLoaderOptions): Loader {
  return clientFilesLoader({
    name: 'rolebook-commentary',
    root,
    folder: 'reports',
    extensions: ['.md', '.mdx'],
    schema: reportSchema,
    parse(text, file) {
      const source = parseMdx(text, file);
      return { data: source.data as Record<string, unknown> | undefined, body: source.body, problems: source.problems };
    },
  });
}
