/** What a role page shows beyond its own frontmatter: its KPIs, its RACI row, its place in the team. */
import type { RaciValue } from '../../schemas/responsibilities.ts';
import type { PlaybookKpi, PlaybookModel, PlaybookRole, PlaybookTask } from './model.ts';

export interface RaciGroup {
  letter: 'A' | 'R' | 'C' | 'I';
  /** Heading for the group, in words. */
  label: string;
  tasks: { task: PlaybookTask; value: RaciValue }[];
}

export interface RoleView {
  role: PlaybookRole;
  /** KPIs whose owner is this role. */
  ownedKpis: PlaybookKpi[];
  /** KPIs the role lists as measuring it but does not own. */
  trackedKpis: PlaybookKpi[];
  reportsTo?: PlaybookRole;
  directReports: PlaybookRole[];
  raci: RaciGroup[];
  /** Every other role, in model order: the page links a comparison with each. */
  others: PlaybookRole[];
  /** The version has an onboarding checklist for this role. */
  hasOnboarding: boolean;
}

export const RACI_GROUP_LABELS = {
  A: 'Accountable: answers for the outcome',
  R: 'Responsible: does the work',
  C: 'Consulted: asked before it is done',
  I: 'Informed: told when it is done',
} as const;

/** Each task of the matrix once, in the group of its strongest letter (A/R counts as A). */
export function raciGroups(model: PlaybookModel, roleId: string): RaciGroup[] {
  const groups: RaciGroup[] = (['A', 'R', 'C', 'I'] as const).map((letter) => ({ letter, label: RACI_GROUP_LABELS[letter], tasks: [] }));
  for (const task of model.areas.flatMap((area) => area.tasks)) {
    const value = task.raci[roleId];
    if (!value) continue;
    const letter = value === 'A/R' ? 'A' : value;
    groups.find((group) => group.letter === letter)!.tasks.push({ task, value });
  }
  return groups.filter((group) => group.tasks.length > 0);
}

export function roleView(model: PlaybookModel, roleId: string): RoleView {
  const role = model.roles.find((r) => r.id === roleId);
  if (!role) throw new Error(`roleView: no role "${roleId}" in playbook ${model.version}`);
  const ownedKpis = model.kpis.filter((kpi) => kpi.owner === roleId);
  return {
    role,
    ownedKpis,
    trackedKpis: model.kpis.filter((kpi) => role.kpis.includes(kpi.id) && kpi.owner !== roleId),
    reportsTo: model.roles.find((r) => r.id === role.reportsTo),
    directReports: model.roles.filter((r) => r.reportsTo === roleId),
    raci: raciGroups(model, roleId),
    others: model.roles.filter((r) => r.id !== roleId),
    hasOnboarding: model.onboarding.some((entry) => entry.id === roleId),
  };
}
