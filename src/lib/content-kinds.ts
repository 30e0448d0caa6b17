/**
 * Every kind of file a content root holds, in one list: where its files live, how they are
 * read, what schema they meet, and what `check` says a file of the kind should have been.
 * `rolebook check` (read-content.ts) walks this list to read a root, the site's content
 * collections (content.config.ts) are made from it, and the tree types (content-tree.ts) are
 * derived from it, so a new kind of content is one entry here plus its schema.
 *
 * Pure TypeScript: no Astro, no file system.
 */
import type { z } from 'zod';
import { clientSchema } from '../schemas/client.ts';
import { PERIOD_PATTERN } from '../schemas/common.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { kpiSchema } from '../schemas/kpi.ts';
import { metricRegistrySchema } from '../schemas/metric.ts';
import { onboardingSchema } from '../schemas/onboarding.ts';
import { reportSchema } from '../schemas/report.ts';
import { responsibilitiesSchema } from '../schemas/responsibilities.ts';
import { roleSchema } from '../schemas/role.ts';
import { servicesSchema } from '../schemas/services.ts';
import { snapshotSchema } from '../schemas/snapshot.ts';
import { DRAFT_VERSION } from './content-root.ts';
import type { Problem } from './problems.ts';
import { parseSnapshotCsv } from './snapshot-csv.ts';

/**
 * Whose folder a kind's files sit in: each playbook version's (`playbook/`, `versions/<x.y>/`)
 * or each client's (`clients/<id>/`).
 */
export type Scope = 'playbook' | 'client';

/**
 * - `mdx`: YAML frontmatter and an MDX body, which `check` compiles as the build will.
 * - `markdown`: YAML frontmatter and a body kept as text, even in a `.mdx` file: nothing in it
 *   is compiled, imported or run (commentary, which the client rules check instead).
 * - `yaml`: one YAML document.
 * - `csv`: a table, parsed and checked row by row by the kind's own `parse`.
 */
export type Format = 'mdx' | 'markdown' | 'yaml' | 'csv';

/** What a file of each format is called in "is not …" messages. */
export const FORMAT_NOUN: Record<Format, string> = { mdx: 'an MDX file', markdown: 'a Markdown file', yaml: 'a YAML file', csv: 'a CSV file' };

/** A `csv` kind's reader: the file's text to its data, with every problem (line and column). */
export type TableParser<T> = (text: string, file: string, id: string) => { data?: T; problems: Problem[] };

interface KindBase {
  /** The content collection's name. */
  name: string;
  scope: Scope;
  /** The kind's field in the content tree, when it is not `name` (one client has one `client`). */
  field?: string;
  format: Format;
  /** The data a file holds: its frontmatter, its YAML, or (csv) what `parse` returns with its owner, as the site stores it. */
  schema: z.ZodType;
  /** Whether `check` reports a missing file (single files only: a folder may always be empty). */
  required: boolean;
  /** What a file of the kind should have been, for a file that is missing, empty or unreadable. */
  expected: string;
  /**
   * The tree field that also keeps the id of every file found, valid or not, so that one broken
   * file does not cascade into "unknown role" problems elsewhere.
   */
  idsField?: string;
}

/** At most one file in each owner's folder: the first of `files` that exists. */
export interface FileLayout {
  layout: 'file';
  /** Names the file may have, preferred first; a required one is reported missing as the first. */
  files: readonly string[];
}

/** One entry per `<folder>/<id><extension>`, the id being a slug. */
export interface FolderLayout {
  layout: 'folder';
  folder: string;
  /** With their dot; messages name the first. */
  extensions: readonly string[];
}

/** One entry per month: `<folder>/<YYYY-MM><extension>`. */
export interface PeriodLayout {
  layout: 'periods';
  folder: string;
  extensions: readonly string[];
  /** Names in the folder that are not entries (notes a scaffold writes there). */
  ignore?: readonly string[];
}

export type Layout = FileLayout | FolderLayout | PeriodLayout;

type Reading = { format: 'mdx' | 'markdown' | 'yaml' } | { format: 'csv'; parse: TableParser<unknown> };

export type ContentKind = KindBase & Layout & Reading;

/** The kinds of one layout. */
export type KindOf<L extends Layout['layout']> = Extract<ContentKind, { layout: L }>;

/** Keeps each entry's literal types (names, layouts, schemas), which the tree types are derived from. */
const kind = <const K extends ContentKind>(spec: K): K => spec;

const MARKDOWN = ['.mdx', '.md'] as const;
const YAML_CONTENT = 'YAML content; delete the file if it has none';

