/** `rolebook diff` between versions, the draft and git refs, on scratch copies of the fixture. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rolebook } from '../helpers/build.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

const CELL = '- **Answer messages**: support-agent R → A/R';
const FORMULA = '  - formula: `(likes + comments) / impressions` → `likes / impressions`';

/** Give the support agent A/R on "Answer messages" (the lead drops to C) and simplify a formula. */
function editDraft(root: string): void {
  const raci = path.join(root, 'playbook/responsibilities.yaml');
  fs.writeFileSync(raci, fs.readFileSync(raci, 'utf8').replace('account-lead: A\n        support-agent: R', 'account-lead: C\n        support-agent: A/R'));
  const kpi = path.join(root, 'playbook/kpis/engagement-rate.mdx');
  fs.writeFileSync(kpi, fs.readFileSync(kpi, 'utf8').replace('"(likes + comments) / impressions"', 'likes / impressions'));
}

function diff(root: string, ...args: string[]) {
  return rolebook(['diff', ...args], { ROLEBOOK_CONTENT: root });
}

/** git with a local identity and no signing, so the user's own config cannot get in the way. */
function git(cwd: string, ...args: string[]): string {
  const identity = ['-c', 'user.name=Rolebook Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];
  return execFileSync('git', [...identity, ...args], { cwd, encoding: 'utf8' });
}

/** A repository holding the fixture at content/, committed once as it is and once with `change` applied. */
function repoWithTwoCommits(change: (content: string) => void): { repo: string; content: string } {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-git-'));
  const content = path.join(repo, 'content');
  fs.cpSync(VALID_FIXTURE, content, { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Fixture');
  change(content);
  git(repo, 'commit', '-q', '-a', '-m', 'Edit the draft');
  return { repo, content };
}

describe('rolebook diff between versions and the draft', () => {
  it('shows an edited RACI cell and KPI formula from the release to the draft', () => {
    const root = copyRoot(VALID_FIXTURE);
    editDraft(root);
    const { status, stdout, stderr } = diff(root, '1.0', 'next');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^## Playbook changes: 1\.0 → next\n\n2 RACI cells changed, 1 KPI changed\.\n/);
    expect(stdout).toContain(`- **Answer messages**: account-lead A → C\n${CELL}\n`);
    expect(stdout).toContain(`- Changed: **Engagement rate** (\`engagement-rate\`)\n${FORMULA}\n`);
  });

  it('compares the latest release with the draft by default, and one name with the draft', () => {
    const root = copyRoot(VALID_FIXTURE);
    editDraft(root);
    const full = diff(root, '1.0', 'next').stdout;
    expect(diff(root).stdout).toBe(full);
    expect(diff(root, '1.0').stdout).toBe(full);
  });

  it('shows the reverse change the other way round', () => {
    const root = copyRoot(VALID_FIXTURE);
    editDraft(root);
    expect(diff(root, 'next', '1.0').stdout).toContain('- **Answer messages**: support-agent A/R → R\n');
  });

  it('prints "No structural changes" and exits 0 when nothing changed', () => {
    const { status, stdout } = diff(VALID_FIXTURE, '1.0', 'next');
    expect(status).toBe(0);
    expect(stdout).toBe('## Playbook changes: 1.0 → next\n\nNo structural changes.\n');
  });

  it('exits 1 with the problems when a side has content problems', () => {
    const root = copyRoot(VALID_FIXTURE);
    fs.writeFileSync(path.join(root, 'playbook/kpis/reply-rate.mdx'), '---\nname: Reply rate\n---\n');
    const { status, stdout, stderr } = diff(root, '1.0', 'next');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${root}/playbook/kpis/reply-rate.mdx:`);
    expect(stderr).toMatch(/✗ \d+ content problems; fix them to compare 1\.0 and next\n$/);
  });

  it('exits 2 on an unknown name, listing the known versions', () => {
    const root = copyRoot(VALID_FIXTURE);
    const { status, stderr } = diff(root, '3.0');
    expect(status).toBe(2);
    expect(stderr).toContain(
      `rolebook diff: "3.0" is not a version of ${root}/ (expected one of 1.0, next), and ${root}/ is not in a git repository, so it cannot be a git ref`,
    );
  });

  it('exits 2 on more than two names or an unknown option', () => {
    expect(diff(VALID_FIXTURE, '1.0', 'next', 'main').status).toBe(2);
    expect(diff(VALID_FIXTURE, '--fast').stderr).toContain('unknown option "--fast"');
    expect(diff(VALID_FIXTURE, '--force').stderr).toContain('--force only applies with --output <file>');
  });
});

describe('rolebook diff with git refs', () => {
  it('compares the draft as committed at two refs', () => {
    const { content } = repoWithTwoCommits(editDraft);
    const { status, stdout, stderr } = diff(content, 'HEAD~1', 'HEAD');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // The tilde is escaped: GitHub reads ~text~ as strikethrough.
    expect(stdout).toMatch(/^## Playbook changes: HEAD\\~1 \([0-9a-f]{7}\) → HEAD \([0-9a-f]{7}\)\n/);
    expect(stdout).toContain(CELL);
    expect(stdout).toContain(FORMULA);
  });

  it('compares a ref with the working draft, and takes a branch name or a commit id', () => {
    const { repo, content } = repoWithTwoCommits(editDraft);
    const first = git(repo, 'rev-parse', 'HEAD~1').trim();
    expect(diff(content, 'main', 'next').stdout).toContain('No structural changes.');
    const { stdout } = diff(content, first.slice(0, 10));
    expect(stdout.split('\n')[0]).toBe(`## Playbook changes: ${first.slice(0, 7)} → next`);
    expect(stdout).toContain(CELL);
  });

  it('works when the content root is the repository itself', () => {
    const content = copyRoot(VALID_FIXTURE);
    git(content, 'init', '-q');
    git(content, 'add', '.');
    git(content, 'commit', '-q', '-m', 'Content repo');
    editDraft(content);
    git(content, 'commit', '-q', '-a', '-m', 'Edit');
    expect(diff(content, 'HEAD~1', 'HEAD').stdout).toContain(CELL);
  });

  it("reports content problems at a ref under that ref's name", () => {
    const { content } = repoWithTwoCommits((root) => fs.writeFileSync(path.join(root, 'playbook/kpis/reply-rate.mdx'), '---\nname: Reply rate\n---\n'));
    const { status, stderr } = diff(content, 'HEAD~1', 'HEAD');
    expect(status).toBe(1);
    expect(stderr).toMatch(/^HEAD:content\/playbook\/kpis\/reply-rate\.mdx:/m);
  });

  it('exits 2 on a ref that does not exist', () => {
    const { content } = repoWithTwoCommits(editDraft);
    const { status, stderr } = diff(content, 'no-such-branch');
    expect(status).toBe(2);
    expect(stderr).toContain(`"no-such-branch" is not a version of ${content}/ (expected one of 1.0, next), nor a git commit in this repository`);
  });

  it('rejects option-like names before they can reach git', () => {
    const { content } = repoWithTwoCommits(editDraft);
    const { status, stderr } = diff(content, '--upload-pack=true', 'HEAD');
    expect(status).toBe(2);
    expect(stderr).toContain('unknown option "--upload-pack=true"');
  });
});

describe('rolebook diff --output', () => {
  it('writes the Markdown to a file and refuses to replace it without --force', () => {
    const root = copyRoot(VALID_FIXTURE);
    editDraft(root);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-out-')), 'changes.md');
    const first = diff(root, '--output', file);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`✓ wrote the playbook changes to ${file}\n`);
    expect(fs.readFileSync(file, 'utf8')).toContain(CELL);

    fs.writeFileSync(file, 'kept');
    const second = diff(root, '--output', file);
    expect(second.status).toBe(1);
    expect(second.stderr).toBe(`rolebook diff: ${file} already exists; pass --force to replace it\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe('kept');

    expect(diff(root, '--output', file, '--force').status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain(CELL);
  });

  it('prints help with --help', () => {
    const { status, stdout } = rolebook(['diff', '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: rolebook diff \[<from> \[<to>\]\]/);
  });
});
