/**
 * The Rolebook Astro integration: validates the whole content root with the same pass as
 * `rolebook check` before Astro loads a single collection, so `astro build` fails with every
 * problem (file:line: field) instead of Astro's first schema error.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { searchForWorkspaceRoot } from 'vite';
import { checkContent } from './lib/check.ts';
import { resolveContentRoot, rootLabel } from './lib/content-root.ts';
import { formatProblem } from './lib/problems.ts';
import { buildSearchIndex } from './search-index.ts';
import { fileURLToPath } from 'node:url';

export default function rolebook(): AstroIntegration {
  return {
    name: 'rolebook',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        const root = resolveContentRoot();
        // The content root may live outside the project (an agency's own repository): let Vite read it.
        updateConfig({ vite: { server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), root] } } } });
        const label = rootLabel(root);
        const { problems } = checkContent(root);
        if (problems.length === 0) {
          logger.info(`${label}/ is valid`);
          return;
        }
        const lines = problems.map((problem) => formatProblem(problem, label));
        const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
        if (command === 'dev') {
          // The dev server keeps running so the lead can fix files while it watches them.
          for (const line of lines) logger.error(line);
          return;
        }
        const error = new AstroError(`${count}:\n${lines.join('\n')}`, 'Fix the files above, then build again. `npm run check` lists the same problems without building.');
        // The problems are the whole story; a stack trace into Rolebook would only hide them.
        error.stack = '';
        throw error;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${pages} playbook pages`);
      },
    },
  };
}
