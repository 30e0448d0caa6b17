/**
 * The registry of content kinds is the one list that `rolebook check` reads a root by and the
 * site's collections are made from: every collection is a kind, every kind a field of the tree,
 * and a kind added to the list is read by both without another change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CONTENT_KINDS, fieldOf, KIND, kindsIn, periodOf, type ContentKind } from '../../src/lib/content-kinds.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { runLoader } from '../helpers/loader-context.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

// content.config.ts runs in Astro; here `defineCollection` only marks the config, as Astro's does.
vi.mock('astro:content', () => ({ defineCollection: (config: object) => Object.assign(config, { type: 'content_layer' }) }));

const kinds: readonly ContentKind[] = CONTENT_KINDS;

describe('the registry', () => {
  it('names each kind once, and each tree field once per scope', () => {
    expect(new Set(kinds.map((kind) => kind.name)).size).toBe(kinds.length);
    for (const scope of ['playbook', 'client'] as const) {
      const fields = kindsIn(scope).flatMap((kind: ContentKind) => [fieldOf(kind), ...(kind.idsField ? [kind.idsField] : [])]);
      expect(new Set(fields).size, scope).toBe(fields.length);
    }
  });

  it('marks only single files as required, and gives every kind the words check prints', () => {
    for (const kind of kinds) {
      if (kind.required) expect(kind.layout, kind.name).toBe('file');
      expect(kind.expected.length, kind.name).toBeGreaterThan(0);
    }
    expect(kinds.filter((kind) => kind.required).map((kind) => kind.name)).toEqual(['metrics', 'clients']);
  });

  it('gives extensions with their dot, and a parser to every table', () => {
    for (const kind of kinds) {
      const names = kind.layout === 'file' ? kind.files : kind.extensions;
      for (const name of names) expect(name, kind.name).toMatch(kind.layout === 'file' ? /^[a-z-]+\.[a-z]+$/ : /^\.[a-z]+$/);
      if (kind.format === 'csv') expect(typeof kind.parse, kind.name).toBe('function');
    }
  });

  it('finds a kind by its name', () => {
    expect(KIND.glossary.files).toEqual(['glossary.yaml']);
    expect(KIND.clients.scope).toBe('client');
    expect(fieldOf(KIND.clients)).toBe('client');
  });

  it('takes a period from a file name of a period kind only', () => {
    expect(periodOf(KIND.snapshots, '2026-03.csv')).toBe('2026-03');
    expect(periodOf(KIND.reports, '2026-03.md')).toBe('2026-03');
    expect(periodOf(KIND.reports, '2026-03.mdx')).toBe('2026-03');
    expect(periodOf(KIND.snapshots, '2026-13.csv')).toBeUndefined();
    expect(periodOf(KIND.snapshots, '2026-03.tsv')).toBeUndefined();
    expect(periodOf(KIND.snapshots, 'march.csv')).toBeUndefined();
  });
});

describe('the content tree', () => {
  it('has a field for every kind of its scope', () => {
    const { tree } = readContent(VALID_FIXTURE);
    for (const playbook of tree.playbooks) {
      for (const kind of kindsIn('playbook') as ContentKind[]) expect(Object.keys(playbook), kind.name).toContain(fieldOf(kind));
      expect(playbook.roleIds).toEqual(new Set(['account-lead', 'support-agent']));
    }
    const [client] = tree.clients;
    expect(Object.keys(client!).sort()).toEqual(['client', 'dir', 'id', 'reports', 'snapshotPeriods', 'snapshots']);
  });
});

describe('the content collections', () => {
  it('are the registry, one collection per kind in its order', async () => {
    const { collections } = await import('../../src/content.config.ts');
    expect(Object.keys(collections)).toEqual(kinds.map((kind) => kind.name));
    for (const kind of kinds) {
      const collection = collections[kind.name as keyof typeof collections] as { loader: { name: string; schema?: unknown }; schema?: unknown };
      // A table's schema sits on its loader (its entries stay untyped for the site, as before).
      expect(collection.schema ?? collection.loader.schema, kind.name).toBeDefined();
    }
  });
});

describe('a kind added to the registry', () => {
  // A monthly budget per client, as YAML: one registry entry and its schema, nothing else.
  const budgets: ContentKind = {
    name: 'budgets',
    scope: 'client',
    layout: 'periods',
    folder: 'budgets',
    extensions: ['.yaml'],
    format: 'yaml',
    schema: z.strictObject({ amount: z.number({ error: 'must be a number' }) }),
    required: false,
    expected: "the month's budget",
  };

  it('is read by check, with its problems, and becomes a collection the site loads', async () => {
    const root = copyRoot(VALID_FIXTURE);
    const write = (relative: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      fs.writeFileSync(path.join(root, relative), text);
    };
    write('clients/tiny-bakery/budgets/2026-02.yaml', 'amount: 1200\n');
    write('clients/tiny-bakery/budgets/2026-03.yaml', 'amount: lots\n');
    write('clients/tiny-bakery/budgets/march.yaml', 'amount: 1\n');

    // Fresh modules, so content.config.ts is made from the registry with the new kind in it.
    const configured = process.env.ROLEBOOK_CONTENT;
    vi.resetModules();
    const registry = await import('../../src/lib/content-kinds.ts');
    const registered = registry.CONTENT_KINDS as unknown as ContentKind[];
    registered.push(budgets);
    try {
      const fresh = await import('../../src/lib/read-content.ts');
      const { tree, problems } = fresh.readContent(root);
      const client = tree.clients[0] as unknown as Record<string, { id: string; data: unknown }[]>;
      expect(client.budgets!.map((entry) => [entry.id, entry.data])).toEqual([['2026-02', { amount: 1200 }]]);
      expect(problems.map((problem) => formatProblem(problem))).toEqual([
        'clients/tiny-bakery/budgets/2026-03.yaml:1: amount: "lots" must be a number',
        'clients/tiny-bakery/budgets/march.yaml: file name "march.yaml" is not a period (expected YYYY-MM.yaml, such as 2026-03.yaml)',
      ]);

      process.env.ROLEBOOK_CONTENT = root;
      const { collections } = (await import('../../src/content.config.ts')) as unknown as {
        collections: Record<string, { loader: Parameters<typeof runLoader>[0]; schema: z.ZodType }>;
      };
      const collection = collections.budgets!;
      fs.rmSync(path.join(root, 'clients/tiny-bakery/budgets/2026-03.yaml'));
      const { entries } = await runLoader(collection.loader, collection.schema);
      expect([...entries.values()].map((entry) => [entry.id, entry.data])).toEqual([['tiny-bakery/2026-02', { amount: 1200 }]]);
    } finally {
      registered.pop();
      if (configured === undefined) delete process.env.ROLEBOOK_CONTENT;
      else process.env.ROLEBOOK_CONTENT = configured;
      vi.resetModules();
    }
  });
});
