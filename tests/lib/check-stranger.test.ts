/**
 * A stranger's content root with what cannot be committed as a fixture: symbolic links (out of
 * the root, to /dev/zero, dangling, inside the root), a FIFO, oversized files, a `.git/` folder.
 * `rolebook check` runs in a child process with a timeout, so a hang fails the test instead of
 * blocking it; it must print exactly these lines, read nothing outside the root, and never crash.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rolebookProcess as rolebook } from '../helpers/build.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

const SECRET = 'root:x:0:0:SECRET-OUTSIDE-THE-ROOT';

function strangerRoot(): string {
  const root = copyRoot(VALID_FIXTURE);
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-outside-'));
  fs.writeFileSync(path.join(outside, 'passwd'), `${SECRET}\n`);
  fs.mkdirSync(path.join(outside, 'client'));
  fs.copyFileSync(path.join(root, 'clients/tiny-bakery/client.yaml'), path.join(outside, 'client/client.yaml'));
  const at = (relative: string) => path.join(root, relative);
  // Links out of the root: a file, a device that never ends, a whole folder.
  fs.symlinkSync(path.join(outside, 'passwd'), at('clients/tiny-bakery/snapshots/2026-04.csv'));
  fs.symlinkSync('/dev/zero', at('clients/tiny-bakery/snapshots/2026-05.csv'));
  fs.rmSync(at('playbook/glossary.yaml'));
  fs.symlinkSync(path.join(outside, 'passwd'), at('playbook/glossary.yaml'));
  fs.symlinkSync(path.join(outside, 'client'), at('clients/borrowed'));
  // A link to nothing, and a link that stays inside the root (followed, like Astro's glob loader).
  fs.symlinkSync('nowhere.mdx', at('playbook/roles/ghost.mdx'));
  fs.rmSync(at('versions/1.0/roles/support-agent.mdx'));
  fs.symlinkSync('../../../playbook/roles/support-agent.mdx', at('versions/1.0/roles/support-agent.mdx'));
  // A FIFO: opening it for reading would wait for a writer forever.
  execFileSync('mkfifo', [at('playbook/kpis/pipe.mdx')]);
  // Over the caps: 1 MB for YAML and MDX, 10 MB for CSV.
  fs.writeFileSync(at('playbook/responsibilities.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`);
  fs.writeFileSync(at('clients/tiny-bakery/snapshots/2026-06.csv'), `platform,impressions\n${'mastodon,1\n'.repeat(1024 * 1024)}`);
  // Hidden folders are skipped by check and every loader alike.
  fs.mkdirSync(at('.git'));
  fs.writeFileSync(at('.git/HEAD'), 'ref: refs/heads/main\n');
  fs.mkdirSync(at('playbook/roles/.git'));
  fs.writeFileSync(at('playbook/roles/.git/x.mdx'), '{undefined.boom}\n');
  return root;
}

describe("check on a stranger's content root", () => {
  it('refuses links out of the root, FIFOs and oversized files without reading them, and does not hang', () => {
    const root = strangerRoot();
    const started = Date.now();
    const { status, stdout, stderr } = rolebook(['check'], { ROLEBOOK_CONTENT: root });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).not.toContain('SECRET');
    expect(stderr).not.toMatch(/^\s+at /m);
    const lines = stderr
      .trim()
      .split('\n')
      .map((line) => line.replace(`${root}/`, '<root>/'));
    expect(lines).toEqual([
      '<root>/clients/borrowed: is a symbolic link to ' +
        JSON.stringify(fs.readlinkSync(path.join(root, 'clients/borrowed'))) +
        ', outside the content root; it was not read (expected a file inside the content root; copy it in instead of linking to it)',
      '<root>/clients/tiny-bakery/snapshots/2026-04.csv: is a symbolic link to ' +
        JSON.stringify(fs.readlinkSync(path.join(root, 'clients/tiny-bakery/snapshots/2026-04.csv'))) +
        ', outside the content root; it was not read (expected a file inside the content root; copy it in instead of linking to it)',
      '<root>/clients/tiny-bakery/snapshots/2026-05.csv: is a symbolic link to "/dev/zero", outside the content root; it was not read (expected a file inside the content root; copy it in instead of linking to it)',
      '<root>/clients/tiny-bakery/snapshots/2026-06.csv: is 11 MB, over the 10 MB limit for CSV files (expected a smaller file; split it, or check that it is the right file)',
      '<root>/playbook/glossary.yaml: is a symbolic link to ' +
        JSON.stringify(fs.readlinkSync(path.join(root, 'playbook/glossary.yaml'))) +
        ', outside the content root; it was not read (expected a file inside the content root; copy it in instead of linking to it)',
      '<root>/playbook/kpis/pipe.mdx: is a named pipe (FIFO), not a regular file; it was not read (expected a plain text file)',
      '<root>/playbook/responsibilities.yaml: is 1048579 bytes, over the 1048576-byte limit for YAML files (expected a smaller file; split it, or check that it is the right file)',
      '<root>/playbook/roles/ghost.mdx: is a symbolic link to "nowhere.mdx", which does not exist (expected a file, or a link to one inside the content root)',
      '',
      '✗ 8 problems in <root>/',
    ]);
  });
});
