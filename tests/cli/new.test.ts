/** `rolebook new`: what each kind writes, that it always passes check, and what it refuses. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { mdxSyntaxProblems } from '../../src/lib/mdx-syntax.ts';
import { kpiTemplate } from '../../src/lib/scaffold/kpi.ts';
import { roleTemplate } from '../../src/lib/scaffold/role.ts';
import { clientToken, shareSecret } from '../../src/lib/share-token.ts';
import { parseMdx, parseYaml } from '../../src/lib/source.ts';
import { clientSchema } from '../../src/schemas/client.ts';
import { kpiSchema } from '../../src/schemas/kpi.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { astroBuild, rolebook } from '../helpers/build.ts';
import { listFiles, readText } from '../helpers/dist.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { loadPage } from '../helpers/html.ts';
import { DEMO_CONTENT, PROJECT, TEST_OUTPUT, VALID_FIXTURE } from '../helpers/paths.ts';

function run(root: string, ...args: string[]) {
  return rolebook(['new', ...args], { ROLEBOOK_CONTENT: root });
}

/** Every file of a root with its content, to prove a refusal wrote nothing. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).map((file) => [file, readText(root, file)]));
}

/** `field → JSDoc` of a schema file's top-level fields, each JSDoc joined into one line. */
function schemaDocs(file: string): Map<string, string> {
  const source = fs.readFileSync(path.join(PROJECT, file), 'utf8');
  const docs = new Map<string, string>();
  for (const [, doc = '', field = ''] of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*(\w+):/g)) {
    docs.set(
      field,
      doc
        .split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, '').trim())
        .filter(Boolean)
        .join(' '),
    );
  }
  return docs;
}

