/** `rolebook import <file|folder…> --client <id>`: platforms' analytics exports → the client's snapshot CSVs. */
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../lib/check.ts';
import { DRAFT_VERSION, resolveContentRoot, rootLabel } from '../lib/content-root.ts';
import { ImportError } from '../lib/import/errors.ts';
import { planImports, type BatchFile, type ExportFile } from '../lib/import/batch.ts';
import { FORMATS } from '../lib/import/formats/index.ts';
import type { ImportRequest } from '../lib/import/plan.ts';
import { summarizeImports } from '../lib/import/summary.ts';
import { formatProblem } from '../lib/problems.ts';
import { PERIOD_PATTERN } from '../schemas/common.ts';
import { parseSnapshotCsv } from '../lib/snapshot-csv.ts';
import { parseCommandArgs, runCommand, UsageError } from './shell.ts';
import { isSlug } from '../lib/slug.ts';

const HELP = `Usage: rolebook import <file|folder>... --client <id> [--platform <id>] [--period YYYY-MM]
                       [--year YYYY] [--dry-run] [--force]

Turns platforms' analytics exports into the client's snapshots: one
content/clients/<id>/snapshots/<YYYY-MM>.csv per month the exports cover. Per-post and per-day
rows are rolled up to the month (flows summed, stocks such as followers taken on the last day
with a value, reach never added up over days or posts); a snapshot that already has daily rows
gets daily rows. Other platforms' rows in those files are kept, and a cell the export does not
have stays empty, never 0.

Several files, or a folder of them (its .csv, .tsv and .txt files; a spreadsheet there is
refused with what to do), are imported together: all of them or, when one cannot be, none,
with one summary. Two exports with the same numbers are refused.

The export is recognised by the columns it needs, whatever the file is called; its other
columns are listed as ignored:
${FORMATS.map((format) => `  ${format.name}`).join('\n')}

What blanks mean: on a per-post export, a blank cell is none of it on that post; on a per-day
export, a blank day leaves the month's total empty. A negative daily count is the platform's
correction and is added in; a month whose total stays negative is left empty for that metric.

Options:
  --client <id>      the client: a folder in content/clients/
  --platform <id>    the platform of an export that does not say it (a Meta daily series,
                     an Ads Manager report), the client's own id for it (twitter for an X
                     export), or the one network to import from a Sprout Social or Hootsuite
                     export; with several files, only for those that do not say their platform
  --period YYYY-MM   import only this month; required for an export without dates
                     (YouTube Table data)
  --year YYYY        for dates without a year (TikTok): the year of the first row of a daily
                     series (which then runs on past New Year), or the year of the export
                     date in TikTok Content's "Time" column, which post times count back from
  --dry-run          print what would change and write nothing
  --force            replace values the snapshots already have for the platform
  -h, --help         show this help

Exits 0 when the import is written (or, with --dry-run, would be), 1 when an export, the
client or a snapshot stops it (then nothing is written), 2 on a usage error.
`;

interface ImportArgs {
  files: string[];
  client: string;
  platform?: string;
  period?: string;
  year?: number;
  dryRun: boolean;
  force: boolean;
}

export function runImport(args: string[], env = process.env): number {
  return runCommand('import', HELP, args, () => importFiles(importArgs(args), env));
}

