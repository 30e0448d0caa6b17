/** `rolebook new role|kpi|client|report <id>`: a new content file from its schema; never replaces one. */
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../lib/check.ts';
import { DRAFT_VERSION, resolveContentRoot, rootLabel } from '../lib/content-root.ts';
import type { ContentTree, PlaybookSource } from '../lib/content-tree.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { readContent } from '../lib/read-content.ts';
import { clientProblems, clientTemplate, pinnedExamples, snapshotsReadme } from '../lib/scaffold/client.ts';
import { formulaInWords, kpiProblems, kpiTemplate } from '../lib/scaffold/kpi.ts';
import { reportTemplate } from '../lib/scaffold/report.ts';
import { roleTemplate } from '../lib/scaffold/role.ts';
import { sentenceFromId, titleFromId } from '../lib/scaffold/text.ts';
import { isSlug, slugify } from '../lib/slug.ts';
import { latestRelease } from '../lib/versions.ts';
import { PERIOD_PATTERN } from '../schemas/common.ts';
import { parseCommandArgs, runCommand, UsageError } from './shell.ts';

const HELP = `Usage: rolebook new <role|kpi|client|report> <id> [options]

Creates a content file from its schema: required fields filled in with a placeholder that
passes rolebook check, optional fields commented out with what they mean, and the page's
usual sections. It never replaces a file: to change one that exists, edit it.

  rolebook new role <id> [--title "<title>"]
      content/playbook/roles/<id>.mdx
  rolebook new kpi <id> --owner <role> --formula "<expr>" --unit <unit> --direction <up|down>
                        [--name "<name>"]
      content/playbook/kpis/<id>.mdx; <unit> is count, percent, currency, minutes or ratio
  rolebook new client <id> --platforms <a,b> [--name "<name>"] [--playbook <x.y>]
      content/clients/<id>/client.yaml and snapshots/README.md; --playbook defaults to the
      latest release
  rolebook new report <client> [<YYYY-MM>]
      content/clients/<client>/reports/<YYYY-MM>.mdx; the month defaults to the client's
      latest snapshot, and must have one

Ids are lowercase words joined by hyphens (community-manager). The owner, the formula's
metrics and the pinned version are checked against the content before anything is written.
ROLEBOOK_CONTENT points every path above at another content root.

Examples:
  rolebook new role community-manager
  rolebook new kpi save-rate --owner social-media-manager --formula "saves / impressions" --unit percent --direction up
  rolebook new client acme-outdoor --name "Acme Outdoor" --platforms instagram,tiktok
  rolebook new report acme-outdoor 2026-03

Options:
  -h, --help   show this help

Exits 0 when the file was written, 1 when it exists or an option does not fit the content
(nothing is written), 2 on a usage error.
`;

type Kind = 'role' | 'kpi' | 'client' | 'report';

/** Options each kind accepts, and which of them it needs. */
const KINDS: Record<Kind, { options: readonly string[]; required: readonly string[] }> = {
  role: { options: ['title'], required: [] },
  kpi: { options: ['owner', 'formula', 'unit', 'direction', 'name'], required: ['owner', 'formula', 'unit', 'direction'] },
  client: { options: ['platforms', 'name', 'playbook'], required: ['platforms'] },
  report: { options: [], required: [] },
};

const ALL_OPTIONS = new Set(Object.values(KINDS).flatMap((kind) => kind.options));

function isKind(name: string): name is Kind {
  return Object.hasOwn(KINDS, name);
}

interface Request {
  kind: Kind;
  names: string[];
  options: Map<string, string>;
}

/** Files to write (relative to the content root) and what to do next; or why not. */
type Plan = { files: { file: string; text: string }[]; hints: string[] } | { problems: Problem[] };

export function runNew(args: string[], env = process.env): number {
  return runCommand('new', HELP, args, () => create(newRequest(args), resolveContentRoot(env)));
}

/** Every option of every kind takes a value; which apply to a kind is checked after parsing. */
const OPTION_CONFIG = Object.fromEntries([...ALL_OPTIONS].map((name) => [name, { type: 'string' as const }]));

function newRequest(args: string[]): Request {
  if (args.some((arg) => arg === '--force' || arg.startsWith('--force=')))
    throw new UsageError('there is no --force: rolebook new never replaces a file; edit the existing one by hand');
  const { values, positionals } = parseCommandArgs(args, OPTION_CONFIG);
  const options = new Map(Object.entries(values).map(([name, value]) => [name, String(value).trim()]));
  const [kind, ...rest] = positionals;
  if (!kind) throw new UsageError('say what to create: role, kpi, client or report');
  if (!isKind(kind)) throw new UsageError(`cannot create "${kind}" (expected role, kpi, client or report)`);
  checkRequest(kind, rest, options);
  return { kind, names: rest, options };
}

