/**
 * Onboarding checklists as pages show them: one role's checklist with its items' stable ids, and
 * the list of checklists the navigation and the playbook home link to.
 */
import type { PlaybookModel, PlaybookOnboarding, PlaybookRole } from './model.ts';
import { checklistItemId } from './onboarding.ts';

export interface OnboardingLink {
  /** The role id, which is also the checklist's. */
  role: string;
  /** The role's title; the checklist's own title for a role this version does not have. */
  label: string;
}

export interface OnboardingView {
  onboarding: PlaybookOnboarding;
  /** The role it is for; unset when this version has no such role. */
  role?: PlaybookRole;
  itemCount: number;
  weeks: { anchor: string; title: string; items: { id: string; text: string }[] }[];
}

/** Every checklist by the title of its role, so the list reads like the roles it is for. */
export function onboardingLinks(model: Pick<PlaybookModel, 'onboarding' | 'roles'>): OnboardingLink[] {
  return model.onboarding
    .map((entry) => ({ role: entry.id, label: model.roles.find((r) => r.id === entry.id)?.title ?? entry.title }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function onboardingView(model: PlaybookModel, roleId: string): OnboardingView {
  const onboarding = model.onboarding.find((entry) => entry.id === roleId);
  if (!onboarding) throw new Error(`onboardingView: no onboarding checklist "${roleId}" in playbook ${model.version}`);
  return {
    onboarding,
    role: model.roles.find((r) => r.id === roleId),
    itemCount: onboarding.weeks.reduce((sum, week) => sum + week.items.length, 0),
    weeks: onboarding.weeks.map((week, index) => ({
      anchor: `week-${index + 1}`,
      title: week.title,
      items: week.items.map((item) => ({ id: checklistItemId(index, item), text: item })),
    })),
  };
}