function importFiles(parsed: ImportArgs, env: NodeJS.ProcessEnv): number {
  const root = resolveContentRoot(env);
  const label = rootLabel(root);
  try {
    return runWith(parsed, root, label);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    process.stderr.write(`rolebook import: ${error.message}\n`);
    // Problems in an export name it as given; problems in content files get the content root in front.
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem, isContentFile(problem.file) ? label : '')}\n`);
    if (error.kind === 'usage') process.stderr.write('Run "rolebook import --help" for the options.\n');
    return error.kind === 'usage' ? 2 : 1;
  }
}

function importArgs(args: string[]): ImportArgs {
  const { values, positionals: files } = parseCommandArgs(args, {
    client: { type: 'string' },
    platform: { type: 'string' },
    period: { type: 'string' },
    year: { type: 'string' },
    'dry-run': { type: 'boolean' },
    force: { type: 'boolean' },
  });
  if (files.length === 0) throw new UsageError('expected the export files (or a folder of them) to import');
  const { client, period, year, platform } = values;
  if (!client) throw new UsageError('--client <id> is required: the client whose snapshots the export goes into');
  if (period !== undefined && !PERIOD_PATTERN.test(period)) throw new UsageError(`--period "${period}" is not a month (expected YYYY-MM, such as 2024-09)`);
  if (year !== undefined && !/^\d{4}$/.test(year)) throw new UsageError(`--year "${year}" is not a year (expected four digits, such as 2024)`);
  if (platform !== undefined && !isSlug(platform))
    throw new UsageError(`--platform "${platform}" is not a platform id (expected a lowercase id such as "instagram")`);
  return {
    files,
    client,
    ...(platform ? { platform } : {}),
    ...(period ? { period } : {}),
    ...(year ? { year: Number(year) } : {}),
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
  };
}

function runWith(args: ImportArgs, root: string, label: string): number {
  const exports = readExports(args.files);
  const target = clientTarget(root, label, args.client);
  const snapshotFile = (period: string) => `clients/${args.client}/snapshots/${period}.csv`;
  const base: Omit<ImportRequest, 'file' | 'bytes'> = {
    ...target,
    ...(args.platform ? { platform: args.platform, platformFallback: exports.length > 1 } : {}),
    ...(args.period ? { period: args.period } : {}),
    ...(args.year ? { year: args.year } : {}),
    force: args.force,
    rootLabel: label,
    snapshotFile,
    readSnapshot: (period: string) => {
      const file = path.join(root, snapshotFile(period));
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    },
  };
  const batch = planImports(exports, base);
  if (!args.dryRun)
    writeFiles(
      batch.files.filter((f) => f.changed),
      root,
      label,
    );
  process.stdout.write(summarizeImports(batch.plans, batch.files, { rootLabel: label, dryRun: args.dryRun }));
  return 0;
}

/**
 * Every file written, or none: each goes to a temporary file first and must read back as a
 * snapshot, and only then are they all renamed into place.
 */
function writeFiles(files: readonly BatchFile[], root: string, label: string): void {
  const staged: { temporary: string; absolute: string }[] = [];
  try {
    for (const file of files) {
      const absolute = path.join(root, file.file);
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      const temporary = `${absolute}.rolebook-import.tmp`;
      fs.writeFileSync(temporary, file.text);
      staged.push({ temporary, absolute });
      const { problems } = parseSnapshotCsv(fs.readFileSync(temporary, 'utf8'), file.file, file.period);
      if (problems.length) throw new ImportError(`${label}/${file.file} would not read back as a snapshot; nothing was written`, 'content', problems);
    }
  } catch (error) {
    for (const { temporary } of staged) fs.rmSync(temporary, { force: true });
    throw error;
  }
  for (const { temporary, absolute } of staged) fs.renameSync(temporary, absolute);
}

/** Spreadsheets are read too, to be refused with what to do. */
const EXPORT_EXTENSIONS = /\.(csv|tsv|txt|xlsx|xls)$/i;

/** The exports named on the command line: files as they are, folders as the exports in them. */
function readExports(names: readonly string[]): ExportFile[] {
  const files = names.flatMap((name) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(name);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ImportError(code === 'ENOENT' ? `cannot read ${name}: no such file` : `cannot read ${name}: ${(error as Error).message}`);
    }
    if (!stat.isDirectory()) return [name];
    const inside = fs
      .readdirSync(name)
      .filter((entry) => !entry.startsWith('.') && EXPORT_EXTENSIONS.test(entry) && fs.statSync(path.join(name, entry)).isFile())
      .sort()
      .map((entry) => path.join(name, entry));
    if (inside.length === 0) throw new ImportError(`${name} is a folder with no exports in it (files ending in .csv, .tsv, .txt, .xlsx or .xls)`);
    return inside;
  });
  const repeated = files.find((file, index) => files.indexOf(file) !== index);
  if (repeated) throw new ImportError(`${repeated} is named twice; nothing was written`, 'usage');
  return files.map((file) => ({ file, bytes: fs.readFileSync(file) }));
}

/** Content files are named relative to the content root (clients/…, versions/…); exports as given. */
function isContentFile(file: string): boolean {
  return /^(clients|versions|playbook)\//.test(file) || file === '.';
}

/** The client, checked: it exists, its client.yaml is valid, and the version it pins has a metric registry. */
function clientTarget(root: string, label: string, id: string): Pick<ImportRequest, 'client' | 'registry'> {
  const { tree, problems } = checkContent(root);
  if (problems.some((p) => p.file === '.'))
    throw new ImportError(
      `cannot use the content root ${label}/`,
      'content',
      problems.filter((p) => p.file === '.'),
    );
  const client = tree.clients.find((c) => c.id === id);
  if (!client) {
    const known = tree.clients.map((c) => c.id);
    throw new ImportError(
      `no client "${id}" in ${label}/clients/ (${known.length ? `clients: ${known.join(', ')}` : 'there are no clients yet; run rolebook new client <id>'})`,
    );
  }
  const clientFile = `${client.dir}/client.yaml`;
  if (!client.client)
    throw new ImportError(
      `${label}/${clientFile} has problems; fix them before importing`,
      'content',
      problems.filter((p) => p.file === clientFile),
    );
  const data = client.client.data;
  const pinned = tree.playbooks.find((p) => p.version === data.playbook && p.version !== DRAFT_VERSION);
  if (!pinned)
    throw new ImportError(`${label}/${clientFile} pins playbook "${data.playbook}", which has not been released (no ${label}/versions/${data.playbook}/)`);
  const registryFile = `${pinned.dir}/metrics.yaml`;
  if (!pinned.metrics)
    throw new ImportError(
      `${label}/${registryFile} cannot be used`,
      'content',
      problems.filter((p) => p.file === registryFile),
    );
  return {
    client: { id, platforms: data.platforms, file: clientFile, currency: data.currency },
    registry: { version: pinned.version, file: registryFile, metrics: pinned.metrics.data },
  };
}
