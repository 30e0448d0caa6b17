/**
 * The structural diff between two playbook versions: what a lead reviewing a pull request, or a
 * new hire reading "what changed in 2.0", wants to know. Roles, RACI cells, KPI definitions,
 * metrics and glossary terms are compared field by field; page bodies get a short text diff.
 * Every list is sorted by id, so the same two versions always give the same diff.
 */
import type { RaciValue } from '../../schemas/responsibilities.ts';
import type { PlaybookKpi, PlaybookModel, PlaybookOnboarding, PlaybookRole, PlaybookTask } from './model.ts';
import { textDiff, type TextDiff } from './text-diff.ts';

/** A single value before and after; `undefined` when the field was not set. */
export interface ValueChange {
  field: string;
  kind: 'value';
  before: string | boolean | undefined;
  after: string | boolean | undefined;
}

/**
 * A list field. `set` lists (goals, skills, tools, kpis) ignore order; `list` lists (routine) keep
 * it, so a `list` change may have nothing added or removed and only a new order.
 */
export interface ListChange {
  field: string;
  kind: 'set' | 'list';
  before: string[];
  after: string[];
  /** Items only in `after`, sorted. */
  added: string[];
  /** Items only in `before`, sorted. */
  removed: string[];
}

export type FieldChange = ValueChange | ListChange;

/** Things that exist on both sides with at least one field changed. */
export interface Changed<Ref> {
  /** The thing as it is after the change. */
  item: Ref;
  changes: FieldChange[];
}

export interface Changes<Ref> {
  added: Ref[];
  removed: Ref[];
  changed: Changed<Ref>[];
}

export interface RoleRef {
  id: string;
  title: string;
}

export interface KpiRef {
  id: string;
  name: string;
  formula: string;
  unit: string;
  direction: string;
  owner: string;
}

export interface MetricRef {
  id: string;
  label: string;
  kind: string;
  unit: string;
}

export interface TermRef {
  term: string;
  definition: string;
}

export interface TaskRef {
  id: string;
  area: string;
  task: string;
  raci: Record<string, RaciValue>;
}

/** A task kept its id but moved to another area, was reworded, or both. */
export interface TaskMove {
  id: string;
  before: { area: string; task: string };
  after: { area: string; task: string };
}

/** One RACI cell of a task present on both sides; `undefined` when the role had no letter. */
export interface RaciCellChange {
  taskId: string;
  /** The task's text after the change. */
  task: string;
  role: string;
  before: RaciValue | undefined;
  after: RaciValue | undefined;
}

export interface RaciDiff {
  added: TaskRef[];
  removed: TaskRef[];
  moved: TaskMove[];
  cells: RaciCellChange[];
}

/** An onboarding page that appeared or went away (role and KPI pages go with their role or KPI). */
export interface PageRef {
  id: string;
  title: string;
  /** Path inside the playbook folder: `onboarding/support-agent.mdx`. */
  path: string;
}

/** A page on both sides whose text changed. */
export interface PageChange extends PageRef {
  kind: 'role' | 'kpi' | 'onboarding';
  text: TextDiff;
}

export interface PlaybookDiff {
  roles: Changes<RoleRef>;
  raci: RaciDiff;
  kpis: Changes<KpiRef>;
  metrics: Changes<MetricRef>;
  glossary: Changes<TermRef>;
  onboarding: { added: PageRef[]; removed: PageRef[] };
  /** Role bodies, KPI bodies and onboarding pages, in that order, each sorted by id. */
  pages: PageChange[];
}

