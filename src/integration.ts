/**
 * The Rolebook Astro integration.
 * - Before Astro loads a single collection, it validates the whole content root with the same
 *   pass as `rolebook check`, so `astro build` fails with every problem (file:line: field)
 *   instead of Astro's first schema error.
 * - It refuses to build a passphrase client's reports when the passphrase is not set, too short or
 *   padded with white space (src/lib/passphrase-rules.ts), and warns loudly when report links use
 *   the demo share secret.
 * - Passphrase clients' pages are sealed while they render (src/components/report/Sealed.astro);
 *   after the build it verifies that no page of theirs is readable (deleting the folder of one that
 *   is, and failing) and builds the search index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { searchForWorkspaceRoot } from 'vite';
import { checkContent } from './lib/check.ts';
import { keepParsedCommentary } from './lib/reports/commentary.ts';
import { resolveContentRoot, rootLabel } from './lib/content-root.ts';
import type { ClientSource, ContentTree } from './lib/content-tree.ts';
import { isPreviewBuild, previewProblem, throwawayPassphrases } from './lib/preview-build.ts';
import { formatProblem, problemLines } from './lib/problems.ts';
import { SHARE_SECRET_ENV, ShareSecretError, shareSecret } from './lib/share-token.ts';
import { watchContent } from './dev-checks.ts';
import { passphraseProblems } from './lib/passphrase-rules.ts';
import { verifySealedReports } from './seal-reports.ts';
import { hasDataCsv } from './lib/reports/data-csv.ts';
import { startReportData } from './report-data.ts';
import { buildSearchIndex } from './search-index.ts';

export default function rolebook(): AstroIntegration {
  // Only the passphrase clients are needed after the build. Keeping the whole checked tree (every
  // parsed snapshot with its source text) would hold it in memory through the entire build.
  let sealable: ClientSource[] = [];
  // Set once the content is valid; the build then writes the reports' data.csv from a worker.
  let reportDataRoot: string | undefined;
  let reportData: Promise<number> | undefined;
  let outputDir = '';
  return {
    name: 'rolebook',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig, injectRoute }) => {
        const root = resolveContentRoot();
        // The content root may live outside the project (an agency's own repository): let Vite read it.
        updateConfig({ vite: { server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), root] } } } });
        const label = rootLabel(root);
        // A build renders every commentary the check parses: the pages take the check's trees.
        keepParsedCommentary(command === 'build');
        const checked = checkContent(root);
        sealable = checked.tree.clients.filter((client) => client.client?.data.passphraseEnv);
        if (command === 'build') {
          const refused = previewProblem(process.env);
          if (refused) {
            process.stderr.write(`\n${refused}\n`);
            process.exit(1);
          }
          if (isPreviewBuild(process.env)) {
            const names = sealable.map((client) => client.client!.data.passphraseEnv!);
            const set = throwawayPassphrases(names, process.env);
            logger.info(`preview build: ${set.length} passphrase client(s) sealed with throwaway passphrases; not for publishing`);
          }
        }
        // The dev server renders a passphrase client in the clear while its variable is unset (local
        // only); a variable that is set must follow the rules everywhere.
        const checkedClients = command === 'build' ? sealable : sealable.filter((client) => process.env[client.client!.data.passphraseEnv!]);
        const passphrases = passphraseProblems(checkedClients, process.env);
        const problems = [...checked.problems, ...passphrases];
        const secretProblem = command === 'build' ? unusableSecret(checked.tree) : undefined;
        if (secretProblem) {
          // Like content problems: a clear line and a clean exit, before anything is written.
          process.stderr.write(`\n${secretProblem}\n`);
          process.exit(1);
        }
        warnAboutDemoSecret(logger, checked.tree);
        if (problems.length === 0) {
          logger.info(`${label}/ is valid`);
          // A build writes the reports' data.csv files beside its pages, from a worker
          // (report-data.ts); the dev server serves each from the content as it is now.
          if (command === 'build' && checked.tree.clients.some((client) => client.client && hasDataCsv(client.client.data))) reportDataRoot = root;
          if (command === 'dev') injectRoute({ pattern: '/r/[token]/[period]/data.csv', entrypoint: new URL('./routes/report-data.csv.ts', import.meta.url) });
          return;
        }
        const lines = problemLines(problems, (problem) => formatProblem(problem, label));
        const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
        if (command === 'dev') {
          // The dev server keeps running so the lead can fix files while it watches them.
          for (const line of lines) logger.error(line);
          return;
        }
        // Astro prefixes anything a hook throws with "An unhandled error occurred while running the
        // astro:config:setup hook" and a stack: noise around a list of content problems. Nothing has
        // been written yet at this point, so printing the list and exiting is a clean failure.
        process.stderr.write(
          `\n${count}:\n${lines.join('\n')}\n\nFix the files above, then build again. \`npm run check\` lists the same problems without building.\n`,
        );
        process.exit(1);
      },
      'astro:config:done': ({ config }) => {
        outputDir = fileURLToPath(config.outDir);
      },
      // Astro has emptied the output folder by now, and is about to bundle and render the pages.
      'astro:build:setup': () => {
        if (reportDataRoot && !reportData) reportData = startReportData(reportDataRoot, outputDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(server, logger, resolveContentRoot());
      },
      'astro:build:done': async ({ dir, logger }) => {
        keepParsedCommentary(false);
        const outDir = fileURLToPath(dir);
        if (reportData) {
          const count = await reportData.catch((error: Error) => {
            process.stderr.write(`\nthe reports' data.csv files could not be written: ${error.message}\n`);
            process.exit(1);
          });
          logger.info(`report data: ${count} data.csv file(s)`);
        }
        const checks = verifySealedReports(outDir, sealable);
        const failed = checks.filter((check) => check.problems.length > 0);
        if (failed.length > 0) {
          // One line per client, no stack: its folder is already deleted, so nothing readable remains.
          const lines = failed.map(
            (check) => `${check.client}: report pages not sealed (${check.problems.join('; ')}); deleted its report folder from the output`,
          );
          process.stderr.write(`\n${lines.join('\n')}\n`);
          process.exit(1);
        }
        if (checks.length)
          logger.info(
            `verified the sealed reports of ${checks.length} passphrase client(s): ${checks.map((c) => `${c.client} (${c.pages} pages)`).join(', ')}`,
          );
        const { pages } = await buildSearchIndex(outDir);
        logger.info(`search index: ${pages} playbook pages`);
      },
    },
  };
}

const usesDerivedTokens = (tree: ContentTree): boolean => tree.clients.some((client) => client.client && !client.client.data.token);

/** Why report links cannot be derived in this build (a short secret, the demo secret for publishing). */
function unusableSecret(tree: ContentTree): string | undefined {
  if (!usesDerivedTokens(tree)) return undefined;
  try {
    shareSecret();
    return undefined;
  } catch (error) {
    if (error instanceof ShareSecretError) return error.message;
    throw error;
  }
}

function warnAboutDemoSecret(logger: AstroIntegrationLogger, tree: ContentTree): void {
  if (!usesDerivedTokens(tree)) return;
  let isDemo: boolean;
  try {
    isDemo = shareSecret().isDemo;
  } catch {
    return; // dev: the build reports it; the dev server keeps serving
  }
  if (!isDemo) return;
  logger.warn(
    [
      '',
      '!!! ' + SHARE_SECRET_ENV + ' is not set: client report links are derived from the public demo secret.',
      '!!! Anyone who knows a client id can compute its report URL. Set ' + SHARE_SECRET_ENV + ' to a long random',
      '!!! value (openssl rand -hex 32) in the build environment before publishing reports.',
    ].join('\n'),
  );
}
