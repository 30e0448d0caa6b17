/** `rolebook check`: every problem in the content root, one per line; exit 1 if any. */
import { checkContent } from '../lib/check.ts';
import { resolveContentRoot, rootLabel } from '../lib/content-root.ts';
import { formatGithubAnnotation, formatProblem, PRINTED_PROBLEMS, problemLines } from '../lib/problems.ts';
import { summarizeTree } from '../lib/summary.ts';
import { parseCommandArgs, runCommand, UsageError } from './shell.ts';

const HELP = `Usage: rolebook check

Validates every file of the content root (playbook, released versions, clients, snapshots,
commentary) and every rule between them, without building HTML. Prints all problems as
  file:line: field: what is wrong (expected …)
and exits 1 when there is any, 0 when the content is clean. The first ${PRINTED_PROBLEMS} problems
are printed, then how many more there are. On GitHub Actions
(GITHUB_ACTIONS=true) each problem is also printed as an ::error annotation, which GitHub
shows on the line of the pull request it is about.
`;

export function runCheck(args: string[], env = process.env): number {
  return runCommand('check', HELP, args, () => {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    return check(env);
  });
}

function check(env: NodeJS.ProcessEnv): number {
  const root = resolveContentRoot(env);
  const label = rootLabel(root);
  const { tree, problems } = checkContent(root);
  if (problems.length > 0) {
    // One write: a line per write() is slow, and a list of 200 000 is useless; problemLines caps it.
    process.stderr.write(`${problemLines(problems, (problem) => formatProblem(problem, label)).join('\n')}\n`);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    process.stderr.write(`\n✗ ${count} in ${label}/\n`);
    // The runner reads workflow commands from stdout, as @actions/core writes them.
    if (env.GITHUB_ACTIONS === 'true') process.stdout.write(`${problemLines(problems, (problem) => formatGithubAnnotation(problem, label)).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`✓ ${label}/ is valid: ${summarizeTree(tree)}\n`);
  return 0;
}