/** The registry, in the order `check` reads a folder. */
export const CONTENT_KINDS = [
  kind({
    name: 'roles',
    scope: 'playbook',
    layout: 'folder',
    folder: 'roles',
    extensions: MARKDOWN,
    format: 'mdx',
    schema: roleSchema,
    required: false,
    expected: 'a role: title and summary in frontmatter between --- lines',
    idsField: 'roleIds',
  }),
  kind({
    name: 'kpis',
    scope: 'playbook',
    layout: 'folder',
    folder: 'kpis',
    extensions: MARKDOWN,
    format: 'mdx',
    schema: kpiSchema,
    required: false,
    expected: 'a KPI: name, owner, formula and unit in frontmatter between --- lines',
    idsField: 'kpiIds',
  }),
  kind({
    name: 'onboarding',
    scope: 'playbook',
    layout: 'folder',
    folder: 'onboarding',
    extensions: MARKDOWN,
    format: 'mdx',
    schema: onboardingSchema,
    required: false,
    expected: 'an onboarding checklist in frontmatter between --- lines',
  }),
  // The agency's words on the services guide; without the file the guide is generated alone.
  kind({
    name: 'services',
    scope: 'playbook',
    layout: 'file',
    files: ['services.mdx', 'services.md'],
    format: 'mdx',
    schema: servicesSchema,
    required: false,
    expected: "the services guide: the agency's words, with an optional lead in frontmatter",
  }),
  kind({
    name: 'metrics',
    scope: 'playbook',
    layout: 'file',
    files: ['metrics.yaml'],
    format: 'yaml',
    schema: metricRegistrySchema,
    required: true,
    expected: 'the metric registry: every column a snapshot may carry',
  }),
  kind({
    name: 'responsibilities',
    scope: 'playbook',
    layout: 'file',
    files: ['responsibilities.yaml'],
    format: 'yaml',
    schema: responsibilitiesSchema,
    required: false,
    expected: YAML_CONTENT,
  }),
  kind({
    name: 'glossary',
    scope: 'playbook',
    layout: 'file',
    files: ['glossary.yaml'],
    format: 'yaml',
    schema: glossarySchema,
    required: false,
    expected: YAML_CONTENT,
  }),
  kind({
    name: 'clients',
    scope: 'client',
    field: 'client',
    layout: 'file',
    files: ['client.yaml'],
    format: 'yaml',
    schema: clientSchema,
    required: true,
    expected: "the client's name, playbook version and platforms",
  }),
  kind({
    name: 'snapshots',
    scope: 'client',
    layout: 'periods',
    folder: 'snapshots',
    extensions: ['.csv'],
    // The format notes `rolebook new client` writes.
    ignore: ['README.md'],
    format: 'csv',
    // Parsing and row validation are the pure parseSnapshotCsv; the site's entries add the client id.
    parse: (text: string, file: string, period: string) => {
      const { snapshot, problems } = parseSnapshotCsv(text, file, period);
      return { data: snapshot, problems };
    },
    schema: snapshotSchema,
    required: false,
    expected: 'a snapshot file: a header line "platform,<metric ids>" and one row per platform',
    idsField: 'snapshotPeriods',
  }),
  // Commentary is text: pages render it with renderCommentary, which cites the engine's numbers
  // and sanitizes any HTML, so it never reaches the MDX compiler.
  kind({
    name: 'reports',
    scope: 'client',
    layout: 'periods',
    folder: 'reports',
    extensions: ['.mdx', '.md'],
    format: 'markdown',
    schema: reportSchema,
    required: false,
    expected: 'commentary: highlights in frontmatter and/or text; delete the file if there is none',
  }),
] as const;

export type Kind = (typeof CONTENT_KINDS)[number];
export type KindName = Kind['name'];
export type KindNamed<N extends KindName> = Extract<Kind, { name: N }>;

/** The registry by collection name. */
export const KIND = Object.fromEntries(CONTENT_KINDS.map((entry) => [entry.name, entry])) as { [N in KindName]: KindNamed<N> };

/** The kinds whose files sit in each folder of `scope`, in registry order. */
export function kindsIn<S extends Scope>(scope: S): Extract<Kind, { scope: S }>[] {
  return CONTENT_KINDS.filter((entry): entry is Extract<Kind, { scope: S }> => entry.scope === scope);
}

/** The kind's field in the content tree. */
export function fieldOf(entry: ContentKind): string {
  return entry.field ?? entry.name;
}

/** The extension of `name` that the kind accepts, or undefined. */
export function extensionOf(entry: FolderLayout | PeriodLayout, name: string): string | undefined {
  return entry.extensions.find((extension) => name.endsWith(extension));
}

/** `2026-03.csv` → `2026-03` for a period kind; undefined for any other name. */
export function periodOf(entry: PeriodLayout, name: string): string | undefined {
  const extension = extensionOf(entry, name);
  const stem = extension ? name.slice(0, -extension.length) : undefined;
  return stem !== undefined && PERIOD_PATTERN.test(stem) ? stem : undefined;
}

/** Whether `name`, in a period kind's folder, is not an entry (a scaffold's notes). */
export function isIgnored(entry: PeriodLayout, name: string): boolean {
  return entry.ignore?.includes(name) ?? false;
}

/** A single file's entry id: its name without the extension (`metrics`, `services`, `client`). */
export function fileId(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

/** Folder of a playbook version relative to the content root: `playbook` or `versions/<x.y>`. */
export function playbookDir(version: string): string {
  return version === DRAFT_VERSION ? 'playbook' : `versions/${version}`;
}
