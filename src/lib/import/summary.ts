/**
 * What an import did (or, in a dry run, would do), as the lines the CLI prints: per export, what
 * it was read as, which columns became which metric and why the others were left out, and every
 * month it fills with the rows it was made from; then every snapshot file written, and the notes.
 */
import { formatProblem } from '../problems.ts';
import type { Ignored } from './format.ts';
import type { PlatformChange } from './merge.ts';
import type { ImportPlan, PlannedFile } from './plan.ts';

export interface SummaryOptions {
  /** The export as named on the command line. */
  file: string;
  /** How to name the content root in front of snapshot paths. */
  rootLabel: string;
  dryRun: boolean;
}

/** A snapshot file after every export of an import. */
export interface WrittenFile {
  period: string;
  file: string;
  exists: boolean;
  changed: boolean;
  changes: PlatformChange[];
}

export function summarizeImport(plan: ImportPlan, options: SummaryOptions): string {
  return summarizeImports([{ file: options.file, plan }], plan.files, options);
}

export function summarizeImports(
  plans: readonly { file: string; plan: ImportPlan }[],
  files: readonly WrittenFile[],
  options: Omit<SummaryOptions, 'file'>,
): string {
  const lines = plans.flatMap(({ file, plan }) => exportLines(file, plan));
  const changed = files.filter((file) => file.changed).length;
  const verb = options.dryRun ? 'Would write' : 'Wrote';
  lines.push(`${verb} ${count(changed, 'file')} for ${count(files.length, 'period')}${options.dryRun ? ' (dry run: nothing was written)' : ''}:`);
  lines.push(...files.map((file) => `  ${fileLine(file, options.rootLabel)}`));
  const several = plans.length > 1;
  const notes = plans.flatMap(({ file, plan }) => [
    ...plan.notes.map((note) => `${several ? `${file}: ` : ''}${note}`),
    ...plan.files.flatMap((f) => f.notes.map((note) => `${several ? `${file}: ` : ''}${f.period} ${note}`)),
  ]);
  if (notes.length) lines.push('Notes:', ...notes.map((note) => `  ${note}`));
  return `${lines.join('\n')}\n`;
}

function exportLines(file: string, plan: ImportPlan): string[] {
  const source = plan.usedTotalsRow ? ', numbers from its Total row' : plan.dateColumn ? `, dated by "${plan.dateColumn}"` : '';
  const lines = [`Read ${file}: ${plan.format.name}, ${count(plan.rowsRead, plan.rowNoun)} for ${plan.platforms.join(', ')}${source}.`];
  if (plan.years) lines.push(`${plan.years}.`);
  if (plan.skipped.length) lines.push('Rows skipped:', ...plan.skipped.map((s) => `  line ${s.line}: ${s.reason}`));
  lines.push('Metrics mapped:', ...plan.mapped.map((m) => `  ${m.source} → ${m.metric}`));
  if (plan.ignored.length) lines.push('Columns ignored:', ...groupIgnored(plan.ignored).map((i) => `  ${i.label}: ${i.reason}`));
  lines.push('Months:', ...plan.files.map((f) => `  ${monthLine(f, plan.usedTotalsRow ? undefined : plan.rowNoun)}`));
  const refused = plan.files.flatMap((f) => f.refused);
  if (refused.length) {
    lines.push(
      'Refused (corrections outweigh the counts, so these months are left empty for that metric):',
      ...refused.map((problem) => `  ${formatProblem(problem)}`),
    );
  }
  return lines;
}

/** A month and the rows it was made from; `noun` undefined for the numbers of a Total row. */
function monthLine(file: PlannedFile, noun: string | undefined): string {
  const range = file.from ? (file.from === file.to ? `, ${file.from}` : `, ${file.from} to ${file.to}`) : '';
  const empty = file.changes.length === 0 ? ' (nothing to write: see the notes)' : '';
  return `${file.period}: ${noun ? count(file.rows, noun) : 'its Total row'}${range}${empty}`;
}

/**
 * Runs of ignored columns with one reason and one name before " - " as one line: a legacy
 * Facebook export has hundreds ("Lifetime Likes by Country - CA", "- CL", …).
 */
export function groupIgnored(ignored: readonly Ignored[]): Ignored[] {
  const groups: { stem: string | undefined; reason: string; labels: string[] }[] = [];
  for (const item of ignored) {
    const stem = /^(.*?) - /.exec(item.label)?.[1];
    const last = groups.at(-1);
    if (last && stem !== undefined && last.stem === stem && last.reason === item.reason) last.labels.push(item.label);
    else groups.push({ stem, reason: item.reason, labels: [item.label] });
  }
  return groups
    .map((group) => {
      if (group.labels.length < 3) return group.labels.map((label) => ({ label, reason: group.reason }));
      const tail = (label: string) => label.slice(group.stem!.length + 3);
      return [{ label: `${group.stem} - ${tail(group.labels[0]!)} … ${tail(group.labels.at(-1)!)} (${group.labels.length} columns)`, reason: group.reason }];
    })
    .flat();
}

function fileLine(file: WrittenFile, rootLabel: string): string {
  const where = `${rootLabel.replace(/\/$/, '')}/${file.file}`;
  const state = file.changes.length === 0 ? 'nothing to write' : !file.changed ? 'unchanged' : file.exists ? 'updated' : 'new';
  const changes = file.changes.map(changeText).join('; ');
  return `${where}: ${state}${changes && file.changed ? `; ${changes}` : ''}`;
}

function changeText(change: PlatformChange): string {
  const metrics = change.metrics.join(', ');
  const rows = count(change.rows, 'row');
  switch (change.action) {
    case 'added':
      return `added ${change.platform}, ${rows}: ${metrics}`;
    case 'filled':
      return `added ${metrics} to ${change.platform}'s ${rows}`;
    case 'replaced':
      return `replaced ${change.platform}'s ${metrics} (${rows})`;
    case 'unchanged':
      return `${change.platform} unchanged`;
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
