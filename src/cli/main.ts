/**
 * The `rolebook` command line. Exit codes: 0 ok, 1 content problems, 2 usage errors.
 * Each command is a small module; this file only dispatches. `rolebook.ts` is the executable;
 * the tests call `run` in their own process, which is what the executable runs.
 */
import { readFileSync } from 'node:fs';

const USAGE = `Usage: rolebook <command> [options]

Commands:
  check        Validate every content file and report all problems (no HTML is built)
  release      Freeze the draft playbook as a released version: rolebook release 2.1
  diff         Show what changed between two playbooks, as Markdown: rolebook diff 2.0 next
  new          Create a role, KPI, client or report file from its schema: rolebook new role <id>
  import       Turn a platform's analytics export into snapshot rows: rolebook import <file> --client <id>
  links        Print each client's private report links: rolebook links [client-id]

Options:
  -h, --help     Show help for rolebook or a command
  -v, --version  Show the version of rolebook
      --debug    On an unexpected error, print its stack trace

Environment:
  ROLEBOOK_CONTENT   content root to use (default: ./content)
`;

export type Command = (args: string[]) => number;

/**
 * Every command, loaded when asked for: `rolebook check` need not load the importers, the
 * scaffolder and the differ (0.9 s of modules for all, 0.5 s for check's own).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.ts')).runCheck,
  release: async () => (await import('./release.ts')).runRelease,
  diff: async () => (await import('./diff.ts')).runDiff,
  new: async () => (await import('./new.ts')).runNew,
  import: async () => (await import('./import.ts')).runImport,
  links: async () => (await import('./links.ts')).runLinks,
};

/** The commands named (all of them by default) that exist, loaded; other names are left out. */
export async function loadCommands(names: readonly string[] = Object.keys(COMMANDS)): Promise<Record<string, Command>> {
  const known = names.filter((name) => Object.hasOwn(COMMANDS, name));
  return Object.fromEntries(await Promise.all(known.map(async (name) => [name, await COMMANDS[name]!()] as const)));
}

function main(argv: string[], commands: Record<string, Command>): number {
  const [name, ...args] = argv;
  if (name === '-h' || name === '--help') {
    process.stdout.write(USAGE);
    return 0;
  }
  // Like every usage error, a missing command goes to stderr, so `rolebook > file` stays clean.
  if (!name) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (name === '-v' || name === '--version') {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`rolebook ${pkg.version}\n`);
    return 0;
  }
  // Own keys only: "constructor" or "toString" are not commands.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`rolebook: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(args);
}

/**
 * The one top-level handler. Commands report content problems and refusals themselves and return
 * their exit code; anything thrown past them (EACCES, a disk full, a bug) is unexpected, and a lead
 * needs one line saying what happened, not a Node stack trace. `--debug` shows the stack.
 * `commands` are the loaded ones (`loadCommands`): a name not among them is unknown.
 */
export function run(argv: string[], commands: Record<string, Command>): number {
  const debug = argv.includes('--debug');
  try {
    return main(
      argv.filter((arg) => arg !== '--debug'),
      commands,
    );
  } catch (error) {
    if (debug) {
      process.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
    } else {
      process.stderr.write(`rolebook: unexpected error: ${describeError(error)}\n(rerun with --debug to see the stack trace)\n`);
    }
    return 1;
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, path } = error as NodeJS.ErrnoException;
  // Node's own messages already name the path ("EACCES: permission denied, open 'x'").
  if (code && path && !error.message.includes(path)) return `${error.message} (${path})`;
  return error.message.split('\n')[0]!;
}
