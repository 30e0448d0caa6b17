/**
 * One playbook version as plain data: what the pages, the diff engine and the CLI all work on.
 * Built by `playbookModel`, from a checked content tree (`fromSource`) or, in Astro, from the
 * content collections (src/data/playbook.ts).
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Kpi } from '../../schemas/kpi.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { Onboarding } from '../../schemas/onboarding.ts';
import type { RaciValue, Responsibilities } from '../../schemas/responsibilities.ts';
import type { Role } from '../../schemas/role.ts';
import type { PlaybookSource } from '../content-tree.ts';
import { allTasks } from '../raci.ts';

export interface PlaybookRole extends Role {
  id: string;
  /** Source file relative to the content root, for "Edit this page" and diffs. */
  file: string;
  /** The raw MDX body, for text diffs and search. */
  body: string;
}

export interface PlaybookKpi extends Kpi {
  id: string;
  file: string;
  body: string;
}

export interface PlaybookTask {
  id: string;
  area: string;
  task: string;
  raci: Record<string, RaciValue>;
}

export interface PlaybookArea {
  area: string;
  tasks: PlaybookTask[];
}

export interface PlaybookOnboarding extends Onboarding {
  /** The role id (the file name). */
  id: string;
  file: string;
  body: string;
}

export interface PlaybookModel {
  /** `next` for the draft, `x.y` for a release. */
  version: string;
  /** Folder relative to the content root: `playbook` or `versions/x.y`. */
  dir: string;
  roles: PlaybookRole[];
  kpis: PlaybookKpi[];
  metrics: Metric[];
  areas: PlaybookArea[];
  onboarding: PlaybookOnboarding[];
  glossary: GlossaryTerm[];
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Areas with derived task ids, from the responsibilities file's data. */
export function areasOf(data: { area: string; tasks: { id?: string; task: string; raci: Record<string, RaciValue> }[] }[]): PlaybookArea[] {
  const tasks = allTasks(data);
  return data.map((area, areaIndex) => ({
    area: area.area,
    tasks: tasks.filter((t) => t.areaIndex === areaIndex).map(({ id, task }) => ({ id, area: area.area, task: task.task, raci: task.raci })),
  }));
}

/** One page file of a version, however it was read: its id, its file, its frontmatter and its body. */
export interface ModelPart<T> {
  /** The role or KPI id: the file name. */
  id: string;
  /** Path relative to the content root. */
  file: string;
  data: T;
  /** The MDX body as read; leading blank lines (left by the frontmatter) do not count. */
  body: string;
}

/** What a version's model is made of: its pages, and the data of its single files (absent when missing). */
export interface ModelParts {
  roles: ModelPart<Role>[];
  kpis: ModelPart<Kpi>[];
  onboarding: ModelPart<Onboarding>[];
  metrics?: Metric[];
  responsibilities?: Responsibilities;
  glossary?: GlossaryTerm[];
}

/**
 * The model of one version: the one place that orders roles (by title) and KPIs (by name),
 * trims bodies and derives task ids, whether the parts come from `check`'s tree (the CLI, the
 * diff) or from the site's content collections. Onboarding keeps the order it is given.
 */
export function playbookModel(version: string, dir: string, parts: ModelParts): PlaybookModel {
  const pages = <T extends object>(entries: ModelPart<T>[]) =>
    entries.map((entry) => ({ ...entry.data, id: entry.id, file: entry.file, body: entry.body.trimStart() }));
  return {
    version,
    dir,
    roles: pages(parts.roles).sort(byTitle),
    kpis: pages(parts.kpis).sort(byName),
    metrics: parts.metrics ?? [],
    areas: areasOf(parts.responsibilities ?? []),
    onboarding: pages(parts.onboarding),
    glossary: parts.glossary ?? [],
  };
}

/** The model of one version from a content tree that passed `check`. */
export function fromSource(source: PlaybookSource): PlaybookModel {
  return playbookModel(source.version, source.dir, {
    roles: source.roles,
    kpis: source.kpis,
    onboarding: source.onboarding,
    metrics: source.metrics?.data,
    responsibilities: source.responsibilities?.data,
    glossary: source.glossary?.data,
  });
}
