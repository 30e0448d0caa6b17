/** `rolebook diff [<from> [<to>]]`: the structural changes between two playbooks, as Markdown. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DRAFT_VERSION, resolveContentRoot, rootLabel } from '../lib/content-root.ts';
import { extractPlaybook, gitLocation, resolveCommit, type GitLocation } from '../lib/git-content.ts';
import { diffPlaybooks } from '../lib/playbook/diff.ts';
import { diffToMarkdown } from '../lib/playbook/diff-markdown.ts';
import { loadPlaybooks, problemsIn, type LoadedPlaybooks } from '../lib/playbook/load.ts';
import type { PlaybookModel } from '../lib/playbook/model.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { latestRelease, releasedVersions } from '../lib/versions.ts';
import { parseCommandArgs, runCommand, UsageError } from './shell.ts';

const HELP = `Usage: rolebook diff [<from> [<to>]] [--output <file> [--force]]

Prints, as Markdown, what changed in the playbook from <from> to <to>: roles added, removed
or changed, RACI cells, KPI definitions, metrics, glossary terms, and which pages' text changed.

<from> and <to> are each, tried in this order:
  a released version   2.0            content/versions/2.0/
  next                 the draft      content/playbook/
  a git ref            main, HEAD~1   the draft as committed at that ref
Without arguments: the latest release to next. With one: <from> to next.

Options:
  --output <file>   write the Markdown to <file> instead of printing it; refuses to replace
                    an existing file
  --force           with --output, replace <file> if it exists
  -h, --help        show this help

Exits 0 whether or not anything changed, 1 when either side has content problems,
2 on a usage error (such as a name that is neither a version nor a git ref).
`;

interface DiffArgs {
  names: string[];
  output?: string;
  force: boolean;
}

/** One side of the comparison, loaded and checked. */
interface Side {
  /** How the heading names it: `2.0`, `next`, `main (3f2a1b9)`. */
  label: string;
  model?: PlaybookModel;
  problems: Problem[];
  /** Prefix for its problems' file names, so a reader can tell which side they are in. */
  problemRoot: string;
}

export function runDiff(args: string[], env = process.env): number {
  return runCommand('diff', HELP, args, () => {
    const scratch: string[] = [];
    try {
      return diff(diffArgs(args), env, scratch);
    } finally {
      for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

function diffArgs(args: string[]): DiffArgs {
  const { values, positionals } = parseCommandArgs(args, { output: { type: 'string' }, force: { type: 'boolean' } });
  if (positionals.length > 2) throw new UsageError(`expected at most two names to compare, got ${positionals.length}: ${positionals.join(' ')}`);
  if (values.force && !values.output) throw new UsageError('--force only applies with --output <file>');
  return { names: positionals, force: values.force ?? false, ...(values.output ? { output: values.output } : {}) };
}

function diff(args: DiffArgs, env: NodeJS.ProcessEnv, scratch: string[]): number {
  const root = resolveContentRoot(env);
  const label = rootLabel(root);
  const local = loadPlaybooks(root);
  const missingRoot = local.problems.find((p) => p.file === '.');
  if (missingRoot) {
    process.stderr.write(`${formatProblem(missingRoot)}\n`);
    return 1;
  }
  const [from, to] = namesToCompare(args.names, local, label).map((name) => resolveSide(name, root, label, local, scratch)) as [Side, Side];
  if (!from.model || !to.model || from.problems.length > 0 || to.problems.length > 0) return reportProblems([from, to]);
  const markdown = diffToMarkdown(diffPlaybooks(from.model, to.model), { before: from.label, after: to.label });
  if (args.output) return writeOutput(args.output, markdown, args.force);
  process.stdout.write(markdown);
  return 0;
}

function namesToCompare(names: string[], local: LoadedPlaybooks, label: string): [string, string] {
  const [from, to = DRAFT_VERSION] = names;
  if (from !== undefined) return [from, to];
  const latest = latestRelease(local.models.keys());
  if (!latest) throw new UsageError(`${label}/versions/ has no released version to compare the draft with; name two versions or git refs`);
  return [latest, DRAFT_VERSION];
}

/** A version folder first, then the draft, then a git ref: a folder named like a branch wins. */
function resolveSide(name: string, root: string, label: string, local: LoadedPlaybooks, scratch: string[]): Side {
  const model = local.models.get(name);
  if (model || name === DRAFT_VERSION) {
    const dir = model?.dir ?? 'playbook';
    return { label: name, model, problems: problemsIn(local.problems, dir), problemRoot: label };
  }
  const location = gitLocation(root);
  const commit = location && resolveCommit(location, name);
  if (!location || !commit) throw new UsageError(unknownName(name, label, local, location));
  return gitSide(name, commit, location, scratch);
}

function unknownName(name: string, label: string, local: LoadedPlaybooks, location: GitLocation | undefined): string {
  const known = [...releasedVersions(local.models.keys()), DRAFT_VERSION].join(', ');
  const git = location ? 'nor a git commit in this repository' : `and ${label}/ is not in a git repository, so it cannot be a git ref`;
  return `"${name}" is not a version of ${label}/ (expected one of ${known}), ${git}`;
}

/** The draft as committed at `commit`, read from a scratch copy of just its playbook folder. */
function gitSide(name: string, commit: string, location: GitLocation, scratch: string[]): Side {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-diff-'));
  scratch.push(dir);
  const short = commit.slice(0, 7);
  const label = commit.startsWith(name) ? short : `${name} (${short})`;
  const folder = location.rel ? `${location.rel}/playbook` : 'playbook';
  const problemRoot = `${name}:${location.rel || '.'}`;
  if (extractPlaybook(location, commit, dir) === 0) {
    return {
      label,
      problems: [{ file: 'playbook/', message: `does not exist at ${name} (commit ${short})`, expected: `a commit where ${folder}/ is committed` }],
      problemRoot,
    };
  }
  const loaded = loadPlaybooks(path.join(dir, location.rel));
  return { label, model: loaded.models.get(DRAFT_VERSION), problems: loaded.problems, problemRoot };
}

function reportProblems(sides: Side[]): number {
  let total = 0;
  for (const side of sides) {
    for (const problem of side.problems) process.stderr.write(`${formatProblem(problem, side.problemRoot)}\n`);
    total += side.problems.length;
  }
  const count = total === 1 ? '1 content problem' : `${total} content problems`;
  process.stderr.write(`\n✗ ${count}; fix them to compare ${sides.map((s) => s.label).join(' and ')}\n`);
  return 1;
}

function writeOutput(file: string, markdown: string, force: boolean): number {
  const target = path.resolve(file);
  try {
    // 'wx' fails if the file exists, so there is no gap between checking and writing.
    fs.writeFileSync(target, markdown, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    process.stderr.write(
      `rolebook diff: ${exists ? `${file} already exists; pass --force to replace it` : `cannot write ${file}: ${(error as Error).message}`}\n`,
    );
    return 1;
  }
  process.stdout.write(`✓ wrote the playbook changes to ${file}\n`);
  return 0;
}
