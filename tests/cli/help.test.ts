/** The rolebook command line as a whole: help on every command, exit codes, and the bin. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rolebook, rolebookProcess } from '../helpers/build.ts';
import { overlayFixture } from '../helpers/fixtures.ts';
import { PROJECT, VALID_FIXTURE } from '../helpers/paths.ts';

const BIN = path.join(PROJECT, 'src/cli/rolebook.ts');
const PINNED_NODE = path.join(PROJECT, 'node_modules/.bin/node');
const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
};

/** The commands `rolebook --help` lists, so a command added later is covered without editing this test. */
function listedCommands(usage: string): string[] {
  const section = usage.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '';
  return section
    .split('\n')
    .map((line) => /^ {2}([a-z][a-z-]*)\s{2,}/.exec(line)?.[1])
    .filter((name): name is string => Boolean(name));
}

const usage = rolebook(['--help']).stdout;
const commands = listedCommands(usage);

describe('rolebook --help', () => {
  it('lists the commands of issue 5 and exits 0', () => {
    const { status, stdout, stderr } = rolebook(['--help']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: rolebook <command> \[options\]\n/);
    expect(commands).toEqual(expect.arrayContaining(['check', 'release', 'diff', 'new']));
    expect(rolebook(['-h']).stdout).toBe(stdout);
  });

  it('prints the version from package.json', () => {
    for (const flag of ['--version', '-v']) {
      const { status, stdout } = rolebook([flag]);
      expect(status).toBe(0);
      expect(stdout).toBe(`rolebook ${pkg.version}\n`);
    }
  });

  it('exits 2 with the usage on stderr for no command or an unknown one', () => {
    for (const args of [[], ['chekc'], ['constructor'], ['toString'], ['--bogus']]) {
      const { status, stdout, stderr } = rolebook(args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout, args.join(' ')).toBe('');
      expect(stderr).toContain('Usage: rolebook <command> [options]');
    }
    expect(rolebook(['constructor']).stderr).toMatch(/^rolebook: unknown command "constructor"\n/);
  });
});

describe.each(commands)('rolebook %s', (command) => {
  it('--help and -h print its usage and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = rolebook([command, flag], { ROLEBOOK_CONTENT: VALID_FIXTURE });
      expect(status).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(new RegExp(`^Usage: rolebook ${command}\\b.*\n`));
    }
  });

  it('exits 2 on an unknown option, naming it, with the usage on stderr', () => {
    const { status, stdout, stderr } = rolebook([command, '--no-such-option'], { ROLEBOOK_CONTENT: VALID_FIXTURE });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^rolebook ${command}: unknown option "--no-such-option"\n`));
    expect(stderr).toContain(`Usage: rolebook ${command}`);
  });
});

describe('the rolebook bin', () => {
  it('is declared in package.json and starts with a node shebang', () => {
    expect(pkg.bin.rolebook).toBe('src/cli/rolebook.ts');
    expect(fs.readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('runs on the pinned node from any folder', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-cwd-'));
    const result = spawnSync(PINNED_NODE, [BIN, 'check'], { cwd: elsewhere, env: { ...process.env, ROLEBOOK_CONTENT: VALID_FIXTURE }, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✓ .*valid/);
  });

  it('runs as an executable linked the way npm links bins, with the pinned node first on PATH', () => {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-bin-'));
    fs.symlinkSync(BIN, path.join(bin, 'rolebook'));
    const PATH = [bin, path.dirname(PINNED_NODE), process.env.PATH].join(path.delimiter);
    const result = spawnSync('rolebook', ['--version'], { env: { ...process.env, PATH }, encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`rolebook ${pkg.version}\n`);
  });

  it('npm run --silent rolebook prints only what rolebook prints, as the pull-request summary needs', () => {
    expect(pkg.scripts.rolebook).toBe('node src/cli/rolebook.ts');
    const result = spawnSync('npm', ['run', '--silent', 'rolebook', '--', '--version'], { cwd: PROJECT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`rolebook ${pkg.version}\n`);
  });
});

describe('an unexpected error', () => {
  // A file where the roles folder should be makes `new role` fail in mkdir: not a content problem
  // the command knows about, so it reaches the top-level handler.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-unexpected-'));
  fs.cpSync(VALID_FIXTURE, root, { recursive: true });
  fs.rmSync(path.join(root, 'playbook/roles'), { recursive: true });
  fs.writeFileSync(path.join(root, 'playbook/roles'), 'not a folder\n');

  it('prints one line and a hint to rerun with --debug, no stack, exit 1', () => {
    const { status, stdout, stderr } = rolebook(['new', 'role', 'editor'], { ROLEBOOK_CONTENT: root });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `rolebook: unexpected error: EEXIST: file already exists, mkdir '${root}/playbook/roles'\n(rerun with --debug to see the stack trace)\n`,
    );
  });

  it('prints the stack with --debug', () => {
    const { status, stderr } = rolebook(['new', 'role', 'editor', '--debug'], { ROLEBOOK_CONTENT: root });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Error: EEXIST[^\n]*\n\s+at /);
  });
});

describe('the executable', () => {
  // Every other CLI test calls run() in its own process; the executable must be that and no more.
  it.each([
    ['help', ['--help'], VALID_FIXTURE, 0],
    ['a usage error', ['no-such-command'], VALID_FIXTURE, 2],
    ['valid content', ['check'], VALID_FIXTURE, 0],
    ['content problems', ['check'], overlayFixture('formula-syntax-error'), 1],
  ] as const)('prints and exits as run() does: %s', (_what, args, root, status) => {
    const env = { ROLEBOOK_CONTENT: root };
    const child = rolebookProcess([...args], env);
    expect(child.status).toBe(status);
    expect(child).toEqual(rolebook([...args], env));
  });
});
