#!/usr/bin/env node
/**
 * The `rolebook` command line. Exit codes: 0 ok, 1 content problems, 2 usage errors.
 * Each command is a small module; this file only dispatches.
 */
import { runCheck } from './check.ts';
import { runDiff } from './diff.ts';
import { runRelease } from './release.ts';

const USAGE = `Usage: rolebook <command> [options]

Commands:
  check        Validate every content file and report all problems (no HTML is built)
  release      Freeze the draft playbook as a released version: rolebook release 2.1
  diff         Show what changed between two playbooks, as Markdown: rolebook diff 2.0 next

Options:
  -h, --help   Show help for rolebook or a command

Environment:
  ROLEBOOK_CONTENT   content root to use (default: ./content)
`;

const commands: Record<string, (args: string[]) => number> = { check: runCheck, release: runRelease, diff: runDiff };

function main(argv: string[]): number {
  const [name, ...args] = argv;
  if (!name || name === '-h' || name === '--help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`rolebook: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(args);
}

process.exitCode = main(process.argv.slice(2));
