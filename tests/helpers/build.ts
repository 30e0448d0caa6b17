/** Building a content root into a folder with the real `astro build`, in a child process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT } from './paths.ts';

const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
}

export function astroBuild(contentRoot: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: PROJECT,
    env: { ...process.env, ROLEBOOK_CONTENT: contentRoot, ROLEBOOK_CACHE_DIR: `${outDir}-cache`, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Run the rolebook CLI with arguments; returns exit code, stdout and stderr. */
export function rolebook(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'src/cli/rolebook.ts'), ...args], {
    cwd: PROJECT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
