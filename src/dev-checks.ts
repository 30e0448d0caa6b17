/**
 * In `astro dev`: re-run the content check whenever a file under the content root changes, and
 * show the problems where the lead is looking: the terminal (one `file:line: field:` line each)
 * and the browser, through Vite's error overlay. The collections themselves reload through
 * their loaders' own watchers, so a fixed file shows up in the page without a restart.
 */
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { checkContent } from './lib/check.ts';
import { rootLabel } from './lib/content-root.ts';
import { formatProblem, type Problem } from './lib/problems.ts';

const DEBOUNCE_MS = 150;

export function watchContent(server: ViteDevServer, logger: AstroIntegrationLogger, root: string): void {
  const label = rootLabel(root);
  let timer: NodeJS.Timeout | undefined;
  let lastProblems: Problem[] = [];

  const recheck = () => {
    const { problems } = checkContent(root);
    if (problems.length === 0) {
      if (lastProblems.length > 0) logger.info(`${label}/ is valid again`);
      lastProblems = [];
      return;
    }
    lastProblems = problems;
    const lines = problems.map((problem) => formatProblem(problem, label));
    for (const line of lines) logger.error(line);
    const first = problems[0]!;
    server.ws.send({
      type: 'error',
      err: {
        message: `${problems.length === 1 ? '1 content problem' : `${problems.length} content problems`}:\n${lines.join('\n')}`,
        stack: '',
        plugin: 'rolebook',
        id: path.join(root, first.file),
        loc: first.line ? { file: path.join(root, first.file), line: first.line, column: first.column ?? 1 } : undefined,
      },
    });
  };

  server.watcher.add(root);
  server.watcher.on('all', (_event, changed) => {
    if (path.relative(root, changed).startsWith('..')) return;
    clearTimeout(timer);
    timer = setTimeout(recheck, DEBOUNCE_MS);
  });
  // A page loaded while problems exist gets the overlay too, not only pages open at the time of the edit.
  server.ws.on('connection', () => {
    if (lastProblems.length > 0) setTimeout(recheck, DEBOUNCE_MS);
  });
}
