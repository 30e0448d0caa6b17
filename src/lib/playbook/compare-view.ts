/**
 * The comparison pages in words: every pair of roles for the index, and for one pair each row of
 * the side-by-side table and each group of tasks, ready to print. Built on compareRoles, which
 * decides what is shared; this decides how each side reads.
 */
import type { RaciValue } from '../../schemas/responsibilities.ts';
import { roleTraits } from '../role-labels.ts';
import { compareRoles, type SetComparison } from './compare.ts';
import { RACI_LABELS } from './labels.ts';
import type { PlaybookKpi, PlaybookModel, PlaybookRole, PlaybookTask } from './model.ts';

export interface RolePair {
  a: PlaybookRole;
  b: PlaybookRole;
}

/** Each unordered pair once, in model order: (A, B), (A, C), (B, C). */
export function rolePairs(model: Pick<PlaybookModel, 'roles'>): RolePair[] {
  return model.roles.flatMap((a, i) => model.roles.slice(i + 1).map((b) => ({ a, b })));
}

/** What a side says on one row: both roles' values as text, "—" for nothing. */
export interface Sides {
  a: string;
  b: string;
}

export interface TaskGroup {
  /** The group heading's id: `same`, `different`, `only-a`, `only-b`. */
  id: string;
  heading: string;
  /** Each task with each role's letter in words, "A · Accountable", or "—". */
  tasks: { task: PlaybookTask; a: string; b: string }[];
}

export interface ComparePageView extends RolePair {
  /** The roles `a` can be compared with instead of `b`. */
  alternatives: PlaybookRole[];
  /** Horizon, audience, voice: the row heading, each side in words ("Not stated" when undeclared). */
  traits: ({ heading: string; same: boolean } & Sides)[];
  goals: { a: string[]; b: string[] };
  /** The KPIs each role is measured by, shared ones first and marked. */
  kpis: { a: { kpi: PlaybookKpi; both: boolean }[]; b: { kpi: PlaybookKpi; both: boolean }[] };
  /** Each side's skills and tools, shared ones first, joined by " · "; `shared` joined by ", ", "" when none. */
  skills: Sides & { shared: string };
  tools: Sides & { shared: string };
  responsibilities: {
    /** Tasks both roles have a part in, same letter or not. */
    both: number;
    onlyA: number;
    onlyB: number;
    /** Only the groups that have tasks, in the order same, different, only a, only b. */
    groups: TaskGroup[];
  };
}

const DIMENSIONS = { horizon: 'Goals and horizon', audience: 'Audience', voice: 'Voice' } as const;

export function comparePage(model: PlaybookModel, aId: string, bId: string): ComparePageView {
  const c = compareRoles(model, aId, bId);
  const { a, b } = c;
  const r = c.responsibilities;
  const groups: TaskGroup[] = [
    { id: 'same', heading: 'Same part in these tasks', tasks: r.sameLetter },
    { id: 'different', heading: 'Both involved, different parts', tasks: r.differentLetter },
    { id: 'only-a', heading: `Only the ${a.title}`, tasks: r.onlyA },
    { id: 'only-b', heading: `Only the ${b.title}`, tasks: r.onlyB },
  ]
    .filter((group) => group.tasks.length > 0)
    .map(({ tasks, ...group }) => ({ ...group, tasks: tasks.map((t) => ({ task: t.task, a: letterText(t.a), b: letterText(t.b) })) }));
  return {
    a,
    b,
    alternatives: model.roles.filter((role) => role.id !== a.id && role.id !== b.id),
    traits: c.traits.map(({ dimension, same }) => ({ heading: DIMENSIONS[dimension], same, a: traitText(a, dimension), b: traitText(b, dimension) })),
    goals: c.goals,
    kpis: sides(c.kpis, (kpi, both) => ({ kpi, both })),
    skills: listSides(c.skills),
    tools: listSides(c.tools),
    responsibilities: { both: r.sameLetter.length + r.differentLetter.length, onlyA: r.onlyA.length, onlyB: r.onlyB.length, groups },
  };
}

/** "A · Accountable"; "—" where the role has no part. */
export function letterText(value: RaciValue | undefined): string {
  return value ? `${value} · ${RACI_LABELS[value]}` : '—';
}

function traitText(role: PlaybookRole, dimension: keyof typeof DIMENSIONS): string {
  return roleTraits({ [dimension]: role[dimension] })[0] ?? 'Not stated';
}

/** Each side's items with the shared ones first, as the table lists them. */
function sides<T, U>(set: SetComparison<T>, item: (value: T, both: boolean) => U): { a: U[]; b: U[] } {
  const shared = set.shared.map((value) => item(value, true));
  return { a: [...shared, ...set.onlyA.map((value) => item(value, false))], b: [...shared, ...set.onlyB.map((value) => item(value, false))] };
}

function listSides(set: SetComparison<string>): Sides & { shared: string } {
  const { a, b } = sides(set, (value) => value);
  return { a: a.join(' · ') || '—', b: b.join(' · ') || '—', shared: set.shared.join(', ') };
}
