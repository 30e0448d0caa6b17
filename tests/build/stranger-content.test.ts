/**
 * Content that `rolebook check` used to pass and the build then failed on (Windows-1252 text,
 * an MDX import of a missing package, `{undefined.boom}`) fails the build with exactly check's
 * lines and no stack trace; hidden files that check skips are skipped by every loader too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { astroBuild, rolebook } from '../helpers/build.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { INVALID_FIXTURES, VALID_FIXTURE } from '../helpers/paths.ts';

function overlay(root: string, name: string, files?: string[]): void {
  const from = path.join(INVALID_FIXTURES, name);
  for (const file of files ?? ['.'])
    fs.cpSync(path.join(from, file), path.join(root, file), { recursive: true, filter: (source) => path.basename(source) !== 'expected.txt' });
}

describe('build of content check used to pass', () => {
  const root = copyRoot(VALID_FIXTURE);
  overlay(root, 'stranger-not-utf8', ['playbook/roles/support-agent.mdx']);
  fs.writeFileSync(
    path.join(root, 'playbook/roles/account-lead.mdx'),
    fs.readFileSync(path.join(root, 'playbook/roles/account-lead.mdx'), 'utf8') +
      "\nimport Chart from 'chart-kit-that-is-not-installed'\n\nSee {undefined.boom}.\n",
  );
  const check = rolebook(['check'], { ROLEBOOK_CONTENT: root });
  const outDir = path.join(inject('outputDir'), 'stranger');
  const { status, output } = astroBuild(root, outDir);
  const problems = check.stderr.split('\n').filter((line) => line.startsWith(root));

  it('is refused by check with a line for each', () => {
    expect(problems.map((line) => line.slice(root.length + 1))).toEqual([
      'playbook/roles/account-lead.mdx:29:1: cannot find module "chart-kit-that-is-not-installed" (expected a path relative to this file, or a package installed in the project)',
      'playbook/roles/account-lead.mdx:31:5: expression {undefined.boom} may fail while the page is built (expected text, a literal such as {"…"} or {2026}, or a name imported in this file; write a literal brace as \\{)',
      'playbook/roles/support-agent.mdx:13: not UTF-8: byte 0xE9 at column 51 (expected UTF-8 text; re-save the file as UTF-8)',
    ]);
  });

  it('fails the build with the same lines and no stack trace', () => {
    expect(status).not.toBe(0);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
    expect(output).toContain(`${problems.length} content problems:\n${problems.join('\n')}\n`);
    expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('build of content with hidden files', () => {
  const root = copyRoot(VALID_FIXTURE);
  overlay(root, 'stranger-hidden-files');
  const outDir = path.join(inject('outputDir'), 'hidden-files');
  const { status, output } = astroBuild(root, outDir);

  it('builds, with no page or snapshot from a hidden file or folder', () => {
    expect(output).not.toContain('content problem');
    expect(status).toBe(0);
    const pages = fs.readdirSync(outDir, { recursive: true }).map(String);
    expect(pages).toContain('playbook/next/roles/support-agent/index.html');
    expect(pages.filter((page) => /(^|\/)\.|ghost|\.2\.0/.test(page))).toEqual([]);
  });
});