function checkRequest(kind: Kind, names: string[], options: Map<string, string>): void {
  const { options: accepted, required } = KINDS[kind];
  for (const name of options.keys()) {
    if (!accepted.includes(name))
      throw new UsageError(
        `--${name} does not apply to new ${kind} (${accepted.length ? `its options: ${accepted.map((o) => `--${o}`).join(', ')}` : 'it takes no options'})`,
      );
  }
  const most = kind === 'report' ? 2 : 1;
  const what = kind === 'report' ? 'a client id and an optional YYYY-MM' : `one ${kind} id`;
  if (names.length === 0 || names.length > most) throw new UsageError(`expected ${what}, got ${names.length ? names.join(' ') : 'none'}`);
  const missing = required.filter((name) => !options.has(name));
  if (missing.length) throw new UsageError(`new ${kind} needs ${missing.map((name) => `--${name}`).join(', ')}`);
  const id = names[0]!;
  if (!isSlug(id)) {
    const suggestion = slugify(id);
    throw new UsageError(`"${id}" is not an id (expected lowercase words joined by hyphens${suggestion ? `, such as "${suggestion}"` : ''})`);
  }
  const period = names[1];
  if (period !== undefined && !PERIOD_PATTERN.test(period)) throw new UsageError(`"${period}" is not a month (expected YYYY-MM, such as 2026-03)`);
}

function create(request: Request, root: string): number {
  const label = rootLabel(root);
  const { tree, problems } = readContent(root);
  const fatal = problems.filter((p) => p.file === '.' || (p.file === 'playbook/' && (request.kind === 'role' || request.kind === 'kpi')));
  const plan = fatal.length ? { problems: fatal } : planFor(request, tree, label);
  if ('problems' in plan) return refuse(plan.problems, label, request.kind);
  for (const { file } of plan.files) {
    const existing = [file, file.replace(/\.mdx$/, '.md')].find((candidate) => fs.existsSync(path.join(root, candidate)));
    if (existing) return refuseExisting(`${label}/${existing}`);
  }
  for (const { file, text } of plan.files) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      // 'wx' fails if the file appeared since the check above: nothing is ever replaced.
      fs.writeFileSync(target, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return refuseExisting(`${label}/${file}`);
      throw error;
    }
    process.stdout.write(`✓ Created ${label}/${file}\n`);
  }
  return checkWritten(
    root,
    label,
    plan.files.map((f) => f.file),
    plan.hints,
  );
}

/** `label` is how hints name the content root. */
function planFor(request: Request, tree: ContentTree, label: string): Plan {
  const [id, period] = request.names as [string, string | undefined];
  const draft = tree.playbooks.find((playbook) => playbook.version === DRAFT_VERSION);
  switch (request.kind) {
    case 'role':
      return planRole(id, request.options, draft!, label);
    case 'kpi':
      return planKpi(id, request.options, draft!, label);
    case 'client':
      return planClient(id, request.options, tree, label);
    case 'report':
      return planReport(id, period, tree);
  }
}

function planRole(id: string, options: Map<string, string>, draft: PlaybookSource, label: string): Plan {
  const exampleRole = [...draft.roleIds].find((role) => role !== id);
  const text = roleTemplate({ id, title: options.get('title'), exampleKpi: [...draft.kpiIds][0], exampleRole });
  return {
    files: [{ file: `${draft.dir}/roles/${id}.mdx`, text }],
    hints: [
      `Then give the role its tasks in ${label}/${draft.dir}/responsibilities.yaml, and new hires a checklist in ${label}/${draft.dir}/onboarding/${id}.mdx.`,
    ],
  };
}

function planKpi(id: string, options: Map<string, string>, draft: PlaybookSource, label: string): Plan {
  const file = `${draft.dir}/kpis/${id}.mdx`;
  const kpi = {
    name: options.get('name') ?? sentenceFromId(id),
    owner: options.get('owner')!,
    formula: options.get('formula')!,
    unit: options.get('unit')!,
    direction: options.get('direction')!,
  };
  const problems = kpiProblems(kpi, draft, file);
  if (problems.length) return { problems };
  return {
    files: [{ file, text: kpiTemplate({ ...kpi, formulaInWords: formulaInWords(kpi.formula, draft) }) }],
    hints: [`Then list it under kpis: in ${label}/${draft.dir}/roles/${kpi.owner}.mdx, and give clients a target for it under targets: in their client.yaml.`],
  };
}

