/** `rolebook release <x.y>`: freeze the draft playbook as a released version. */
import fs from 'node:fs';
import path from 'node:path';
import { DRAFT_VERSION, resolveContentRoot, rootLabel } from '../lib/content-root.ts';
import { diffPlaybooks, isEmpty } from '../lib/playbook/diff.ts';
import { diffSummary } from '../lib/playbook/diff-markdown.ts';
import { loadPlaybooks, previousVersion, problemsIn, type LoadedPlaybooks } from '../lib/playbook/load.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { compareVersions, latestRelease } from '../lib/versions.ts';
import { parseCommandArgs, runCommand, UsageError } from './shell.ts';

const HELP = `Usage: rolebook release <major.minor> [--dry-run]

Freezes the draft: copies content/playbook/ to content/versions/<major.minor>/, which the site
serves at /playbook/<major.minor>/ from then on. Nothing else is changed or deleted.

Refuses when the draft has content problems, when the version already exists (versions are
never overwritten), or when it is not greater than the latest release. Problems outside the
draft (clients, older versions) are printed as warnings and do not block a release.

Options:
  --dry-run    print what would happen and write nothing
  -h, --help   show this help
`;

/** major.minor without leading zeros: "2.01" would sort as 2.1 yet live in a different folder. */
const RELEASE_NAME = /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

class Refusal extends Error {}

export function runRelease(args: string[], env = process.env): number {
  return runCommand('release', HELP, args, () => {
    const { values, positionals: names } = parseCommandArgs(args, { 'dry-run': { type: 'boolean' } });
    if (names.length !== 1) throw new UsageError(`expected one version to release, got ${names.length ? names.join(' ') : 'none'}`);
    if (!RELEASE_NAME.test(names[0]!)) throw new UsageError(`"${names[0]}" is not a version (expected major.minor, such as 2.0 or 1.1)`);
    try {
      return release(names[0]!, values['dry-run'] ?? false, resolveContentRoot(env));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      process.stderr.write(`rolebook release: ${error.message}\n`);
      return 1;
    }
  });
}

function release(version: string, dryRun: boolean, root: string): number {
  const label = rootLabel(root);
  const loaded = loadPlaybooks(root);
  refuseVersion(version, loaded, root, label);
  refuseUnusableDraft(loaded.problems, label, version);
  const files = listFiles(path.join(root, 'playbook'));
  const from = `${label}/playbook/`;
  const to = `${label}/versions/${version}/`;
  if (dryRun) {
    process.stdout.write(
      `Would release ${version}: copy ${from} (${count(files, 'file')}) to ${to}. Dry run: nothing was written.\n\n${changesParagraph(version, DRAFT_VERSION, loaded)}\n`,
    );
    return 0;
  }
  fs.mkdirSync(path.join(root, 'versions'), { recursive: true });
  // errorOnExist + force:false: even if the folder appeared since the check, no file is replaced.
  fs.cpSync(path.join(root, 'playbook'), path.join(root, 'versions', version), { recursive: true, errorOnExist: true, force: false });
  process.stdout.write(`✓ Released ${version}: copied ${from} (${count(files, 'file')}) to ${to}\n\n${changesParagraph(version, version, loaded)}\n`);
  return 0;
}

/** Draft problems block; anything else (clients, older versions) is only a warning. */
function refuseUnusableDraft(problems: Problem[], label: string, version: string): void {
  const blocking = problemsIn(problems, 'playbook');
  const warnings = problems.filter((problem) => !blocking.includes(problem));
  if (warnings.length) {
    process.stderr.write(`warning: ${count(warnings.length, 'problem')} outside the draft (they do not block a release):\n`);
    for (const problem of warnings) process.stderr.write(`  ${formatProblem(problem, label)}\n`);
  }
  if (blocking.length === 0) return;
  for (const problem of blocking) process.stderr.write(`${formatProblem(problem, label)}\n`);
  throw new Refusal(
    `the draft has ${count(blocking.length, 'problem')}; fix ${blocking.length === 1 ? 'it' : 'them'} before releasing ${version} (nothing was written)`,
  );
}

function refuseVersion(version: string, loaded: LoadedPlaybooks, root: string, label: string): void {
  if (fs.existsSync(path.join(root, 'versions', version))) {
    throw new Refusal(`version ${version} already exists at ${label}/versions/${version}/; versions are never overwritten (choose a higher version)`);
  }
  const latest = latestRelease(loaded.models.keys());
  if (latest && compareVersions(version, latest) <= 0) {
    const [major = 0, minor = 0] = latest.split('.').map(Number);
    throw new Refusal(`${version} must be greater than the latest release ${latest} (such as ${major}.${minor + 1} or ${major + 1}.0)`);
  }
}

/** One paragraph: what the new version changes against the one before it; `name` is how to diff it now. */
function changesParagraph(version: string, name: string, loaded: LoadedPlaybooks): string {
  const draft = loaded.models.get(DRAFT_VERSION)!;
  const previous = previousVersion(DRAFT_VERSION, loaded.models.keys());
  const before = previous ? loaded.models.get(previous) : undefined;
  if (!previous || !before) {
    const tasks = draft.areas.reduce((sum, area) => sum + area.tasks.length, 0);
    return `${version} is the first release: ${count(draft.roles.length, 'role')}, ${count(tasks, 'RACI task')}, ${count(draft.kpis.length, 'KPI')}.`;
  }
  const diff = diffPlaybooks(before, draft);
  const clients = `Clients keep the version they pin; set playbook: "${version}" in a client.yaml to move that client.`;
  if (isEmpty(diff)) return `Nothing changed since ${previous}, in structure or in text. ${clients}`;
  return `Changes since ${previous}: ${diffSummary(diff)} Run \`rolebook diff ${previous} ${name}\` for the details. ${clients}`;
}

function listFiles(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
