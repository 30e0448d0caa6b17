/**
 * The two home pages: the site's (the current version at a glance, every version) and a playbook
 * version's own (its heading, what it holds, its checklists).
 */
import { DRAFT_VERSION } from '../content-root.ts';
import { playbookDescription, playbookIntro } from './intro.ts';
import type { PlaybookModel } from './model.ts';
import { onboardingLinks, type OnboardingLink } from './onboarding-view.ts';

/** Tasks in the responsibility matrix, over all its areas. */
export function taskCount(model: Pick<PlaybookModel, 'areas'>): number {
  return model.areas.reduce((sum, area) => sum + area.tasks.length, 0);
}

export interface PlaybookHomeView {
  /** "Playbook 2.0", or "Playbook: working draft" for the draft. */
  heading: string;
  intro: string;
  taskCount: number;
  onboarding: OnboardingLink[];
}

export function playbookHome(model: PlaybookModel): PlaybookHomeView {
  return {
    heading: model.version === DRAFT_VERSION ? 'Playbook: working draft' : `Playbook ${model.version}`,
    intro: playbookIntro(model),
    taskCount: taskCount(model),
    onboarding: onboardingLinks(model),
  };
}

export interface SiteHomeInput {
  /** Released versions, newest first. */
  releases: string[];
  latest?: string;
  /** The version the home page presents: the latest release, or the draft before any release. */
  current: PlaybookModel;
}

export interface SiteHomeView {
  intro: string;
  description: string;
  /** The version segment of the home page's links: null for the latest release's alias URLs, the draft's before any release. */
  segment: string | null;
  /** "Showing playbook version 2.0." */
  footerNote: string;
  /** What the current version holds: a number and what it counts. */
  stats: { value: number; label: string }[];
  releases: { version: string; latest: boolean }[];
}

export function siteHome({ releases, latest, current }: SiteHomeInput): SiteHomeView {
  const tasks = taskCount(current);
  const areas = current.areas.length;
  return {
    intro: playbookIntro(current),
    description: playbookDescription(current),
    segment: latest ? null : DRAFT_VERSION,
    footerNote: `Showing playbook ${latest ? `version ${latest}` : 'the working draft (nothing released yet)'}.`,
    stats: [
      { value: current.roles.length, label: noun(current.roles.length, 'role', 'roles') },
      { value: tasks, label: `${noun(tasks, 'task', 'tasks')} in the responsibility matrix, across ${areas} ${noun(areas, 'area', 'areas')}` },
      { value: current.kpis.length, label: noun(current.kpis.length, 'KPI definition', 'KPI definitions') },
      { value: current.onboarding.length, label: noun(current.onboarding.length, 'onboarding checklist', 'onboarding checklists') },
      { value: current.glossary.length, label: noun(current.glossary.length, 'glossary term', 'glossary terms') },
    ],
    releases: releases.map((version) => ({ version, latest: version === latest })),
  };
}

/** The noun alone: a stat shows its number on a line of its own. */
function noun(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
