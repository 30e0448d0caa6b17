/**
 * One playbook version as plain data: what the pages, the diff engine and the CLI all work on.
 * Built from a checked content tree (`fromSource`) or, in Astro, from the content collections.
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Kpi } from '../../schemas/kpi.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { Onboarding } from '../../schemas/onboarding.ts';
import type { RaciValue } from '../../schemas/responsibilities.ts';
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

/** The model of one version from a content tree that passed `check`. */
export function fromSource(source: PlaybookSource): PlaybookModel {
  return {
    version: source.version,
    dir: source.dir,
    roles: source.roles.map((e) => ({ ...e.data, id: e.id, file: e.file, body: e.body.trimStart() })).sort(byTitle),
    kpis: source.kpis.map((e) => ({ ...e.data, id: e.id, file: e.file, body: e.body.trimStart() })).sort(byName),
    metrics: source.metrics?.data ?? [],
    areas: areasOf(source.responsibilities?.data ?? []),
    onboarding: source.onboarding.map((e) => ({ ...e.data, id: e.id, file: e.file, body: e.body.trimStart() })),
    glossary: source.glossary?.data ?? [],
  };
}
