/**
 * Two roles side by side on every dimension the playbook records, computed from the data, so
 * every pair of roles gets a comparison without anyone writing one.
 */
import type { RaciValue } from '../../schemas/responsibilities.ts';
import type { PlaybookKpi, PlaybookModel, PlaybookRole, PlaybookTask } from './model.ts';

export interface SetComparison<T> {
  shared: T[];
  onlyA: T[];
  onlyB: T[];
}

export interface TaskComparison {
  task: PlaybookTask;
  a?: RaciValue;
  b?: RaciValue;
}

export interface RoleComparison {
  a: PlaybookRole;
  b: PlaybookRole;
  /** Horizon, audience and voice: `same` when both roles declare the same value. */
  traits: { dimension: 'horizon' | 'audience' | 'voice'; a?: string; b?: string; same: boolean }[];
  goals: { a: string[]; b: string[] };
  skills: SetComparison<string>;
  tools: SetComparison<string>;
  kpis: SetComparison<PlaybookKpi>;
  responsibilities: {
    /** Tasks where both roles hold the same letter. */
    sameLetter: TaskComparison[];
    /** Tasks where both hold a letter, but different ones. */
    differentLetter: TaskComparison[];
    onlyA: TaskComparison[];
    onlyB: TaskComparison[];
  };
}

export function compareRoles(model: PlaybookModel, aId: string, bId: string): RoleComparison {
  const a = findRole(model, aId);
  const b = findRole(model, bId);
  const tasks = model.areas.flatMap((area) => area.tasks).map((task) => ({ task, a: task.raci[aId], b: task.raci[bId] }));
  const measures = (role: PlaybookRole) => model.kpis.filter((kpi) => kpi.owner === role.id || role.kpis.includes(kpi.id));
  return {
    a,
    b,
    traits: (['horizon', 'audience', 'voice'] as const).map((dimension) => ({
      dimension,
      a: a[dimension],
      b: b[dimension],
      same: a[dimension] !== undefined && a[dimension] === b[dimension],
    })),
    goals: { a: a.goals, b: b.goals },
    skills: compareSets(a.skills, b.skills, normalize),
    tools: compareSets(a.tools, b.tools, normalize),
    kpis: compareSets(measures(a), measures(b), (kpi) => kpi.id),
    responsibilities: {
      sameLetter: tasks.filter((t) => t.a && t.a === t.b),
      differentLetter: tasks.filter((t) => t.a && t.b && t.a !== t.b),
      onlyA: tasks.filter((t) => t.a && !t.b),
      onlyB: tasks.filter((t) => !t.a && t.b),
    },
  };
}

/** Items of two lists split into shared and one-sided, keeping each list's own order. */
export function compareSets<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): SetComparison<T> {
  const keysA = new Set(a.map(key));
  const keysB = new Set(b.map(key));
  return {
    shared: a.filter((item) => keysB.has(key(item))),
    onlyA: a.filter((item) => !keysB.has(key(item))),
    onlyB: b.filter((item) => !keysA.has(key(item))),
  };
}

const normalize = (text: string) => text.trim().toLowerCase();

function findRole(model: PlaybookModel, id: string): PlaybookRole {
  const role = model.roles.find((r) => r.id === id);
  if (!role) throw new Error(`compareRoles: no role "${id}" in playbook ${model.version}`);
  return role;
}
