/**
 * The GitHub workflows users get: valid YAML with the steps issue 5 asks for, npm scripts that
 * exist, and the two commands they rely on run as the workflow runs them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteConfig } from '../../src/lib/site-url.ts';
import { rolebook } from '../helpers/build.ts';
import { expectedLines, overlayFixture } from '../helpers/fixtures.ts';
import { PROJECT, TEST_OUTPUT, VALID_FIXTURE } from '../helpers/paths.ts';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  needs?: string | string[];
  environment?: { name: string; url?: string };
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  return parse(fs.readFileSync(path.join(PROJECT, '.github/workflows', name), 'utf8')) as Workflow;
}

const scripts = (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const pullRequest = workflow('pull-request.yml');
const deploy = workflow('deploy.yml');

function steps(flow: Workflow): Step[] {
  return Object.values(flow.jobs).flatMap((job) => job.steps);
}

function stepRunning(flow: Workflow, pattern: RegExp): Step {
  const step = steps(flow).find((s) => s.run !== undefined && pattern.test(s.run));
  if (!step) throw new Error(`no step runs ${pattern}`);
  return step;
}

function indexOfRun(flow: Workflow, pattern: RegExp): number {
  return steps(flow).findIndex((s) => s.run !== undefined && pattern.test(s.run));
}

function action(flow: Workflow, name: string): Step {
  const step = steps(flow).find((s) => s.uses?.startsWith(`${name}@`));
  if (!step) throw new Error(`no step uses ${name}`);
  return step;
}

describe.each([
  ['pull-request.yml', pullRequest],
  ['deploy.yml', deploy],
])('%s', (_name, flow) => {
  it('only runs npm scripts that package.json has', () => {
    const runs = steps(flow).flatMap((s) => [...(s.run ?? '').matchAll(/npm run (?:--silent |-s )?([\w:-]+)/g)].map((m) => m[1]!));
    expect(runs.length).toBeGreaterThan(0);
    for (const script of runs) expect(Object.keys(scripts)).toContain(script);
  });

  it('installs with npm ci on Node 22, then checks before it builds', () => {
    expect(action(flow, 'actions/checkout')).toBeDefined();
    expect(String(action(flow, 'actions/setup-node').with?.['node-version'])).toBe('22');
    const install = indexOfRun(flow, /^npm ci\b/);
    const check = indexOfRun(flow, /^npm run check$/);
    const build = indexOfRun(flow, /^npm run build$/);
    expect(install).toBeGreaterThanOrEqual(0);
    expect(check).toBeGreaterThan(install);
    expect(build).toBeGreaterThan(check);
  });
});

describe('deploy.yml build', () => {
  it('builds with the share secret from the secret store, never a value in the file', () => {
    const env = stepRunning(deploy, /^npm run build$/).env ?? {};
    expect(env.ROLEBOOK_SHARE_SECRET).toBe('${{ secrets.ROLEBOOK_SHARE_SECRET }}');
    // The deploy job's site URL comes from an earlier step's output (see below), never a literal.
    const { ROLEBOOK_SITE: site, ...rest } = env;
    if (site !== undefined) expect(site).toMatch(/^\$\{\{ (vars\.ROLEBOOK_SITE|steps\.pages\.outputs\.base_url) \}\}\/?$/);
    for (const value of Object.values(rest)) expect(value).toMatch(/^\$\{\{ (secrets|vars)\.[A-Z_]+ \}\}$/);
    expect(env.ROLEBOOK_PREVIEW).toBeUndefined();
  });
});

describe('pull-request.yml build', () => {
  it('is a preview that gets no secret at all', () => {
    const env = stepRunning(pullRequest, /^npm run build$/).env ?? {};
    expect(env).toEqual({ ROLEBOOK_PREVIEW: '1' });
    expect(JSON.stringify(pullRequest)).not.toMatch(/secrets\./);
  });
});

describe('pull-request.yml', () => {
  it('runs on pull requests with the full history', () => {
    expect(Object.keys(pullRequest.on)).toEqual(['pull_request']);
    expect(action(pullRequest, 'actions/checkout').with?.['fetch-depth']).toBe(0);
  });

  it('appends the playbook diff against the base branch to the job summary, after the build', () => {
    const step = stepRunning(pullRequest, /rolebook -- diff/);
    expect(step.run).toBe('npm run --silent rolebook -- diff "origin/$BASE_REF" HEAD >> "$GITHUB_STEP_SUMMARY"');
    expect(step.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(indexOfRun(pullRequest, /rolebook -- diff/)).toBeGreaterThan(indexOfRun(pullRequest, /^npm run build$/));
  });

  it('documents that it needs no secret, and the deploy workflow documents the passphrases', () => {
    expect(fs.readFileSync(path.join(PROJECT, '.github/workflows/pull-request.yml'), 'utf8')).toMatch(
      /It needs no secret: the build is a preview \(ROLEBOOK_PREVIEW\)/,
    );
    const deployText = fs.readFileSync(path.join(PROJECT, '.github/workflows/deploy.yml'), 'utf8');
    expect(deployText).toContain('# ACME_REPORT_PASSPHRASE: ${{ secrets.ACME_REPORT_PASSPHRASE }}');
    expect(deployText).toMatch(/<CLIENT>_REPORT_PASSPHRASE +one per client whose client\.yaml sets passphraseEnv/);
  });
});

describe('deploy.yml', () => {
  it('deploys dist/ to GitHub Pages on pushes to main', () => {
    expect((deploy.on.push as { branches: string[] }).branches).toEqual(['main']);
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(action(deploy, 'actions/upload-pages-artifact').with).toEqual({ path: 'dist' });
    const [name, job] = Object.entries(deploy.jobs).find(([, j]) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')))!;
    const build = Object.keys(deploy.jobs).find((key) => key !== name)!;
    expect(job.needs).toBe(build);
    expect(job.environment?.name).toBe('github-pages');
  });

  it('builds for the Pages URL from actions/configure-pages, so a site under /<repository>/ works', () => {
    const configure = action(deploy, 'actions/configure-pages');
    expect(configure.id).toBe('pages');
    const all = steps(deploy);
    expect(all.indexOf(configure)).toBeLessThan(indexOfRun(deploy, /^npm run build$/));
    const site = stepRunning(deploy, /^npm run build$/).env?.ROLEBOOK_SITE;
    expect(site).toBe('${{ steps.pages.outputs.base_url }}/');
    // base_url has no trailing slash: a project site, a user site and a custom domain.
    const as = (baseUrl: string) => siteConfig({ ROLEBOOK_SITE: site!.replace('${{ steps.pages.outputs.base_url }}', baseUrl) });
    expect(as('https://org.github.io/team-playbook')).toEqual({ site: 'https://org.github.io/team-playbook/', base: '/team-playbook/' });
    expect(as('https://org.github.io')).toEqual({ site: 'https://org.github.io/', base: '/' });
    expect(as('https://playbook.example.com')).toEqual({ site: 'https://playbook.example.com/', base: '/' });
  });

  it('refuses to publish with the public demo secret', () => {
    const guard = stepRunning(deploy, /ROLEBOOK_SHARE_SECRET/);
    expect(guard.env).toEqual({ ROLEBOOK_SHARE_SECRET: '${{ secrets.ROLEBOOK_SHARE_SECRET }}' });
    expect(indexOfRun(deploy, /ROLEBOOK_SHARE_SECRET/)).toBeLessThan(indexOfRun(deploy, /^npm run build$/));
    const run = (secret: string) =>
      spawnSync('bash', ['-e', '-c', guard.run!], { env: { PATH: process.env.PATH, ROLEBOOK_SHARE_SECRET: secret }, encoding: 'utf8' });
    expect(run('').status).toBe(1);
    expect(run('').stdout).toMatch(/^::error title=ROLEBOOK_SHARE_SECRET is not set::/);
    expect(run('   \n').stdout).toMatch(/^::error title=ROLEBOOK_SHARE_SECRET is not set::/);
    expect(run('0123456789abcdef0123').stdout).toMatch(/^::error title=ROLEBOOK_SHARE_SECRET is too short::/);
    expect(run(` ${'0123456789abcdef'.repeat(2)}\n`).status).toBe(0);
  });
});

/** git with a local identity and no signing, so the user's own config cannot get in the way. */
function git(cwd: string, ...args: string[]): string {
  const identity = ['-c', 'user.name=Rolebook Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];
  return execFileSync('git', [...identity, ...args], { cwd, encoding: 'utf8' });
}

describe('the pull-request steps, run as the workflow runs them', () => {
  const scratch: string[] = [];
  afterAll(() => {
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the diff step appends the changes since origin/<base> to an existing summary', () => {
    // A user's repository: content/ committed on main, a pull request that edits a formula, and
    // origin/main as actions/checkout with fetch-depth 0 leaves it.
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-pr-'));
    scratch.push(repo);
    fs.cpSync(VALID_FIXTURE, path.join(repo, 'content'), { recursive: true });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'Playbook');
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'pr');
    const kpi = path.join(repo, 'content/playbook/kpis/engagement-rate.mdx');
    fs.writeFileSync(kpi, fs.readFileSync(kpi, 'utf8').replace('"(likes + comments) / impressions"', 'likes / impressions'));
    git(repo, 'commit', '-q', '-a', '-m', 'Simpler engagement rate');
    const summary = path.join(repo, 'summary.md');
    fs.writeFileSync(summary, 'Earlier step.\n');
    const step = stepRunning(pullRequest, /rolebook -- diff/);
    const result = spawnSync('bash', ['-e', '-c', step.run!], {
      cwd: PROJECT,
      env: { ...process.env, ROLEBOOK_CONTENT: path.join(repo, 'content'), BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = fs.readFileSync(summary, 'utf8');
    expect(text).toMatch(/^Earlier step\.\n## Playbook changes: origin\/main \([0-9a-f]{7}\) → HEAD \([0-9a-f]{7}\)\n/);
    expect(text).toContain('  - formula: `(likes + comments) / impressions` → `likes / impressions`');
  });

  it('check prints each problem as a GitHub annotation on stdout under GITHUB_ACTIONS=true, and only then', () => {
    // Inside the project, so the root label is relative, as content/ is in a user's repository.
    const root = fs.mkdtempSync(path.join(TEST_OUTPUT, 'annotations-'));
    scratch.push(root);
    fs.cpSync(overlayFixture('formula-unknown-metric'), root, { recursive: true });
    const label = path.relative(PROJECT, root).split(path.sep).join('/');
    const expected = expectedLines('formula-unknown-metric');
    const onGithub = rolebook(['check'], { ROLEBOOK_CONTENT: root, GITHUB_ACTIONS: 'true' });
    expect(onGithub.status).toBe(1);
    const annotations = onGithub.stdout.trimEnd().split('\n');
    expect(annotations).toHaveLength(expected.length);
    for (const [index, line] of expected.entries()) {
      const [, file, lineNumber] = /^([^:]+):(\d+)/.exec(line)!;
      expect(annotations[index]).toMatch(new RegExp(`^::error file=${label}/${file},line=${lineNumber}(,col=\\d+)?(,title=[^:]+)?::\\S`));
    }
    // The plain lines are unchanged on stderr.
    expect(onGithub.stderr.split('\n').slice(0, expected.length)).toEqual(expected.map((line) => `${label}/${line}`));
    const elsewhere = rolebook(['check'], { ROLEBOOK_CONTENT: root, GITHUB_ACTIONS: '' });
    expect(elsewhere.stdout).toBe('');
    expect(elsewhere.stderr).toBe(onGithub.stderr);
  });
});
