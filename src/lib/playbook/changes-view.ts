/**
 * A version's "What changed" page: the diff against the previous release, every change in words
 * (names, not ids), each section present only when something in it changed.
 */
import { changeLines, namesOf, valueText, type Names } from './change-text.ts';
import { isEmpty, type Changed, type MetricRef, type PageRef, type PlaybookDiff, type RoleRef, type TaskMove, type TaskRef, type TermRef } from './diff.ts';
import type { PlaybookModel } from './model.ts';
import type { PlaybookPage } from './routes.ts';
import type { TextDiff } from './text-diff.ts';

/** A role or KPI on both sides with its changes in words, one "Field: change" line each. */
export interface ChangedEntry {
  id: string;
  name: string;
  lines: string[];
}

export interface PageTextChange {
  /** The id of its heading: `role-x`, `kpi-y`, `onboarding-z`. */
  anchor: string;
  title: string;
  /** The page in this version, which the heading links to. */
  page: PlaybookPage;
  text: TextDiff;
  /** "…and 2 more changes on this page.", when the text diff left changes out. */
  omitted?: string;
}

export interface ChangesView {
  version: string;
  /** The release compared against; unset for the first release, which has nothing to compare with. */
  against?: string;
  /** Nothing changed at all, page text included. */
  empty: boolean;
  roles?: { added: RoleRef[]; removed: RoleRef[]; changed: ChangedEntry[] };
  /** Each changed RACI cell as "Account Lead R → A", beside its task. */
  responsibilities?: { cells: { task: string; text: string }[]; added: TaskRef[]; removed: TaskRef[]; moved: TaskMove[] };
  /** An added KPI comes with its formula in words. */
  kpis?: { added: { id: string; name: string; formula: string }[]; removed: { id: string; name: string }[]; changed: ChangedEntry[] };
  /** A changed metric's changes on one line, joined by "; ". */
  metrics?: { added: MetricRef[]; removed: MetricRef[]; changed: { label: string; text: string }[] };
  glossary?: { added: TermRef[]; removed: TermRef[]; changed: TermRef[] };
  pages?: { added: PageRef[]; removed: PageRef[]; changed: PageTextChange[] };
}

/** `against` is the previous release, its model and the diff from it to `model`. */
export function changesView(model: PlaybookModel, against?: { version: string; model: PlaybookModel; diff: PlaybookDiff }): ChangesView {
  if (!against) return { version: model.version, empty: false };
  const d = against.diff;
  // The newer names first, so a role or KPI removed since is still named.
  const names = namesOf(model, against.model);
  const entry = <Ref extends { id: string }>({ item, changes }: Changed<Ref>, name: (item: Ref) => string): ChangedEntry => ({
    id: item.id,
    name: name(item),
    lines: changeLines(changes, names),
  });
  return {
    version: model.version,
    against: against.version,
    empty: isEmpty(d),
    roles: some(d.roles.added, d.roles.removed, d.roles.changed)
      ? { added: d.roles.added, removed: d.roles.removed, changed: d.roles.changed.map((c) => entry(c, (role) => role.title)) }
      : undefined,
    responsibilities: some(d.raci.cells, d.raci.added, d.raci.removed, d.raci.moved)
      ? {
          cells: d.raci.cells.map((cell) => ({ task: cell.task, text: cellText(cell, names) })),
          added: d.raci.added,
          removed: d.raci.removed,
          moved: d.raci.moved,
        }
      : undefined,
    kpis: some(d.kpis.added, d.kpis.removed, d.kpis.changed)
      ? {
          added: d.kpis.added.map((kpi) => ({ id: kpi.id, name: kpi.name, formula: valueText('formula', kpi.formula, names) })),
          removed: d.kpis.removed.map(({ id, name }) => ({ id, name })),
          changed: d.kpis.changed.map((c) => entry(c, (kpi) => kpi.name)),
        }
      : undefined,
    metrics: some(d.metrics.added, d.metrics.removed, d.metrics.changed)
      ? {
          added: d.metrics.added,
          removed: d.metrics.removed,
          changed: d.metrics.changed.map(({ item, changes }) => ({ label: item.label, text: changeLines(changes, names).join('; ') })),
        }
      : undefined,
    glossary: some(d.glossary.added, d.glossary.removed, d.glossary.changed)
      ? { added: d.glossary.added, removed: d.glossary.removed, changed: d.glossary.changed.map(({ item }) => item) }
      : undefined,
    pages: some(d.pages, d.onboarding.added, d.onboarding.removed)
      ? {
          added: d.onboarding.added,
          removed: d.onboarding.removed,
          changed: d.pages.map((page) => ({
            anchor: `${page.kind}-${page.id}`,
            title: page.title,
            page: pageOf(page.kind, page.id),
            text: page.text,
            omitted: page.text.omitted > 0 ? `…and ${page.text.omitted} more change${page.text.omitted === 1 ? '' : 's'} on this page.` : undefined,
          })),
        }
      : undefined,
  };
}

function some(...lists: readonly unknown[][]): boolean {
  return lists.some((list) => list.length > 0);
}

/** "Account Lead R → A"; "—" for the side where the role had no letter. */
function cellText(cell: PlaybookDiff['raci']['cells'][number], names: Names): string {
  return `${names.role(cell.role)} ${cell.before ?? '—'} → ${cell.after ?? '—'}`;
}

function pageOf(kind: 'role' | 'kpi' | 'onboarding', id: string): PlaybookPage {
  if (kind === 'role') return { kind: 'role', role: id };
  if (kind === 'kpi') return { kind: 'kpi', kpi: id };
  return { kind: 'onboarding', role: id };
}
