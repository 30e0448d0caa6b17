/** `rolebook release` on scratch copies of the fixture: what it writes, and what it refuses. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rolebook } from '../helpers/build.ts';
import { listFiles, readText } from '../helpers/dist.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

/** Every file of a root with its content, to prove a refusal wrote nothing. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).map((file) => [file, readText(root, file)]));
}

function release(root: string, ...args: string[]) {
  return rolebook(['release', ...args], { ROLEBOOK_CONTENT: root });
}

describe('rolebook release', () => {
  it('copies the draft to versions/<x.y>/ byte for byte, and the content still checks', () => {
    const root = copyRoot(VALID_FIXTURE);
    const before = snapshot(root);
    const { status, stdout, stderr } = release(root, '1.1');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`✓ Released 1.1: copied ${root}/playbook/ (9 files) to ${root}/versions/1.1/`);
    expect(stdout).toContain('Nothing changed since 1.0');
    const draft = path.join(root, 'playbook');
    const copy = path.join(root, 'versions/1.1');
    expect(listFiles(copy)).toEqual(listFiles(draft));
    for (const file of listFiles(draft)) expect(readText(copy, file)).toBe(readText(draft, file));
    // Nothing else changed: the old files are all still there, unchanged.
    const after = snapshot(root);
    for (const [file, text] of Object.entries(before)) expect(after[file]).toBe(text);
    expect(rolebook(['check'], { ROLEBOOK_CONTENT: root }).status).toBe(0);
  });

  it('summarises the changes against the previous release', () => {
    const root = copyRoot(VALID_FIXTURE);
    const file = path.join(root, 'playbook/kpis/engagement-rate.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"(likes + comments) / impressions"', 'likes / impressions'));
    const { status, stdout } = release(root, '2.0');
    expect(status).toBe(0);
    expect(stdout).toContain('Changes since 1.0: 1 KPI changed. Run `rolebook diff 1.0 2.0` for the details.');
  });

  it('refuses to overwrite an existing version and leaves everything as it was', () => {
    const root = copyRoot(VALID_FIXTURE);
    fs.writeFileSync(path.join(root, 'playbook/glossary.yaml'), '- term: Changed\n  definition: Not released.\n');
    const before = snapshot(root);
    const { status, stdout, stderr } = release(root, '1.0');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`rolebook release: version 1.0 already exists at ${root}/versions/1.0/; versions are never overwritten (choose a higher version)\n`);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a version that is not greater than the latest release', () => {
    const root = copyRoot(VALID_FIXTURE);
    fs.cpSync(path.join(root, 'versions/1.0'), path.join(root, 'versions/2.0'), { recursive: true });
    const { status, stderr } = release(root, '1.5');
    expect(status).toBe(1);
    expect(stderr).toBe('rolebook release: 1.5 must be greater than the latest release 2.0 (such as 2.1 or 3.0)\n');
    expect(fs.existsSync(path.join(root, 'versions/1.5'))).toBe(false);
  });

  it('exits 2 with usage on a malformed version, a missing one or an unknown option', () => {
    const root = copyRoot(VALID_FIXTURE);
    for (const args of [['2'], ['v2.0'], ['2.0.1'], ['2.01'], [], ['2.0', '3.0'], ['2.0', '--force']]) {
      const { status, stderr } = release(root, ...args);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).toContain('Usage: rolebook release <major.minor>');
    }
    expect(release(root, 'v2.0').stderr).toMatch(/^rolebook release: "v2\.0" is not a version \(expected major\.minor, such as 2\.0 or 1\.1\)/);
    expect(listFiles(path.join(root, 'versions'))).toEqual(listFiles(path.join(VALID_FIXTURE, 'versions')));
  });

  it('refuses when the draft has a problem, naming it, and writes nothing', () => {
    const root = copyRoot(VALID_FIXTURE);
    const raci = path.join(root, 'playbook/responsibilities.yaml');
    fs.writeFileSync(raci, fs.readFileSync(raci, 'utf8').replace('account-lead: A/R, support-agent: C', 'account-lead: C, support-agent: C'));
    const before = snapshot(root);
    const { status, stdout, stderr } = release(root, '1.1');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${root}/playbook/responsibilities.yaml:5: task "write-plan" raci: no role is Accountable`);
    expect(stderr).toMatch(/rolebook release: the draft has 2 problems; fix them before releasing 1\.1 \(nothing was written\)\n$/);
    expect(snapshot(root)).toEqual(before);
  });

  it('warns about problems outside the draft but releases', () => {
    const root = copyRoot(VALID_FIXTURE);
    const client = path.join(root, 'clients/tiny-bakery/client.yaml');
    fs.writeFileSync(client, fs.readFileSync(client, 'utf8').replace('playbook: "1.0"', 'playbook: "9.9"'));
    const { status, stderr } = release(root, '1.1');
    expect(status).toBe(0);
    expect(stderr).toMatch(/^warning: 1 problem outside the draft \(they do not block a release\):\n {2}\S+clients\/tiny-bakery\/client\.yaml:2: playbook:/);
    expect(fs.existsSync(path.join(root, 'versions/1.1/roles/account-lead.mdx'))).toBe(true);
  });

  it('with --dry-run says what it would do and writes nothing', () => {
    const root = copyRoot(VALID_FIXTURE);
    const before = snapshot(root);
    const { status, stdout } = release(root, '1.1', '--dry-run');
    expect(status).toBe(0);
    expect(stdout).toContain(`Would release 1.1: copy ${root}/playbook/ (9 files) to ${root}/versions/1.1/. Dry run: nothing was written.`);
    expect(snapshot(root)).toEqual(before);
  });

  it('releases the first version when there is none', () => {
    const root = copyRoot(VALID_FIXTURE);
    fs.rmSync(path.join(root, 'versions'), { recursive: true });
    fs.rmSync(path.join(root, 'clients'), { recursive: true });
    const { status, stdout } = release(root, '1.0');
    expect(status).toBe(0);
    expect(stdout).toContain('1.0 is the first release: 2 roles, 3 RACI tasks, 3 KPIs.');
    expect(listFiles(path.join(root, 'versions/1.0'))).toEqual(listFiles(path.join(root, 'playbook')));
  });

  it('prints help with --help', () => {
    const { status, stdout } = rolebook(['release', '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: rolebook release <major\.minor> \[--dry-run\]/);
  });
});
