/**
 * The sentences that introduce a playbook (the site home, the playbook home, their
 * descriptions), from what the playbook holds: its own role titles, and a mention of KPIs or
 * onboarding only when it has them. Nothing here names a role, a field or a platform.
 */
import type { PlaybookModel } from './model.ts';

const AND = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** ["A", "B", "C"] → "A, B, and C". */
export function listOf(items: readonly string[]): string {
  return AND.format(items);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

type Contents = Pick<PlaybookModel, 'roles' | 'kpis' | 'onboarding'>;

/** "Who does what in the agency, role by role: Account Lead and Support Agent." */
export function rolesSentence(model: Contents): string {
  const titles = model.roles.map((role) => role.title);
  return titles.length > 0 ? `Who does what in the agency, role by role: ${listOf(titles)}.` : 'Who does what in the agency, role by role.';
}

/** What the playbook has beyond the roles: "how each role's success is measured", … */
export function extras(model: Contents): string[] {
  return [
    model.kpis.length > 0 ? "how each role's success is measured" : undefined,
    model.onboarding.length > 0 ? 'how a new hire gets started' : undefined,
  ].filter((part): part is string => part !== undefined);
}

/** The intro paragraph's first sentences. */
export function playbookIntro(model: Contents): string {
  const more = extras(model);
  if (more.length === 0) return rolesSentence(model);
  const clause = listOf(more);
  return `${rolesSentence(model)} ${clause[0]!.toUpperCase()}${clause.slice(1)}.`;
}

/** One sentence for search engines and link previews. */
export function playbookDescription(model: Contents): string {
  const titles = model.roles.map((role) => role.title);
  const roles = titles.length > 0 ? `who does what (${listOf(titles)})` : 'who does what';
  return `The agency playbook: ${listOf([roles, ...extras(model)])}.`;
}