/** What changed from `before` to `after` (usually the previous release and a newer version). */
export function diffPlaybooks(before: PlaybookModel, after: PlaybookModel): PlaybookDiff {
  return {
    roles: diffById(before.roles, after.roles, (r) => r.id, roleRef, ROLE_FIELDS),
    raci: diffRaci(
      before.areas.flatMap((a) => a.tasks),
      after.areas.flatMap((a) => a.tasks),
    ),
    kpis: diffById(before.kpis, after.kpis, (k) => k.id, kpiRef, KPI_FIELDS),
    metrics: diffById(
      before.metrics,
      after.metrics,
      (m) => m.id,
      ({ id, label, kind, unit }) => ({ id, label, kind, unit }),
      METRIC_FIELDS,
    ),
    glossary: diffById(
      before.glossary,
      after.glossary,
      (t) => t.term,
      ({ term, definition }) => ({ term, definition }),
      TERM_FIELDS,
    ),
    onboarding: onboardingAddedRemoved(before, after),
    pages: [
      ...pageChanges(before.roles, after.roles, (r) => [r.title, r.body], 'role', after.dir),
      ...pageChanges(before.kpis, after.kpis, (k) => [k.name, k.body], 'kpi', after.dir),
      ...pageChanges(before.onboarding, after.onboarding, (o) => [o.title, onboardingText(o)], 'onboarding', after.dir),
    ],
  };
}

/** True when nothing changed at all, page text included. */
export function isEmpty(diff: PlaybookDiff): boolean {
  const { roles, raci, kpis, metrics, glossary, onboarding, pages } = diff;
  const lists: unknown[][] = [raci.added, raci.removed, raci.moved, raci.cells, onboarding.added, onboarding.removed, pages];
  for (const changes of [roles, kpis, metrics, glossary] as Changes<unknown>[]) lists.push(changes.added, changes.removed, changes.changed);
  return lists.every((list) => list.length === 0);
}

// ── fields ────────────────────────────────────────────────────────────────

/** How to read one field of a thing, and whether its order matters. */
interface FieldSpec<T> {
  field: string;
  kind: 'value' | 'set' | 'list';
  read: (item: T) => string | boolean | undefined | string[];
}

const value = <T>(field: keyof T & string): FieldSpec<T> => ({ field, kind: 'value', read: (item) => item[field] as string | boolean | undefined });
const set = <T>(field: keyof T & string): FieldSpec<T> => ({ field, kind: 'set', read: (item) => item[field] as string[] });

const ROLE_FIELDS: FieldSpec<PlaybookRole>[] = [
  value('title'),
  value('summary'),
  value('horizon'),
  value('audience'),
  value('voice'),
  set('goals'),
  set('skills'),
  set('tools'),
  set('kpis'),
  value('reportsTo'),
  { field: 'routine', kind: 'list', read: (role) => role.routine.map(({ when, what }) => `${when}: ${what}`) },
];

const KPI_FIELDS: FieldSpec<PlaybookKpi>[] = [
  value('formula'),
  value('unit'),
  value('direction'),
  value('owner'),
  value('headline'),
  value('name'),
  value('summary'),
];

const METRIC_FIELDS: FieldSpec<PlaybookModel['metrics'][number]>[] = [value('kind'), value('unit'), value('label'), value('description')];

const TERM_FIELDS: FieldSpec<PlaybookModel['glossary'][number]>[] = [value('definition'), set('aliases')];

function fieldChanges<T>(before: T, after: T, specs: FieldSpec<T>[]): FieldChange[] {
  return specs.flatMap((spec): FieldChange[] => {
    const [old, now] = [spec.read(before), spec.read(after)];
    if (spec.kind === 'value')
      return old === now ? [] : [{ field: spec.field, kind: 'value', before: old as ValueChange['before'], after: now as ValueChange['after'] }];
    return listChange(spec.field, spec.kind, old as string[], now as string[]);
  });
}

function listChange(field: string, kind: 'set' | 'list', before: string[], after: string[]): ListChange[] {
  const added = [...new Set(after.filter((item) => !before.includes(item)))].sort();
  const removed = [...new Set(before.filter((item) => !after.includes(item)))].sort();
  const reordered = kind === 'list' && before.join('\n') !== after.join('\n');
  return added.length || removed.length || reordered ? [{ field, kind, before, after, added, removed }] : [];
}

// ── things with ids ───────────────────────────────────────────────────────