/** The fields a YAML text names at its top level, written or commented out, each with the comment line above it. */
function fieldsWithComments(yaml: string): Map<string, string> {
  const lines = yaml.split('\n');
  const fields = new Map<string, string>();
  lines.forEach((line, index) => {
    const field = /^(?:# )?([a-z][A-Za-z]*):/.exec(line)?.[1];
    if (field) fields.set(field, lines[index - 1] ?? '');
  });
  return fields;
}

function frontmatterOf(text: string): string {
  return /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
}

/** What a lead does with a scaffold: take every commented-out field (and its nested lines) in. */
function uncommentFields(text: string): string {
  return text.replace(/^# (?=[a-z][A-Za-z]*:|\s)/gm, '');
}

/** The problems `rolebook check` has with a root. */
function checked(root: string): string[] {
  return checkContent(root).problems.map((problem) => `${problem.file}: ${problem.message}`);
}

/** The one release of the fixture as 2.0 too, so "the latest release" is not the only one. */
function withSecondRelease(root: string): string {
  fs.cpSync(path.join(root, 'versions/1.0'), path.join(root, 'versions/2.0'), { recursive: true });
  return root;
}

function expectDocumented(yaml: string, schemaFile: string, keys: string[]): void {
  const docs = schemaDocs(schemaFile);
  const fields = fieldsWithComments(yaml);
  expect([...fields.keys()].sort()).toEqual([...keys].sort());
  for (const key of keys) expect(fields.get(key), key).toBe(`# ${docs.get(key)}`);
}

describe('rolebook new role', () => {
  it('writes every schema field, the optional ones commented out with their JSDoc, and passes check', () => {
    const root = copyRoot(VALID_FIXTURE);
    const { status, stdout, stderr } = run(root, 'role', 'community-manager');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const file = `${root}/playbook/roles/community-manager.mdx`;
    expect(stdout).toMatch(new RegExp(`^✓ Created ${file}\n\nEdit it, then run \`npm run check\`\\.\n`));
    const text = fs.readFileSync(file, 'utf8');
    expectDocumented(frontmatterOf(text), 'src/schemas/role.ts', Object.keys(roleSchema.shape));
    // Required fields are written; optional ones are not, until the lead takes them in.
    const data = parseMdx(text, 'x.mdx').data as Record<string, unknown>;
    expect(data).toEqual({ title: 'Community Manager', summary: 'TODO: one sentence on what the role is for' });
    expect(checked(root)).toEqual([]);
  });

  it('has the sections every demo role has, in their order (a role may add its own)', () => {
    const root = copyRoot(VALID_FIXTURE);
    expect(run(root, 'role', 'analyst').status).toBe(0);
    const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('## '));
    const demo = fs.readdirSync(path.join(DEMO_CONTENT, 'playbook/roles')).map((name) => headings(readText(path.join(DEMO_CONTENT, 'playbook/roles'), name)));
    expect(demo.length).toBeGreaterThan(0);
    const scaffold = headings(readText(root, 'playbook/roles/analyst.mdx'));
    expect(scaffold.length).toBeGreaterThan(4);
    for (const role of demo) expect(role.filter((heading) => scaffold.includes(heading))).toEqual(scaffold);
  });

  it('stays valid when every optional field is uncommented', () => {
    const root = copyRoot(VALID_FIXTURE);
    expect(run(root, 'role', 'analyst').status).toBe(0);
    const file = path.join(root, 'playbook/roles/analyst.mdx');
    fs.writeFileSync(file, uncommentFields(fs.readFileSync(file, 'utf8')));
    expect(Object.keys(parseMdx(fs.readFileSync(file, 'utf8'), 'x').data as object).sort()).toEqual(Object.keys(roleSchema.shape).sort());
    expect(checked(root)).toEqual([]);
  });

  it('takes a --title, quoting it when YAML would read it as something else', () => {
    for (const title of ['Head of "Social"', 'yes', '2024', 'Lead: EMEA', '#1 fan', 'null']) {
      const text = roleTemplate({ id: 'x', title });
      const source = parseMdx(text, 'x.mdx');
      expect(source.problems, title).toEqual([]);
      expect((source.data as { title: unknown }).title, title).toBe(title);
    }
    const root = copyRoot(VALID_FIXTURE);
    expect(run(root, 'role', 'lead', '--title', 'Lead: EMEA').status).toBe(0);
    expect(checked(root)).toEqual([]);
  });

  it('refuses to replace a role, or to shadow a .md one, naming the file and changing nothing', () => {
    const root = copyRoot(VALID_FIXTURE);
    fs.writeFileSync(path.join(root, 'playbook/roles/analyst.md'), '---\ntitle: Analyst\nsummary: Reads numbers.\n---\n');
    const before = snapshot(root);
    for (const [id, name] of [
      ['account-lead', 'account-lead.mdx'],
      ['analyst', 'analyst.md'],
    ] as const) {
      const { status, stdout, stderr } = run(root, 'role', id);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(`rolebook new: ${root}/playbook/roles/${name} already exists; edit it by hand (rolebook new never replaces a file)\n`);
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('has no --force', () => {
    const root = copyRoot(VALID_FIXTURE);
    const before = snapshot(root);
    const { status, stderr } = run(root, 'role', 'account-lead', '--force');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^rolebook new: there is no --force: rolebook new never replaces a file; edit the existing one by hand\n\nUsage: rolebook new/);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('rolebook new kpi', () => {
  const options = ['--owner', 'account-lead', '--formula', '(likes + comments) / followers', '--unit', 'percent', '--direction', 'up'];

  it('writes the KPI with the given fields, documented, and it passes check', () => {
    const root = copyRoot(VALID_FIXTURE);
    const { status, stdout, stderr } = run(root, 'kpi', 'interaction-rate', ...options);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`✓ Created ${root}/playbook/kpis/interaction-rate.mdx\n`);
    const text = readText(root, 'playbook/kpis/interaction-rate.mdx');
    expectDocumented(frontmatterOf(text), 'src/schemas/kpi.ts', Object.keys(kpiSchema.shape));
    expect(parseMdx(text, 'x.mdx').data).toEqual({
      name: 'Interaction rate',
      owner: 'account-lead',
      formula: '(likes + comments) / followers',
      unit: 'percent',
      direction: 'up',
    });
    // The formula in words, with the registry's labels.
    expect(text).toContain('## How it is calculated\n\n(Likes + Comments) ÷ Followers. TODO:');
    expect(checked(root)).toEqual([]);
    fs.writeFileSync(path.join(root, 'playbook/kpis/interaction-rate.mdx'), uncommentFields(text));
    expect(checked(root)).toEqual([]);
  });

  it('writes a KPI for the demo content that passes check', () => {
    const root = copyRoot(DEMO_CONTENT);
    const args = [
      'kpi',
      'comment-rate',
      '--owner',
      'community-manager',
      '--formula',
      'comments / reach',
      '--unit',
      'percent',
      '--direction',
      'up',
      '--name',
      'Comment rate: organic',
    ];
    const { status, stderr } = run(root, ...args);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(readText(root, 'playbook/kpis/comment-rate.mdx')).toContain('Comments ÷ Reach.');
    expect(checked(root)).toEqual([]);
  });

  it('checks every option against the draft and writes nothing when one is wrong', () => {
    const root = copyRoot(VALID_FIXTURE);
    const before = snapshot(root);
    const file = `${root}/playbook/kpis/bad.mdx`;
    const cases: [string[], string[]][] = [
      [
        ['--owner', 'nobody', '--formula', 'likes / impressions', '--unit', 'percent', '--direction', 'up'],
        [`${file}: owner: unknown role "nobody" (expected a role of playbook: account-lead, support-agent)`],
      ],
      [
        ['--owner', 'account-lead', '--formula', 'likes / views', '--unit', 'percent', '--direction', 'up'],
        [
          `${file}: formula: unknown metric "views" (expected a metric id from playbook/metrics.yaml: impressions, likes, comments, followers, messages, replies)`,
        ],
      ],
      [
        ['--owner', 'account-lead', '--formula', 'likes /', '--unit', 'percent', '--direction', 'up'],
        [`${file}: formula: syntax error: Expected expression after / at character 8 of "likes /"`],
      ],
      [
        ['--owner', 'account-lead', '--formula', 'Math.max(likes)', '--unit', 'percent', '--direction', 'up'],
        [`${file}: formula: calling property access is not allowed (expected numbers, metric ids, + - * /, parentheses and previous(metric))`],
      ],
      [
        ['--owner', 'Account Lead', '--formula', 'likes', '--unit', 'pct', '--direction', 'sideways'],
        [
          `${file}: owner: "Account Lead" must be a lowercase id such as "community-manager"`,
          `${file}: unit: is "pct" (expected one of count, percent, currency, minutes, ratio)`,
          `${file}: direction: is "sideways" (expected one of up, down)`,
        ],
      ],
    ];
    for (const [args, lines] of cases) {
      const { status, stdout, stderr } = run(root, 'kpi', 'bad', ...args);
      expect(status, args.join(' ')).toBe(1);
      expect(stdout).toBe('');
      const count = lines.length === 1 ? '1 problem' : `${lines.length} problems`;
      expect(stderr).toBe(`${lines.join('\n')}\n\nrolebook new kpi: ${count}; nothing was written\n`);
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('needs --owner, --formula, --unit and --direction (exit 2)', () => {
    const root = copyRoot(VALID_FIXTURE);
    const { status, stderr } = run(root, 'kpi', 'reach', '--owner', 'account-lead');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^rolebook new: new kpi needs --formula, --unit, --direction\n\nUsage: rolebook new/);
    expect(run(root, 'kpi', 'reach', ...options.slice(0, -1)).stderr).toMatch(/^rolebook new: --direction needs a value\n/);
    expect(fs.existsSync(path.join(root, 'playbook/kpis/reach.mdx'))).toBe(false);
  });

  it('quotes a name YAML would misread, and escapes metric labels MDX would misread', () => {
    for (const name of ['Reach: paid', 'no', '100', "It's 'quoted'"]) {
      const source = parseMdx(
        kpiTemplate({ name, owner: 'a', formula: 'a + "b"', unit: 'count', direction: 'up', formulaInWords: 'Clicks {paid} ÷ <Reach>' }),
        'x.mdx',
      );
      expect(source.problems).toEqual([]);
      expect(source.data).toMatchObject({ name, formula: 'a + "b"' });
      expect(mdxSyntaxProblems(source.body, 'x.mdx')).toEqual([]);
    }
  });
});

describe('rolebook new client', () => {
  it('writes client.yaml pinned to the latest release, targets only as commented examples, and a snapshots README', () => {
    const root = withSecondRelease(copyRoot(VALID_FIXTURE));
    const { status, stdout, stderr } = run(root, 'client', 'acme-outdoor', '--platforms', 'instagram,tiktok');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(
      `✓ Created ${root}/clients/acme-outdoor/client.yaml\n✓ Created ${root}/clients/acme-outdoor/snapshots/README.md\n\nEdit it, then run \`npm run check\`.\n`,
    );
    const yaml = readText(root, 'clients/acme-outdoor/client.yaml');
    expectDocumented(yaml, 'src/schemas/client.ts', Object.keys(clientSchema.shape));
    expect(parseYaml(yaml, 'x').data).toEqual({ name: 'Acme Outdoor', playbook: '2.0', platforms: ['instagram', 'tiktok'] });
    expect(yaml).toMatch(/^# targets:\n# {3}audience-growth: 0\.045 # 4\.5%\n/m);
    expect(listFiles(path.join(root, 'clients/acme-outdoor'))).toEqual(['client.yaml', 'snapshots/README.md']);
    const readme = readText(root, 'clients/acme-outdoor/snapshots/README.md');
    expect(readme).toContain('named `YYYY-MM.csv`');
    expect(readme).toContain('```csv\nplatform,impressions,likes,comments,followers,messages\ninstagram,');
    expect(readme).toContain('registers: `impressions`, `likes`, `comments`, `followers` (stock), `messages`, `replies`.');
    expect(checked(root)).toEqual([]);
  });

  it('stays valid with every optional field uncommented, examples taken from the pinned version', () => {
    const root = copyRoot(VALID_FIXTURE);
    expect(run(root, 'client', 'acme', '--platforms', 'x', '--name', 'ACME: "Outdoor"', '--playbook', '1.0').status).toBe(0);
    const file = path.join(root, 'clients/acme/client.yaml');
    fs.writeFileSync(file, uncommentFields(fs.readFileSync(file, 'utf8')));
    const data = parseYaml(fs.readFileSync(file, 'utf8'), 'x').data as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(Object.keys(clientSchema.shape).sort());
    expect(data.name).toBe('ACME: "Outdoor"');
    expect(checked(root)).toEqual(['clients/acme/client.yaml: file "logo.svg" not found in the client folder']);
    // The logo the example names is a file the lead puts next to client.yaml.
    fs.writeFileSync(path.join(root, 'clients/acme/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 48"/>');
    expect(checked(root)).toEqual([]);
  });

  it('refuses a version that is not released, bad platforms, or no release at all', () => {
    const root = copyRoot(VALID_FIXTURE);
    const before = snapshot(root);
    const file = `${root}/clients/acme/client.yaml`;
    const bad = run(root, 'client', 'acme', '--platforms', 'Insta,all,all', '--playbook', '2.0');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(
      [
        `${file}: platforms[0]: "Insta" must be a lowercase id such as "community-manager"`,
        `${file}: platforms: lists a platform twice`,
        `${file}: platforms: cannot include "all", which names the total across platforms`,
        `${file}: playbook: version "2.0" has not been released (expected one of 1.0 (folders in versions/))`,
        '',
        'rolebook new client: 4 problems; nothing was written',
        '',
      ].join('\n'),
    );
    expect(snapshot(root)).toEqual(before);
    fs.rmSync(path.join(root, 'versions'), { recursive: true });
    fs.rmSync(path.join(root, 'clients'), { recursive: true });
    const none = run(root, 'client', 'acme', '--platforms', 'x');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain(
      `${file}: playbook: there is no released playbook version to pin yet (expected a release; run \`rolebook release 1.0\` first)`,
    );
    expect(listFiles(root).every((name) => !name.startsWith('clients/'))).toBe(true);
  });

  it('refuses an existing client, and keeps an existing snapshots README', () => {
    const root = copyRoot(VALID_FIXTURE);
    const before = snapshot(root);
    const { status, stderr } = run(root, 'client', 'tiny-bakery', '--platforms', 'x');
    expect(status).toBe(1);
    expect(stderr).toBe(`rolebook new: ${root}/clients/tiny-bakery/client.yaml already exists; edit it by hand (rolebook new never replaces a file)\n`);
    expect(snapshot(root)).toEqual(before);
    const readme = path.join(root, 'clients/imported/snapshots/README.md');
    fs.mkdirSync(path.dirname(readme), { recursive: true });
    fs.writeFileSync(readme, 'Our own notes.\n');
    expect(run(root, 'client', 'imported', '--platforms', 'x').status).toBe(0);
    expect(fs.readFileSync(readme, 'utf8')).toBe('Our own notes.\n');
  });

  it('needs --platforms (exit 2)', () => {
    const root = copyRoot(VALID_FIXTURE);
    const { status, stderr } = run(root, 'client', 'acme');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^rolebook new: new client needs --platforms\n/);
  });
});

describe('rolebook new report', () => {
  it('defaults to the latest snapshot and passes check', () => {
    const root = copyRoot(VALID_FIXTURE);
    const { status, stdout, stderr } = run(root, 'report', 'tiny-bakery');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^✓ Created ${root}/clients/tiny-bakery/reports/2026-03\\.mdx\n\nEdit it, then run \`npm run check\`\\.\n$`));
    const text = readText(root, 'clients/tiny-bakery/reports/2026-03.mdx');
    expectDocumented(frontmatterOf(text), 'src/schemas/report.ts', Object.keys(reportSchema.shape));
    expect(checked(root)).toEqual([]);
    fs.writeFileSync(path.join(root, 'clients/tiny-bakery/reports/2026-03.mdx'), uncommentFields(text));
    expect(checked(root)).toEqual([]);
  });

  it('writes a named month that has a snapshot', () => {
    const root = copyRoot(VALID_FIXTURE);
    expect(run(root, 'report', 'tiny-bakery', '2026-01').status).toBe(0);
    expect(fs.existsSync(path.join(root, 'clients/tiny-bakery/reports/2026-01.mdx'))).toBe(true);
    expect(checked(root)).toEqual([]);
  });

  it('refuses a month without a snapshot, an existing report and an unknown client', () => {
    const root = copyRoot(VALID_FIXTURE);
    const before = snapshot(root);
    const noData = run(root, 'report', 'tiny-bakery', '2026-04');
    expect(noData.status).toBe(1);
    expect(noData.stderr).toBe(
      `${root}/clients/tiny-bakery/snapshots/2026-04.csv: does not exist: commentary needs a month with data, so rolebook check would reject a report for 2026-04 (expected a month with a snapshot, such as the latest, 2026-03)\n\nrolebook new report: 1 problem; nothing was written\n`,
    );
    const existing = run(root, 'report', 'tiny-bakery', '2026-02');
    expect(existing.status).toBe(1);
    expect(existing.stderr).toBe(
      `rolebook new: ${root}/clients/tiny-bakery/reports/2026-02.mdx already exists; edit it by hand (rolebook new never replaces a file)\n`,
    );
    const unknown = run(root, 'report', 'nobody', '2026-01');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(`${root}/clients/nobody/: does not exist (expected one of tiny-bakery, or create it with rolebook new client nobody)`);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a client without any snapshot', () => {
    const root = copyRoot(VALID_FIXTURE);
    fs.rmSync(path.join(root, 'clients/tiny-bakery/snapshots'), { recursive: true });
    fs.rmSync(path.join(root, 'clients/tiny-bakery/reports'), { recursive: true });
    const { status, stderr } = run(root, 'report', 'tiny-bakery');
    expect(status).toBe(1);
    expect(stderr).toContain(`${root}/clients/tiny-bakery/snapshots/: has no snapshot yet, so there is no month to comment on`);
  });
});

describe('what rolebook new writes', () => {
  it('builds: the new role, KPI, client and report all have their pages', () => {
    const root = copyRoot(VALID_FIXTURE);
    expect(run(root, 'role', 'analyst').status).toBe(0);
    expect(run(root, 'kpi', 'like-rate', '--owner', 'analyst', '--formula', 'likes / impressions', '--unit', 'percent', '--direction', 'up').status).toBe(0);
    expect(run(root, 'client', 'acme', '--platforms', 'mastodon').status).toBe(0);
    expect(run(root, 'report', 'tiny-bakery', '2026-01').status).toBe(0);
    fs.mkdirSync(TEST_OUTPUT, { recursive: true });
    const outDir = fs.mkdtempSync(path.join(TEST_OUTPUT, 'new-'));
    try {
      const { status, output } = astroBuild(root, outDir);
      expect(status, output).toBe(0);
      expect(loadPage(outDir, 'playbook/next/roles/analyst/index.html')('h1').text()).toContain('Analyst');
      expect(loadPage(outDir, 'playbook/next/kpis/like-rate/index.html')('h1').text()).toContain('Like rate');
      const secret = shareSecret(process.env);
      expect(loadPage(outDir, `r/${clientToken({ id: 'acme' }, secret)}/index.html`)('h1').text()).toContain('Acme');
      expect(readText(outDir, `r/${clientToken({ id: 'tiny-bakery' }, secret)}/2026-01/index.html`)).toContain('TODO: what happened in 2026-01');
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('rolebook new usage', () => {
  it('exits 2 on ids that are not slugs, bad months, unknown kinds and options that do not apply', () => {
    const root = copyRoot(VALID_FIXTURE);
    const before = snapshot(root);
    const cases: [string[], string][] = [
      [['role', 'Community Manager'], '"Community Manager" is not an id (expected lowercase words joined by hyphens, such as "community-manager")'],
      [['kpi', 'save_rate', '--owner', 'a', '--formula', 'b', '--unit', 'count', '--direction', 'up'], '"save_rate" is not an id'],
      [['client', 'Acme', '--platforms', 'x'], '"Acme" is not an id'],
      [['report', 'Tiny-Bakery'], '"Tiny-Bakery" is not an id'],
      [['report', 'tiny-bakery', '2026-3'], '"2026-3" is not a month (expected YYYY-MM, such as 2026-03)'],
      [['report', 'tiny-bakery', '2026-01', 'extra'], 'expected a client id and an optional YYYY-MM, got tiny-bakery 2026-01 extra'],
      [['role'], 'expected one role id, got none'],
      [['role', 'a', 'b'], 'expected one role id, got a b'],
      [[], 'say what to create: role, kpi, client or report'],
      [['widget', 'x'], 'cannot create "widget" (expected role, kpi, client or report)'],
      [['role', 'x', '--owner', 'a'], '--owner does not apply to new role (its options: --title)'],
      [['report', 'tiny-bakery', '--name', 'x'], '--name does not apply to new report (it takes no options)'],
      [['role', 'x', '--bogus'], 'unknown option "--bogus"'],
      [['role', 'x', '-f'], 'unknown option "-f"'],
      [['role', 'x', '--title'], '--title needs a value'],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = run(root, ...args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`rolebook new: ${message}`);
      expect(stderr).toContain('Usage: rolebook new <role|kpi|client|report> <id> [options]');
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('writes into ROLEBOOK_CONTENT, not the project content', () => {
    const root = copyRoot(VALID_FIXTURE);
    expect(run(root, 'role', 'community-manager-2').status).toBe(0);
    expect(fs.existsSync(path.join(root, 'playbook/roles/community-manager-2.mdx'))).toBe(true);
    expect(fs.existsSync(path.join(DEMO_CONTENT, 'playbook/roles/community-manager-2.mdx'))).toBe(false);
  });

  it('refuses a content root that does not exist', () => {
    const { status, stderr } = rolebook(['new', 'role', 'x'], { ROLEBOOK_CONTENT: '/nonexistent/rolebook-content' });
    expect(status).toBe(1);
    expect(stderr).toContain('content root /nonexistent/rolebook-content does not exist');
    expect(fs.existsSync('/nonexistent/rolebook-content')).toBe(false);
  });

  it('prints help with --help, for any kind', () => {
    for (const args of [['--help'], ['kpi', '--help'], ['-h']]) {
      const { status, stdout } = rolebook(['new', ...args]);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^Usage: rolebook new <role\|kpi\|client\|report> <id> \[options\]\n/);
    }
  });
});
