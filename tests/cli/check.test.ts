/** `rolebook check` as a lead runs it: output and exit codes. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rolebook } from '../helpers/build.ts';
import { copyRoot, expectedLines, overlayFixture } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

describe('rolebook check', () => {
  it('exits 0 and summarises clean content', () => {
    const { status, stdout, stderr } = rolebook(['check'], { ROLEBOOK_CONTENT: VALID_FIXTURE });
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^✓ tests\/fixtures\/valid\/ is valid: 2 playbook versions \(next, 1\.0\), 2 roles and 3 KPIs in the draft, 1 client, 3 snapshots\n$/,
    );
    expect(status).toBe(0);
  });

  it('exits 1 and prints every problem, prefixed with the content root, and a count', () => {
    const root = overlayFixture('client-references');
    const { status, stdout, stderr } = rolebook(['check'], { ROLEBOOK_CONTENT: root });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    const expected = expectedLines('client-references');
    expect(lines.slice(0, expected.length)).toEqual(expected.map((line) => `${root}/${line}`));
    expect(lines.at(-1)).toBe(`✗ ${expected.length} problems in ${root}/`);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('prints the first 200 problems, then how many more, and counts them all', () => {
    const root = copyRoot(VALID_FIXTURE);
    const rows = Array.from({ length: 250 }, (_, i) => `p${i},x`);
    fs.writeFileSync(path.join(root, 'clients/tiny-bakery/snapshots/2026-02.csv'), `platform,impressions\n${rows.join('\n')}\n`);
    const { status, stdout, stderr } = rolebook(['check'], { ROLEBOOK_CONTENT: root, GITHUB_ACTIONS: 'true' });
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(200 + 3);
    expect(lines[0]).toBe(
      `${root}/clients/tiny-bakery/snapshots/2026-02.csv:2:2: impressions: "x" is not a number (expected a plain number such as 12345.67, or an empty cell for "not measured")`,
    );
    expect(lines[199]).toMatch(/2026-02\.csv:201:2: /);
    expect(lines.slice(200)).toEqual(['… and 50 more problems', '', `✗ 250 problems in ${root}/`]);
    const annotations = stdout.trim().split('\n');
    expect(annotations.filter((line) => line.startsWith('::error '))).toHaveLength(200);
    expect(annotations.at(-1)).toBe('… and 50 more problems');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports a content root that does not exist', () => {
    const { status, stderr } = rolebook(['check'], { ROLEBOOK_CONTENT: '/nonexistent/rolebook-content' });
    expect(status).toBe(1);
    expect(stderr).toContain('content root /nonexistent/rolebook-content does not exist');
  });

  it('prints help with --help and exits 0', () => {
    const { status, stdout } = rolebook(['check', '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: rolebook check/);
  });

  it('exits 2 on an unknown command or argument', () => {
    expect(rolebook(['chekc']).status).toBe(2);
    expect(rolebook(['chekc']).stderr).toContain('unknown command "chekc"');
    expect(rolebook(['check', 'extra']).status).toBe(2);
    expect(rolebook([]).status).toBe(2);
  });
});
