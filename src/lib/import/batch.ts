/**
 * Several exports in one import (a month's downloads for a client): each is planned on the
 * snapshots as the ones before it left them, in memory; two exports bringing the same numbers
 * are refused; and it is all or nothing: when any export cannot be imported, every one's reason
 * is given and no file is written.
 */
import { formatProblem } from '../problems.ts';
import { ImportError, type ImportErrorKind } from './errors.ts';
import type { PlatformChange } from './merge.ts';
import { planImport, type ImportPlan, type ImportRequest } from './plan.ts';

export interface ExportFile {
  /** As named in messages. */
  file: string;
  bytes: Uint8Array;
}

/** A snapshot file after all the exports: its final text, and what each export changed in it. */
export interface BatchFile {
  period: string;
  file: string;
  text: string;
  /** It existed before the import. */
  exists: boolean;
  /** Its final text differs from what was there. */
  changed: boolean;
  changes: PlatformChange[];
}

export interface BatchPlan {
  plans: { file: string; plan: ImportPlan }[];
  files: BatchFile[];
}

export function planImports(exports: readonly ExportFile[], base: Omit<ImportRequest, 'file' | 'bytes'>): BatchPlan {
  const texts = new Map<string, string>();
  const originals = new Map<string, string | undefined>();
  const claims = new Map<string, string>();
  const plans: { file: string; plan: ImportPlan }[] = [];
  const errors: { file: string; error: ImportError }[] = [];
  const files = new Map<string, BatchFile>();
  for (const { file, bytes } of exports) {
    let plan: ImportPlan;
    try {
      plan = planImport({
        ...base,
        file,
        bytes,
        readSnapshot: (period) => (texts.has(period) ? texts.get(period) : base.readSnapshot(period)),
        claimedBy: (period, platform, metric) => claims.get(`${period}\u0000${platform}\u0000${metric}`),
      });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      errors.push({ file, error });
      continue;
    }
    plans.push({ file, plan });
    for (const planned of plan.files) {
      if (!originals.has(planned.period)) originals.set(planned.period, base.readSnapshot(planned.period));
      const entry = files.get(planned.period) ?? {
        period: planned.period,
        file: planned.file,
        text: planned.text,
        exists: planned.exists,
        changed: false,
        changes: [],
      };
      entry.changes.push(...planned.changes);
      if (planned.changes.length) {
        entry.text = planned.text;
        texts.set(planned.period, planned.text);
      }
      entry.changed = entry.changes.length > 0 && entry.text !== originals.get(planned.period);
      files.set(planned.period, entry);
      for (const change of planned.changes) for (const metric of change.metrics) claims.set(`${planned.period}\u0000${change.platform}\u0000${metric}`, file);
    }
  }
  if (errors.length) throw batchError(errors, exports.length, base.rootLabel ?? '');
  return { plans, files: [...files.values()].sort((a, b) => a.period.localeCompare(b.period)) };
}

/** One error for all: each export's reason with its cells, then that nothing was written. */
function batchError(errors: readonly { file: string; error: ImportError }[], total: number, rootLabel: string): ImportError {
  if (total === 1) return errors[0]!.error;
  const lines = errors.flatMap(({ file, error }) => [
    `${file}: ${error.message.startsWith(file) ? error.message.slice(file.length).replace(/^[\s:]+/, '') : error.message}`,
    ...error.problems.map((problem) => `  ${formatProblem(problem, problem.file === file ? '' : rootLabel)}`),
  ]);
  const kind: ImportErrorKind = errors.every(({ error }) => error.kind === 'usage') ? 'usage' : 'content';
  return new ImportError(`${errors.length} of ${total} exports cannot be imported, so none was (nothing was written):\n${lines.join('\n')}`, kind);
}
