/** Building a content root into a folder with the real `astro build`, in a child process. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT } from './paths.ts';
import { copyProject } from './project-copy.ts';
import { loadCommands, run } from '../../src/cli/main.ts';

const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * `astro build` of `contentRoot` into `outDir`, from its own copy of the project beside it
 * (`<outDir>.project`, removed afterwards) with its own cache: no two builds share `.astro/`.
 */
export function astroBuild(contentRoot: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const { project, args, options } = buildCommand(contentRoot, outDir, env);
  try {
    const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8', timeout: 300_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
}

/** `astroBuild` without blocking, so that independent builds (the global setup's sites) can overlap. */
export function astroBuildAsync(contentRoot: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const { project, args, options } = buildCommand(contentRoot, outDir, env);
  return new Promise<BuildResult>((resolve, reject) => {
    let output = '';
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  }).finally(() => fs.rmSync(project, { recursive: true, force: true }));
}

function buildCommand(contentRoot: string, outDir: string, env: Record<string, string>) {
  const project = copyProject(`${path.resolve(outDir)}.project`);
  return {
    project,
    args: [ASTRO, 'build', '--outDir', path.resolve(outDir)],
    options: {
      cwd: project,
      env: {
        ...process.env,
        ROLEBOOK_CONTENT: path.resolve(contentRoot),
        ROLEBOOK_CACHE_DIR: path.join(project, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
    },
  };
}

/** Every command, loaded once for the in-process runs below (the executable loads only its one). */
const commands = await loadCommands();

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The rolebook command line with `args`, run in this process: `run` from src/cli/main.ts (what
 * the executable runs) with `env` added to the environment and stdout and stderr captured. A
 * command takes milliseconds this way instead of half a second for a new Node process; the
 * executable itself is tested through `rolebookProcess` (tests/cli/help.test.ts).
 */
export function rolebook(args: string[], env: Record<string, string> = {}): CliResult {
  const saved = { env: process.env, stdout: process.stdout.write, stderr: process.stderr.write };
  const output = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    ((chunk: string | Uint8Array) => {
      output[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    }) as typeof process.stdout.write;
  process.env = { ...saved.env, NO_COLOR: '1', ...env };
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  try {
    return { status: run(args, commands), ...output };
  } finally {
    process.env = saved.env;
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
  }
}

/** The rolebook executable in a child process (with a timeout, so a hang fails instead of waiting). */
export function rolebookProcess(args: string[], env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'src/cli/rolebook.ts'), ...args], {
    cwd: PROJECT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
