/** `rolebook check` as a lead runs it: output and exit codes. */
import { describe, expect, it } from 'vitest';
import { rolebook } from '../helpers/build.ts';
import { expectedLines, overlayFixture } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

describe('rolebook check', () => {
  it('exits 0 and summarises clean content', () => {
    const { status, stdout, stderr } = rolebook(['check'], { ROLEBOOK_CONTENT: VALID_FIXTURE });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^✓ tests\/fixtures\/valid\/ is valid: 2 playbook versions \(next, 1\.0\), 2 roles and 3 KPIs in the draft, 1 client, 3 snapshots\n$/);
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
