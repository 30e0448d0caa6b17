/**
 * CI runs what the README tells a newcomer to run. `.ci/run` once ran `npm ci` while the README
 * said `npm install`, and a fresh `npm install` failed on every machine without CI noticing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/paths.ts';

const readme = fs.readFileSync(path.join(PROJECT, 'README.md'), 'utf8');
const ci = fs.readFileSync(path.join(PROJECT, '.ci/run'), 'utf8');

/** The shell lines of the fenced `sh` blocks in one README section. */
function sectionCommands(heading: string): string[] {
  const section = readme.split(new RegExp(`^## ${heading}\\n`, 'm'))[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((block) => block[1]!.split('\n').filter((line) => line.trim()));
}

/** The npm commands `.ci/run` runs, in order, comments and the apt step aside (and a command's redirection or `&`). */
const ciCommands = ci
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.startsWith('npm '))
  .map((line) => line.replace(/\s+(?:\d?>|&(?!&)).*$/, ''));

/** Every command the README's command table documents (`npm run check`, `npm test`, …). */
const documented = new Set([...readme.matchAll(/^\| `(npm [^`]+)` \|/gm)].map((match) => match[1]!));

describe('.ci/run', () => {
  const setUp = sectionCommands('Set up');

  it("finds the README's set-up commands", () => {
    expect(setUp).toEqual(['npm install && npm run build', 'npm test']);
  });

  it("runs the README's set-up and test commands exactly as written, in that order", () => {
    const positions = setUp.map((command) => ciCommands.indexOf(command));
    expect(
      positions.every((at) => at >= 0),
      `${setUp.join(' / ')} in ${ciCommands.join(' / ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(ciCommands[0]).toBe(setUp[0]);
  });

  it('runs nothing a newcomer is not told about, and no npm setting that hides a conflict', () => {
    for (const command of ciCommands) {
      if (!setUp.includes(command)) expect(documented, command).toContain(command);
    }
    expect(ci).not.toMatch(/npm ci\b|--legacy-peer-deps|--force|npm config/);
    expect(fs.existsSync(path.join(PROJECT, '.npmrc'))).toBe(false);
  });
});
