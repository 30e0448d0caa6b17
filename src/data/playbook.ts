/**
 * The playbook collections, queried once and turned into one PlaybookModel per version. Pages
 * import from here and never call getCollection themselves.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DRAFT_VERSION } from '../lib/content-root.ts';
import { latestRelease, releasedVersions } from '../lib/versions.ts';
import { KIND, playbookDir } from '../lib/content-kinds.ts';
import { playbookModel, type PlaybookModel } from '../lib/playbook/model.ts';
import { splitVersionedId } from '../loaders/ids.ts';
import { playbookUrl, type PlaybookPage } from '../lib/playbook/routes.ts';
import { withBase } from '../lib/site-url.ts';
import { diffPlaybooks, type PlaybookDiff } from '../lib/playbook/diff.ts';
import { previousVersion } from '../lib/playbook/load.ts';
import { versionLabel } from '../lib/playbook/page-context.ts';

const [roles, kpis, onboarding, services, metrics, responsibilities, glossary] = await Promise.all([
  getCollection('roles'),
  getCollection('kpis'),
  getCollection('onboarding'),
  getCollection('services'),
  getCollection('metrics'),
  getCollection('responsibilities'),
  getCollection('glossary'),
]);

type MdxEntry = CollectionEntry<'roles'> | CollectionEntry<'kpis'> | CollectionEntry<'onboarding'>;

/** `playbook/roles/x.mdx`: the file behind an entry, relative to the content root. */
function fileOf(entry: MdxEntry, folder: string): string {
  const { version, id } = splitVersionedId(entry.id);
  return `${playbookDir(version)}/${folder}/${path.basename(entry.filePath ?? `${id}.mdx`)}`;
}

function inVersion<T extends { id: string }>(entries: T[], version: string): T[] {
  return entries.filter((entry) => splitVersionedId(entry.id).version === version);
}

/** The collections' entries of one version as the parts `playbookModel` makes the model from. */
function buildModel(version: string): PlaybookModel {
  const pages = <E extends MdxEntry>(entries: E[], folder: string) =>
    inVersion(entries, version).map((entry) => ({
      id: splitVersionedId(entry.id).id,
      file: fileOf(entry, folder),
      data: entry.data as E['data'],
      body: entry.body ?? '',
    }));
  // A single file's entry id is the version itself.
  const single = <T>(entries: { id: string; data: { items: T } }[]) => entries.find((entry) => entry.id === version)?.data.items;
  return playbookModel(version, playbookDir(version), {
    roles: pages(roles, KIND.roles.folder),
    kpis: pages(kpis, KIND.kpis.folder),
    onboarding: pages(onboarding, KIND.onboarding.folder),
    metrics: single(metrics),
    responsibilities: single(responsibilities),
    glossary: single(glossary),
  });
}

// Role and KPI ids are `<version>/<id>`; the single-file collections' ids are the version itself.
const versions = [...new Set([...roles, ...kpis, ...metrics].map((entry) => entry.id.split('/')[0]!))];

/** Every version: released ones newest first, then the draft. */
export const playbooks: PlaybookModel[] = [...releasedVersions(versions), ...(versions.includes(DRAFT_VERSION) ? [DRAFT_VERSION] : [])].map(buildModel);

/** The newest release, or undefined before the first `rolebook release`. */
export const latest: string | undefined = latestRelease(versions);

export function playbookOf(version: string): PlaybookModel {
  const model = playbooks.find((p) => p.version === version);
  if (!model) throw new Error(`no playbook version "${version}"`);
  return model;
}

/** The collection entry behind a role, KPI or onboarding page, for `render()`. */
export function entryOf<C extends 'roles' | 'kpis' | 'onboarding'>(collection: C, version: string, id: string): CollectionEntry<C> {
  const entries = { roles, kpis, onboarding }[collection] as CollectionEntry<C>[];
  const entry = entries.find((candidate) => candidate.id === `${version}/${id}`);
  if (!entry) throw new Error(`no ${collection} entry "${version}/${id}"`);
  return entry;
}

/** The agency's words on the services guide of `version`, when it has a services.mdx. */
export function servicesEntry(version: string): CollectionEntry<'services'> | undefined {
  return services.find((entry) => entry.id === `${version}/services`);
}

/** Header links: the playbook sections of the latest release (of the draft before any release). */
export function primaryNav(): { href: string; label: string }[] {
  const base = import.meta.env.BASE_URL;
  const home = withBase(base, '/');
  if (playbooks.length === 0) return [{ href: home, label: 'Home' }];
  const version = latest ? null : DRAFT_VERSION;
  const url = (page: PlaybookPage) => withBase(base, playbookUrl(version, page));
  return [
    { href: home, label: 'Home' },
    { href: url({ kind: 'home' }), label: 'Playbook' },
    { href: url({ kind: 'responsibilities' }), label: 'Responsibilities' },
    { href: url({ kind: 'kpis' }), label: 'KPIs' },
    { href: url({ kind: 'glossary' }), label: 'Glossary' },
  ];
}

export interface SiteOverview {
  releases: string[];
  latest?: string;
  /** The version the home page presents: the latest release, or the draft before any release. */
  current: PlaybookModel;
  hasDraft: boolean;
}

export function siteOverview(): SiteOverview {
  const current = playbookOf(latest ?? DRAFT_VERSION);
  return {
    releases: releasedVersions(versions),
    latest,
    current,
    hasDraft: versions.includes(DRAFT_VERSION),
  };
}

/** Base URL for "Edit this page" links (the content root in the repository's web editor); unset hides them. */
export const editBase: string | undefined = process.env.ROLEBOOK_EDIT_URL?.trim() || undefined;

/** What the search dialog offers: the latest release first (the default), then the others. */
export const searchVersions = playbooks.map((model) => ({ version: model.version, label: versionLabel(model.version, latest) }));

/** The diff a version's changes page shows, against the previous release. */
export function changesAgainstPrevious(model: PlaybookModel): { version: string; model: PlaybookModel; diff: PlaybookDiff } | undefined {
  const previous = previousVersion(
    model.version,
    playbooks.map((p) => p.version),
  );
  return previous ? { version: previous, model: playbookOf(previous), diff: diffPlaybooks(playbookOf(previous), model) } : undefined;
}
