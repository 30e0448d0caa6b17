/** What an import did (or, in a dry run, would do), as the lines the CLI prints. */
import type { PlatformChange } from './merge.ts';
import type { ImportPlan, PlannedFile } from './plan.ts';

export interface SummaryOptions {
  /** The export as named on the command line. */
  file: string;
  /** How to name the content root in front of snapshot paths. */
  rootLabel: string;
  dryRun: boolean;
}

export function summarizeImport(plan: ImportPlan, options: SummaryOptions): string {
  const source = plan.usedTotalsRow ? ', numbers from its Total row' : plan.dateColumn ? `, dated by "${plan.dateColumn}"` : '';
  const lines = [
    `Read ${options.file}: ${plan.format.name}, ${count(plan.rowsRead, 'row')} for ${plan.platforms.join(', ')}${source}.`,
    'Metrics mapped:',
    ...plan.mapped.map((m) => `  ${m.source} → ${m.metric}`),
  ];
  if (plan.ignored.length) lines.push('Columns ignored:', ...plan.ignored.map((i) => `  ${i.label}: ${i.reason}`));
  const changed = plan.files.filter((file) => file.changed).length;
  const verb = options.dryRun ? 'Would write' : 'Wrote';
  lines.push(`${verb} ${count(changed, 'file')} for ${count(plan.files.length, 'period')}${options.dryRun ? ' (dry run: nothing was written)' : ''}:`);
  lines.push(...plan.files.map((file) => `  ${fileLine(file, options.rootLabel)}`));
  const notes = plan.files.flatMap((file) => file.notes.map((note) => `  ${file.period} ${note}`));
  if (notes.length) lines.push('Notes:', ...notes);
  return `${lines.join('\n')}\n`;
}

function fileLine(file: PlannedFile, rootLabel: string): string {
  const where = `${rootLabel.replace(/\/$/, '')}/${file.file}`;
  const range = file.from ? ` (${file.from === file.to ? file.from : `${file.from} to ${file.to}`})` : '';
  const state = !file.changed ? 'unchanged' : file.exists ? 'updated' : 'new';
  const changes = file.changes.map(changeText).join('; ');
  return `${where}${range}: ${state}${changes && file.changed ? `; ${changes}` : ''}`;
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
