// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import rolebook from './src/integration.ts';
import { resolveContentRoot } from './src/lib/content-root.ts';
import rehypeGlossaryLinks from './src/lib/markdown/rehype-glossary-links.ts';
import rehypeSafeLinks from './src/lib/markdown/safe-links.ts';
import { inSitemap, siteConfig } from './src/lib/site-url.ts';

// ROLEBOOK_SITE is the public URL (https://playbook.example.com, or https://org.github.io/repo/
// on GitHub Pages): it sets `site` (absolute canonical links, the sitemap) and `base` (the path
// every URL is built below). Unset: a domain root, relative canonical links, no sitemap.
const { site, base } = (() => {
  try {
    return siteConfig(process.env);
  } catch (error) {
    // One clear line instead of a stack trace through Astro's config loader.
    console.error(`rolebook: ${/** @type {Error} */ (error).message}`);
    process.exit(1);
  }
})();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Up to eight pages in flight: one page renders while others wait for their files to be written.
  // With one at a time, the build's main thread sat idle for 8.5 of 30 s (`npm run bench -- --profile`).
  build: { concurrency: 8 },
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
      rehypePlugins: [[rehypeGlossaryLinks, { root: resolveContentRoot(), base }], rehypeSafeLinks],
    }),
  },
  // The sitemap needs the absolute URL, so it is only written when ROLEBOOK_SITE is set. It lists
  // the home page and versioned playbook pages only: never a client report, never an alias.
  integrations: [rolebook(), mdx(), ...(site ? [sitemap({ filter: (page) => inSitemap(page, base) })] : [])],
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
