/**
 * The collections of plain files (YAML, CSV, commentary) share one loader: ids and data shaped
 * per kind, a digest that skips unchanged files, stale entries dropped, and a watcher that
 * reloads only the file that changed, reading every file as `rolebook check` does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KIND, type Kind } from '../../../src/lib/content-kinds.ts';
import { kindCollection } from '../../../src/loaders/kind-collection.ts';
import { copyRoot } from '../../helpers/fixtures.ts';
import { fakeContext, runLoader } from '../../helpers/loader-context.ts';
import { VALID_FIXTURE } from '../../helpers/paths.ts';

const load = (kind: Kind, root: string) => {
  const collection = kindCollection(kind, root) as { loader: Parameters<typeof runLoader>[0]; schema?: Parameters<typeof runLoader>[1] };
  return runLoader(collection.loader, collection.schema);
};

describe('the collection of each plain kind', () => {
  it('holds one entry per version for a playbook YAML file: { version, items }', async () => {
    const { entries } = await load(KIND.metrics, VALID_FIXTURE);
    expect([...entries.keys()]).toEqual(['next', '1.0']);
    const next = entries.get('next')!;
    expect(next.filePath).toBe('playbook/metrics.yaml');
    expect(next.data.version).toBe('next');
    expect((next.data.items as { id: string }[]).map((metric) => metric.id)).toContain('impressions');
  });

  it('holds one entry per client for client.yaml, with the schema defaults', async () => {
    const { entries } = await load(KIND.clients, VALID_FIXTURE);
    expect([...entries.keys()]).toEqual(['tiny-bakery']);
    expect(entries.get('tiny-bakery')!.data).toMatchObject({ name: expect.any(String), platformNames: expect.any(Object) });
  });

  it('holds one entry per client and month for snapshots, each naming its client', async () => {
    const { entries } = await load(KIND.snapshots, VALID_FIXTURE);
    expect([...entries.keys()]).toEqual(['tiny-bakery/2026-01', 'tiny-bakery/2026-02', 'tiny-bakery/2026-03']);
    expect(entries.get('tiny-bakery/2026-02')!.data).toMatchObject({
      client: 'tiny-bakery',
      period: '2026-02',
      file: 'clients/tiny-bakery/snapshots/2026-02.csv',
    });
  });

  it('keeps commentary as text, its body uncompiled', async () => {
    const { entries } = await load(KIND.reports, VALID_FIXTURE);
    expect([...entries.keys()]).toEqual(['tiny-bakery/2026-02']);
    const text = fs.readFileSync(path.join(VALID_FIXTURE, 'clients/tiny-bakery/reports/2026-02.mdx'), 'utf8');
    expect(entries.get('tiny-bakery/2026-02')!.body!.trim()).toBe(text.replace(/^---\n[\s\S]*?\n---\n/, '').trim());
  });

  it('leaves an empty root quiet and empty', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-empty-'));
    for (const kind of [KIND.metrics, KIND.clients, KIND.snapshots, KIND.reports]) {
      const { entries, warnings, errors } = await load(kind, root);
      expect([entries.size, warnings, errors], kind.name).toEqual([0, [], []]);
    }
  });

  it('stops at a file check would report, with check’s words', async () => {
    const root = copyRoot(VALID_FIXTURE);
    fs.writeFileSync(path.join(root, 'clients/tiny-bakery/snapshots/2026-02.csv'), 'platform,impressions\nmastodon,12k\n');
    await expect(load(KIND.snapshots, root)).rejects.toThrow('clients/tiny-bakery/snapshots/2026-02.csv:2:2: impressions: "12k" is not a number');
  });
});

describe('the shared loader', () => {
  const setUp = async () => {
    const root = copyRoot(VALID_FIXTURE);
    const { loader, schema } = kindCollection(KIND.glossary, root);
    const fake = fakeContext(schema);
    await loader.load(fake.context);
    const file = (relative: string) => path.join(root, relative);
    return { root, loader, fake, file };
  };

  it('parses a file again only when its text changed, and drops entries whose file is gone', async () => {
    const { loader, fake, file } = await setUp();
    expect(fake.parsed).toEqual(['next', '1.0']);
    fs.appendFileSync(file('playbook/glossary.yaml'), '- term: Reach\n  definition: People who saw it.\n');
    fs.rmSync(file('versions/1.0/glossary.yaml'));
    await loader.load(fake.context);
    expect(fake.parsed).toEqual(['next', '1.0', 'next']);
    expect([...fake.entries.keys()]).toEqual(['next']);
  });

  it('reloads the file that changed, deletes the entry of one removed, and ignores other files', async () => {
    const { fake, file } = await setUp();
    fs.writeFileSync(file('playbook/glossary.yaml'), '- term: Reach\n  definition: People who saw it.\n');
    await fake.emit('change', file('playbook/glossary.yaml'));
    // The loader reads a changed file once it has settled (a save can come in two steps).
    await vi.waitFor(() => expect(fake.entries.get('next')!.data.items).toEqual([{ term: 'Reach', definition: 'People who saw it.', aliases: [] }]));
    await fake.emit('unlink', file('versions/1.0/glossary.yaml'));
    expect([...fake.entries.keys()]).toEqual(['next']);
    await fake.emit('change', file('playbook/metrics.yaml'));
    await fake.emit('add', file('playbook/.draft/glossary.yaml'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.parsed).toEqual(['next', '1.0', 'next']);
  });

  it('reads a file saved in two steps once it settles, though the watcher reported only the first', async () => {
    const { fake, file } = await setUp();
    fs.writeFileSync(file('playbook/glossary.yaml'), '');
    await fake.emit('change', file('playbook/glossary.yaml'));
    fs.writeFileSync(file('playbook/glossary.yaml'), '- term: Reach\n  definition: People who saw it.\n');
    await vi.waitFor(() => expect(fake.entries.get('next')!.data.items).toEqual([{ term: 'Reach', definition: 'People who saw it.', aliases: [] }]));
    expect(fake.errors).toEqual([]);
  });

  it('logs a broken edit with check’s words and keeps the last good entry', async () => {
    const { fake, file } = await setUp();
    const before = fake.entries.get('next');
    fs.writeFileSync(file('playbook/glossary.yaml'), '- term: Reach\n');
    await fake.emit('change', file('playbook/glossary.yaml'));
    // Logged only once the file has failed twice, 50 ms and then 300 ms after the change.
    await vi.waitFor(() => expect(fake.errors).toEqual(['1 content problem:\nplaybook/glossary.yaml:1: [0].definition: is required (expected a string)']));
    expect(fake.entries.get('next')).toBe(before);
  });
});
