/** `rolebook import <file> --client <id>`: a platform's analytics export → the client's snapshot CSVs. */
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../lib/check.ts';
import { DRAFT_VERSION, resolveContentRoot, rootLabel } from '../lib/content-root.ts';
import { ImportError } from '../lib/import/errors.ts';
import { FORMATS } from '../lib/import/formats/index.ts';
import { planImport, type ImportRequest } from '../lib/import/plan.ts';
import { summarizeImport } from '../lib/import/summary.ts';
import { formatProblem } from '../lib/problems.ts';
import { PERIOD_PATTERN } from '../schemas/common.ts';
import { parseSnapshotCsv } from '../lib/snapshot-csv.ts';

const HELP = `Usage: rolebook import <file> --client <id> [--platform <id>] [--period YYYY-MM] [--year YYYY]
                       [--dry-run] [--force]

Turns a platform's analytics export into the client's snapshots: one
content/clients/<id>/snapshots/<YYYY-MM>.csv per month the export covers. Per-post and per-day
rows are rolled up to the month (flows summed, stocks such as followers taken on the last day
with a value); a snapshot that already has daily rows gets daily rows. Other platforms' rows in
those files are kept, and a cell the export does not have stays empty, never 0.

The export is recognised by its columns, whatever the file is called:
${FORMATS.map((format) => `  ${format.name}`).join('\n')}

Options:
  --client <id>      the client: a folder in content/clients/
  --platform <id>    the platform of an export that does not say it (a Meta export), the
                     client's own id for it (twitter for an X export), or the one network
                     to import from a Sprout Social or Hootsuite export
  --period YYYY-MM   import only this month; required for an export without dates
                     (YouTube Table data by content)
  --year YYYY        the year of the first row, for dates without a year (TikTok); a series
                     that passes New Year continues into the next year
  --dry-run          print what would change and write nothing
  --force            replace values the snapshots already have for the platform
  -h, --help         show this help

Exits 0 when the import is written (or, with --dry-run, would be), 1 when the export, the
client or a snapshot stops it (then nothing is written), 2 on a usage error.
`;

interface ImportArgs {
  file: string;
  client: string;
  platform?: string;
  period?: string;
  year?: number;
  dryRun: boolean;
  force: boolean;
}

class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--client', '--platform', '--period', '--year']);

export function runImport(args: string[], env = process.env): number {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(HELP);
    return 0;
  }
  let parsed: ImportArgs;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`rolebook import: ${error.message}\n\n${HELP}`);
    return 2;
  }
  const root = resolveContentRoot(env);
  const label = rootLabel(root);
  try {
    return runWith(parsed, root, label);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    process.stderr.write(`rolebook import: ${error.message}\n`);
    // Problems in the export name it as given; problems in content files get the content root in front.
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem, problem.file === parsed.file ? '' : label)}\n`);
    if (error.kind === 'usage') process.stderr.write('Run "rolebook import --help" for the options.\n');
    return error.kind === 'usage' ? 2 : 1;
  }
}

function parseArgs(args: string[]): ImportArgs {
  const values = new Map<string, string>();
  const files: string[] = [];
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      if (values.has(name)) throw new UsageError(`${name} is given twice`);
      values.set(name, value);
    } else if (arg === '--dry-run' || arg === '--force') flags.add(arg);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length ? `expected one file, got ${files.length}: ${files.join(' ')}` : 'expected the export file to import');
  const client = values.get('--client');
  if (!client) throw new UsageError('--client <id> is required: the client whose snapshots the export goes into');
  const period = values.get('--period');
  if (period !== undefined && !PERIOD_PATTERN.test(period)) throw new UsageError(`--period "${period}" is not a month (expected YYYY-MM, such as 2024-09)`);
  const year = values.get('--year');
  if (year !== undefined && !/^\d{4}$/.test(year)) throw new UsageError(`--year "${year}" is not a year (expected four digits, such as 2024)`);
  const platform = values.get('--platform');
  if (platform !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(platform)) throw new UsageError(`--platform "${platform}" is not a platform id (expected a lowercase id such as "instagram")`);
  return {
    file: files[0]!,
    client,
    ...(platform ? { platform } : {}),
    ...(period ? { period } : {}),
    ...(year ? { year: Number(year) } : {}),
    dryRun: flags.has('--dry-run'),
    force: flags.has('--force'),
  };
}

function runWith(args: ImportArgs, root: string, label: string): number {
  const bytes = readExport(args.file);
  const target = clientTarget(root, label, args.client);
  const snapshotFile = (period: string) => `clients/${args.client}/snapshots/${period}.csv`;
  const request: ImportRequest = {
    file: args.file,
    bytes,
    ...target,
    ...(args.platform ? { platform: args.platform } : {}),
    ...(args.period ? { period: args.period } : {}),
    ...(args.year ? { year: args.year } : {}),
    force: args.force,
    rootLabel: label,
    snapshotFile,
    readSnapshot: (period) => {
      const file = path.join(root, snapshotFile(period));
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    },
  };
  const plan = planImport(request);
  if (!args.dryRun) {
    for (const file of plan.files.filter((f) => f.changed)) {
      const absolute = path.join(root, file.file);
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      fs.writeFileSync(absolute, file.text);
      const { problems } = parseSnapshotCsv(fs.readFileSync(absolute, 'utf8'), file.file, file.period);
      if (problems.length) throw new ImportError(`${label}/${file.file} was written but does not read back as a snapshot`, 'content', problems);
    }
  }
  process.stdout.write(summarizeImport(plan, { file: args.file, rootLabel: label, dryRun: args.dryRun }));
  return 0;
}

function readExport(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(code === 'ENOENT' ? `cannot read ${file}: no such file` : code === 'EISDIR' ? `${file} is a folder, not an export file` : `cannot read ${file}: ${(error as Error).message}`);
  }
}

/** The client, checked: it exists, its client.yaml is valid, and the version it pins has a metric registry. */
function clientTarget(root: string, label: string, id: string): Pick<ImportRequest, 'client' | 'registry'> {
  const { tree, problems } = checkContent(root);
  if (problems.some((p) => p.file === '.')) throw new ImportError(`cannot use the content root ${label}/`, 'content', problems.filter((p) => p.file === '.'));
  const client = tree.clients.find((c) => c.id === id);
  if (!client) {
    const known = tree.clients.map((c) => c.id);
    throw new ImportError(`no client "${id}" in ${label}/clients/ (${known.length ? `clients: ${known.join(', ')}` : 'there are no clients yet; run rolebook new client <id>'})`);
  }
  const clientFile = `${client.dir}/client.yaml`;
  if (!client.client) throw new ImportError(`${label}/${clientFile} has problems; fix them before importing`, 'content', problems.filter((p) => p.file === clientFile));
  const data = client.client.data;
  const pinned = tree.playbooks.find((p) => p.version === data.playbook && p.version !== DRAFT_VERSION);
  if (!pinned) throw new ImportError(`${label}/${clientFile} pins playbook "${data.playbook}", which has not been released (no ${label}/versions/${data.playbook}/)`);
  const registryFile = `${pinned.dir}/metrics.yaml`;
  if (!pinned.metrics) throw new ImportError(`${label}/${registryFile} cannot be used`, 'content', problems.filter((p) => p.file === registryFile));
  return {
    client: { id, platforms: data.platforms, file: clientFile },
    registry: { version: pinned.version, file: registryFile, metrics: pinned.metrics.data },
  };
}
