/**
 * Reads a whole content root from disk: every file parsed and validated against its schema,
 * every problem collected (none thrown), so `check` can report them all at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { clientSchema } from '../schemas/client.ts';
import { PERIOD_PATTERN, VERSION_PATTERN } from '../schemas/common.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { kpiSchema } from '../schemas/kpi.ts';
import { metricRegistrySchema } from '../schemas/metric.ts';
import { onboardingSchema } from '../schemas/onboarding.ts';
import { reportSchema } from '../schemas/report.ts';
import { responsibilitiesSchema } from '../schemas/responsibilities.ts';
import { roleSchema } from '../schemas/role.ts';
import { servicesSchema } from '../schemas/services.ts';
import { inspectEntry, isHiddenName, readContentFile, type ContentEntry } from './content-files.ts';
import { DRAFT_VERSION } from './content-root.ts';
import type { ClientSource, ContentTree, Entry, MdxEntry, PlaybookSource } from './content-tree.ts';
import { mdxBodyProblems } from './mdx-syntax.ts';
import { pushAll, type Problem } from './problems.ts';
import { validateSource } from './schema-problems.ts';
import { parseSnapshotCsv } from './snapshot-csv.ts';
import { parseMdx, parseYaml } from './source.ts';
import { isSlug } from './slug.ts';

const MDX_FILE = /\.mdx?$/;

export function readContent(root: string): { tree: ContentTree; problems: Problem[] } {
  const problems: Problem[] = [];
  const reader = new Reader(root, problems);
  if (!isDirectory(root)) {
    problems.push({ file: '.', message: `content root ${root} does not exist`, expected: 'a folder with playbook/ (set ROLEBOOK_CONTENT to point elsewhere)' });
    return { tree: { root, playbooks: [], clients: [] }, problems };
  }
  const tree: ContentTree = { root, playbooks: reader.playbooks(), clients: reader.clients() };
  return { tree, problems };
}

class Reader {
  private readonly root: string;
  private readonly problems: Problem[];
  private readonly entries = new Map<string, ContentEntry>();

  constructor(root: string, problems: Problem[]) {
    this.root = root;
    this.problems = problems;
  }

  playbooks(): PlaybookSource[] {
    const found: PlaybookSource[] = [];
    const draft = this.entry('playbook');
    if (draft.kind === 'directory') found.push(this.playbook(DRAFT_VERSION, 'playbook'));
    else if (draft.kind === 'refused') this.problems.push(draft.problem);
    else this.problems.push({ file: 'playbook/', message: 'is missing', expected: 'the draft playbook folder with roles/, kpis/ and metrics.yaml' });
    for (const name of this.list('versions')) {
      const dir = `versions/${name}`;
      if (!this.isFolder(dir)) continue;
      if (!VERSION_PATTERN.test(name)) {
        this.problems.push({ file: `${dir}/`, message: `"${name}" is not a version name`, expected: 'major.minor, such as 2.0 (made by rolebook release)' });
        continue;
      }
      found.push(this.playbook(name, dir));
    }
    return found;
  }

  private playbook(version: string, dir: string): PlaybookSource {
    const roles = this.mdxFolder(`${dir}/roles`, roleSchema, 'a role: title and summary in frontmatter between --- lines');
    const kpis = this.mdxFolder(`${dir}/kpis`, kpiSchema, 'a KPI: name, owner, formula and unit in frontmatter between --- lines');
    const metrics = this.yamlFile(`${dir}/metrics.yaml`, metricRegistrySchema, 'the metric registry: every column a snapshot may carry');
    return {
      version,
      dir,
      roleIds: new Set(roles.ids),
      kpiIds: new Set(kpis.ids),
      roles: roles.entries,
      kpis: kpis.entries,
      onboarding: this.mdxFolder(`${dir}/onboarding`, onboardingSchema, 'an onboarding checklist in frontmatter between --- lines').entries,
      metrics,
      responsibilities: this.yamlFile(`${dir}/responsibilities.yaml`, responsibilitiesSchema),
      glossary: this.yamlFile(`${dir}/glossary.yaml`, glossarySchema),
      services: this.optionalMdx(dir, 'services', servicesSchema, "the services guide: the agency's words, with an optional lead in frontmatter"),
    };
  }

  /** `<dir>/<name>.mdx` (or `.md`) when it exists. */
  private optionalMdx<S extends z.ZodType>(dir: string, name: string, schema: S, what: string): MdxEntry<z.output<S>> | undefined {
    const file = [`${dir}/${name}.mdx`, `${dir}/${name}.md`].find((candidate) => this.entry(candidate).kind !== 'missing');
    return file ? this.mdxFile(file, name, schema, what) : undefined;
  }

  clients(): ClientSource[] {
    return this.list('clients')
      .filter((name) => this.isFolder(`clients/${name}`))
      .map((id) => this.client(id));
  }

  private client(id: string): ClientSource {
    const dir = `clients/${id}`;
    if (!isSlug(id)) this.problems.push({ file: `${dir}/`, message: `"${id}" is not a client id`, expected: 'a lowercase folder name such as "acme-outdoor"' });
    const client = this.yamlFile(`${dir}/client.yaml`, clientSchema, "the client's name, playbook version and platforms");
    const source: ClientSource = { id, dir, client, snapshotPeriods: new Set(), snapshots: [], reports: [] };
    for (const name of this.list(`${dir}/snapshots`)) {
      if (name === 'README.md') continue; // the format notes `rolebook new client` writes
      const file = `${dir}/snapshots/${name}`;
      const period = this.periodOf(file, name, '.csv');
      if (!period) continue;
      source.snapshotPeriods.add(period);
      const text = this.read(file, 'a snapshot file: a header line "platform,<metric ids>" and one row per platform');
      if (text === undefined) continue;
      const { snapshot, problems } = parseSnapshotCsv(text, file, period);
      pushAll(this.problems, problems);
      if (snapshot && problems.length === 0) source.snapshots.push(snapshot);
    }
    for (const name of this.list(`${dir}/reports`)) {
      const file = `${dir}/reports/${name}`;
      const period = this.periodOf(file, name, '.mdx', '.md');
      // Commentary is Markdown even in a .mdx file (nothing in it runs): the client rules check it.
      const entry = period
        ? this.mdxFile(file, period, reportSchema, 'commentary: highlights in frontmatter and/or text; delete the file if there is none', { mdx: false })
        : undefined;
      if (entry) source.reports.push(entry);
    }
    return source;
  }

  private periodOf(file: string, name: string, ...extensions: string[]): string | undefined {
    const extension = extensions.find((ext) => name.endsWith(ext));
    const stem = extension ? name.slice(0, -extension.length) : name;
    if (extension && PERIOD_PATTERN.test(stem)) return stem;
    this.problems.push({ file, message: `file name "${name}" is not a period`, expected: `YYYY-MM${extensions[0]}, such as 2026-03${extensions[0]}` });
    return undefined;
  }

  private mdxFolder<S extends z.ZodType>(dir: string, schema: S, what: string): { ids: string[]; entries: MdxEntry<z.output<S>>[] } {
    const ids: string[] = [];
    const entries: MdxEntry<z.output<S>>[] = [];
    for (const name of this.list(dir)) {
      const file = `${dir}/${name}`;
      if (!MDX_FILE.test(name)) {
        this.problems.push({ file, message: 'is not an MDX file', expected: '<id>.mdx' });
        continue;
      }
      const id = name.replace(MDX_FILE, '');
      if (!isSlug(id)) {
        this.problems.push({ file, message: `file name "${id}" is not an id`, expected: 'a lowercase file name such as community-manager.mdx' });
        continue;
      }
      ids.push(id);
      const entry = this.mdxFile(file, id, schema, what);
      if (entry) entries.push(entry);
    }
    return { ids, entries };
  }

  private mdxFile<S extends z.ZodType>(file: string, id: string, schema: S, what: string, { mdx = true } = {}): MdxEntry<z.output<S>> | undefined {
    const text = this.read(file, what);
    if (text === undefined) return undefined;
    if (text.replace(/^\uFEFF/, '').trim() === '') {
      this.problems.push({ file, message: 'is empty', expected: what });
      return undefined;
    }
    const source = parseMdx(text, file);
    pushAll(pushAll(this.problems, source.problems), mdx ? mdxBodyProblems(source.body, file, path.join(this.root, file)) : []);
    if (source.problems.length) return undefined;
    const result = validateSource(schema, source);
    if (!result.ok) {
      pushAll(this.problems, result.problems);
      return undefined;
    }
    return { id, file, data: result.data, lineOf: source.lineOf, body: source.body };
  }

  /** A single YAML file; `requiredFor` says what a missing required file should have held. */
  private yamlFile<S extends z.ZodType>(file: string, schema: S, requiredFor?: string): Entry<z.output<S>> | undefined {
    if (this.entry(file).kind === 'missing') {
      if (requiredFor) this.problems.push({ file, message: 'is missing', expected: requiredFor });
      return undefined;
    }
    const expected = requiredFor ?? 'YAML content; delete the file if it has none';
    const text = this.read(file, expected);
    if (text === undefined) return undefined;
    if (text.replace(/^\uFEFF/, '').trim() === '') {
      this.problems.push({ file, message: 'is empty', expected });
      return undefined;
    }
    const source = parseYaml(text, file);
    pushAll(this.problems, source.problems);
    if (source.problems.length) return undefined;
    const result = validateSource(schema, source);
    if (!result.ok) {
      pushAll(this.problems, result.problems);
      return undefined;
    }
    return { id: path.posix.basename(file), file, data: result.data, lineOf: source.lineOf };
  }

  /** What a path is (lstat/realpath only, never opened), asked once per path. */
  private entry(relative: string): ContentEntry {
    let entry = this.entries.get(relative);
    if (!entry) {
      entry = inspectEntry(this.root, relative);
      this.entries.set(relative, entry);
    }
    return entry;
  }

  /** The text of a file, or undefined with its one problem recorded (folder, link out, not UTF-8, …). */
  private read(relative: string, expected: string): string | undefined {
    const result = readContentFile(this.root, relative, { expected });
    if (result.ok) return result.text;
    this.problems.push(result.problem);
    return undefined;
  }

  /**
   * Sorted names in a folder, hidden ones left out (as Astro's glob loader leaves them out); none
   * when the folder does not exist or must not be followed (then reported).
   */
  private list(relative: string): string[] {
    const dir = this.entry(relative);
    if (dir.kind === 'refused') this.problems.push(dir.problem);
    if (dir.kind !== 'directory') return [];
    let names: string[];
    try {
      names = fs.readdirSync(path.join(this.root, relative));
    } catch (error) {
      this.problems.push({ file: `${relative}/`, message: `could not be listed: ${(error as Error).message}`, expected: 'a readable folder' });
      return [];
    }
    return names.filter((name) => !isHiddenName(name)).sort();
  }

  /** Whether a listed name is a folder to go into; one that must not be followed is reported. */
  private isFolder(relative: string): boolean {
    const entry = this.entry(relative);
    if (entry.kind === 'refused') this.problems.push(entry.problem);
    return entry.kind === 'directory';
  }
}

function isDirectory(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
