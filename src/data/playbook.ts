/**
 * The playbook collections, queried once and grouped by version. Pages import from here and
 * never call getCollection themselves.
 */
import { getCollection } from 'astro:content';
import { DRAFT_VERSION } from '../lib/content-root.ts';
import { allTasks } from '../lib/raci.ts';
import { latestRelease, releasedVersions } from '../lib/versions.ts';
import { splitVersionedId } from '../loaders/ids.ts';
import type { Role } from '../schemas/role.ts';

export interface RoleSummary extends Pick<Role, 'title' | 'summary' | 'horizon' | 'audience' | 'voice'> {
  id: string;
}

export interface PlaybookOverview {
  version: string;
  roles: RoleSummary[];
  kpiCount: number;
  areaCount: number;
  taskCount: number;
  glossaryCount: number;
  onboardingCount: number;
}

export interface SiteOverview {
  /** Released versions, newest first. */
  releases: string[];
  latest?: string;
  /** The version the home page presents: the latest release, or the draft before any release. */
  current: PlaybookOverview;
  hasDraft: boolean;
}

const [roles, kpis, responsibilities, glossary, onboarding] = await Promise.all([
  getCollection('roles'),
  getCollection('kpis'),
  getCollection('responsibilities'),
  getCollection('glossary'),
  getCollection('onboarding'),
]);

function inVersion<T extends { id: string }>(entries: T[], version: string): T[] {
  return entries.filter((entry) => splitVersionedId(entry.id).version === version);
}

function overview(version: string): PlaybookOverview {
  const areas = responsibilities.find((entry) => entry.id === version)?.data.items ?? [];
  return {
    version,
    roles: inVersion(roles, version)
      .map(({ id, data }) => ({ id: splitVersionedId(id).id, title: data.title, summary: data.summary, horizon: data.horizon, audience: data.audience, voice: data.voice }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    kpiCount: inVersion(kpis, version).length,
    areaCount: areas.length,
    taskCount: allTasks(areas).length,
    glossaryCount: glossary.find((entry) => entry.id === version)?.data.items.length ?? 0,
    onboardingCount: inVersion(onboarding, version).length,
  };
}

export function siteOverview(): SiteOverview {
  const versions = roles.map((entry) => splitVersionedId(entry.id).version);
  const latest = latestRelease(versions);
  return {
    releases: releasedVersions(versions),
    latest,
    current: overview(latest ?? DRAFT_VERSION),
    hasDraft: versions.includes(DRAFT_VERSION),
  };
}