function diffById<T, Ref>(before: T[], after: T[], key: (item: T) => string, ref: (item: T) => Ref, fields: FieldSpec<T>[]): Changes<Ref> {
  const old = byKey(before, key);
  const now = byKey(after, key);
  const changed: Changed<Ref>[] = [];
  for (const [id, item] of now) {
    const previous = old.get(id);
    const changes = previous ? fieldChanges(previous, item, fields) : [];
    if (changes.length > 0) changed.push({ item: ref(item), changes });
  }
  return {
    added: [...now].filter(([id]) => !old.has(id)).map(([, item]) => ref(item)),
    removed: [...old].filter(([id]) => !now.has(id)).map(([, item]) => ref(item)),
    changed,
  };
}

/** Items keyed and sorted by key, so everything derived from the map comes out in id order. */
function byKey<T>(items: T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item] as const).sort(([a], [b]) => compareIds(a, b)));
}

/** Plain code-point order: the same on every machine, unlike localeCompare. */
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const roleRef = ({ id, title }: PlaybookRole): RoleRef => ({ id, title });
const kpiRef = ({ id, name, formula, unit, direction, owner }: PlaybookKpi): KpiRef => ({ id, name, formula, unit, direction, owner });

// ── RACI ──────────────────────────────────────────────────────────────────

function diffRaci(before: PlaybookTask[], after: PlaybookTask[]): RaciDiff {
  const old = byKey(before, (t) => t.id);
  const now = byKey(after, (t) => t.id);
  const moved: TaskMove[] = [];
  const cells: RaciCellChange[] = [];
  for (const [id, task] of now) {
    const previous = old.get(id);
    if (!previous) continue;
    if (previous.area !== task.area || previous.task !== task.task) {
      moved.push({ id, before: { area: previous.area, task: previous.task }, after: { area: task.area, task: task.task } });
    }
    cells.push(...cellChanges(previous, task));
  }
  return {
    added: [...now].filter(([id]) => !old.has(id)).map(([, task]) => taskRef(task)),
    removed: [...old].filter(([id]) => !now.has(id)).map(([, task]) => taskRef(task)),
    moved,
    cells,
  };
}

function cellChanges(before: PlaybookTask, after: PlaybookTask): RaciCellChange[] {
  const roles = [...new Set([...Object.keys(before.raci), ...Object.keys(after.raci)])].sort(compareIds);
  return roles
    .filter((role) => before.raci[role] !== after.raci[role])
    .map((role) => ({ taskId: after.id, task: after.task, role, before: before.raci[role], after: after.raci[role] }));
}

const taskRef = ({ id, area, task, raci }: PlaybookTask): TaskRef => ({ id, area, task, raci: { ...raci } });

// ── pages ─────────────────────────────────────────────────────────────────

function onboardingAddedRemoved(before: PlaybookModel, after: PlaybookModel): PlaybookDiff['onboarding'] {
  const { added, removed } = diffById(
    before.onboarding,
    after.onboarding,
    (o) => o.id,
    (o) => o,
    [],
  );
  return { added: added.map((o) => pageRef(o, o.title, after.dir)), removed: removed.map((o) => pageRef(o, o.title, before.dir)) };
}

/** Pages on both sides whose text differs; `read` gives the page's title and the text to compare. */
function pageChanges<T extends { id: string; file: string }>(
  before: T[],
  after: T[],
  read: (page: T) => [title: string, text: string],
  kind: PageChange['kind'],
  afterDir: string,
): PageChange[] {
  const old = byKey(before, (p) => p.id);
  return [...byKey(after, (p) => p.id)].flatMap(([id, page]) => {
    const previous = old.get(id);
    if (!previous) return [];
    const [title, text] = read(page);
    const diff = textDiff(read(previous)[1], text);
    if (diff.hunks.length === 0) return [];
    return [{ ...pageRef(page, title, afterDir), kind, text: diff }];
  });
}

function pageRef(page: { id: string; file: string }, title: string, dir: string): PageRef {
  const path = page.file.startsWith(`${dir}/`) ? page.file.slice(dir.length + 1) : page.file;
  return { id: page.id, title, path };
}

/** An onboarding page as a reader sees it: title, weeks with their items, then the body. */
function onboardingText(page: PlaybookOnboarding): string {
  const weeks = page.weeks.map((week) => [week.title, ...week.items.map((item) => `• ${item}`)].join('\n'));
  return [page.title, ...weeks, page.body].join('\n\n');
}