function planClient(id: string, options: Map<string, string>, tree: ContentTree, label: string): Plan {
  const dir = `clients/${id}`;
  const released = tree.playbooks.filter((p) => p.version !== DRAFT_VERSION);
  const playbook = options.get('playbook') ?? latestRelease(released.map((p) => p.version));
  if (!playbook) {
    return {
      problems: [
        {
          file: `${dir}/client.yaml`,
          field: 'playbook',
          message: 'there is no released playbook version to pin yet',
          expected: 'a release; run `rolebook release 1.0` first',
        },
      ],
    };
  }
  const platforms = options
    .get('platforms')!
    .split(',')
    .map((platform) => platform.trim())
    .filter(Boolean);
  const client = { id, name: options.get('name') ?? titleFromId(id), platforms, playbook };
  const problems = clientProblems(client, released, `${dir}/client.yaml`);
  if (problems.length) return { problems };
  const pinned = pinnedExamples(released.find((p) => p.version === playbook)!);
  const files = [{ file: `${dir}/client.yaml`, text: clientTemplate(client, pinned) }];
  // A folder that already has snapshots (from an import, say) keeps its README if it has one.
  const readme = `${dir}/snapshots/README.md`;
  if (!fs.existsSync(path.join(tree.root, readme))) files.push({ file: readme, text: snapshotsReadme(client, pinned) });
  return {
    files,
    hints: [`Then add a month of numbers: npm run rolebook -- import <export.csv> --client ${id}, or a CSV written by hand (see ${label}/${readme}).`],
  };
}

function planReport(clientId: string, requested: string | undefined, tree: ContentTree): Plan {
  const client = tree.clients.find((c) => c.id === clientId);
  if (!client) {
    const known = tree.clients.map((c) => c.id);
    return {
      problems: [
        {
          file: `clients/${clientId}/`,
          message: 'does not exist',
          expected: `${known.length ? `one of ${known.join(', ')}` : 'a client folder'}, or create it with rolebook new client ${clientId}`,
        },
      ],
    };
  }
  const periods = [...client.snapshotPeriods].sort();
  const latest = periods.at(-1);
  const period = requested ?? latest;
  if (!period) {
    return {
      problems: [
        {
          file: `${client.dir}/snapshots/`,
          message: 'has no snapshot yet, so there is no month to comment on',
          expected: `a YYYY-MM.csv first, such as one made by npm run rolebook -- import <export.csv> --client ${clientId}`,
        },
      ],
    };
  }
  if (!client.snapshotPeriods.has(period)) {
    return {
      problems: [
        {
          file: `${client.dir}/snapshots/${period}.csv`,
          message: `does not exist: commentary needs a month with data, so rolebook check would reject a report for ${period}`,
          expected: `a month with a snapshot, such as the latest, ${latest ?? 'none yet'}`,
        },
      ],
    };
  }
  const text = reportTemplate({ clientName: client.client?.data.name ?? titleFromId(clientId), period });
  return { files: [{ file: `${client.dir}/reports/${period}.mdx`, text }], hints: [] };
}

function refuse(problems: Problem[], label: string, kind: Kind): number {
  for (const problem of problems) process.stderr.write(`${formatProblem(problem, label)}\n`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  process.stderr.write(`\nrolebook new ${kind}: ${count}; nothing was written\n`);
  return 1;
}

function refuseExisting(file: string): number {
  process.stderr.write(`rolebook new: ${file} already exists; edit it by hand (rolebook new never replaces a file)\n`);
  return 1;
}

/** The new files must pass `rolebook check` as they are; anything else in the root is only mentioned. */
function checkWritten(root: string, label: string, files: string[], hints: string[]): number {
  const { problems } = checkContent(root);
  const own = problems.filter((problem) => files.includes(problem.file));
  if (own.length) {
    for (const problem of own) process.stderr.write(`${formatProblem(problem, label)}\n`);
    process.stderr.write(
      '\n✗ rolebook new wrote a file that rolebook check rejects. This is a bug in Rolebook: please report it, and fix the file by hand meanwhile.\n',
    );
    return 1;
  }
  process.stdout.write(`\nEdit it, then run \`npm run check\`.\n${hints.map((hint) => `${hint}\n`).join('')}`);
  const others = problems.length;
  if (others) process.stderr.write(`note: ${label}/ has ${others === 1 ? '1 problem' : `${others} problems`} in other files; \`npm run check\` lists them\n`);
  return 0;
}
