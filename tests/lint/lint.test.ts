/**
 * `npm test` lints: ESLint (with the Astro plugin) over the code and Prettier's layout check over
 * everything it formats (.prettierignore says what it leaves alone, and why). A failure prints the
 * tool's own report, file:line by file:line; `npm run format` fixes what Prettier reports.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT } from '../helpers/paths.ts';

function run(bin: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'node_modules', bin), ...args], { cwd: PROJECT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

test('ESLint finds no problem in the code', () => {
  const { status, output } = run('eslint/bin/eslint.js', ['--max-warnings', '0', '.']);
  expect(output).toBe('');
  expect(status).toBe(0);
});

test('the code is laid out as Prettier lays it out', () => {
  const { status, output } = run('prettier/bin/prettier.cjs', ['--check', '--log-level', 'warn', '.']);
  expect(output).toBe('');
  expect(status).toBe(0);
});
