// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import rolebook from './src/integration.ts';
import { resolveContentRoot } from './src/lib/content-root.ts';
import rehypeGlossaryLinks from './src/lib/markdown/rehype-glossary-links.ts';
import rehypeSafeLinks from './src/lib/markdown/safe-links.ts';

export default defineConfig({
  // Set ROLEBOOK_SITE to the public URL (https://playbook.example.com) for canonical links.
  site: process.env.ROLEBOOK_SITE || undefined,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops a line break between a word and an inline element, so
  // `the\n<a>matrix</a>` would read "thematrix". `true` collapses whitespace without losing it.
  compressHTML: true,
  // Astro's own logger, except that report paths (private links) never reach a log.
  logger: { entrypoint: new URL('./src/build-logger.ts', import.meta.url) },
  // Separate caches let several builds run side by side (the test suite, a benchmark).
  cacheDir: process.env.ROLEBOOK_CACHE_DIR || undefined,
  markdown: {
    // remark-gfm does the GitHub-flavoured Markdown (tables, task lists) for .md and .mdx alike.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      // Role, KPI and onboarding pages link their first mention of each glossary term.
      // Playbook pages link only to http(s), mailto and relative URLs (check names the others).
      rehypePlugins: [[rehypeGlossaryLinks, { root: resolveContentRoot() }], rehypeSafeLinks],
    }),
  },
  integrations: [rolebook(), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with this directive and rolldown warns about each one
        // (withastro/astro#18087, harmless). Hide that warning only, so real ones stand out.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
