/**
 * Just enough of Astro's LoaderContext to run a Rolebook collection loader in a unit test: a
 * data store, `parseData` validating against the collection's schema (as Astro does), a digest,
 * a watcher the test fires events on, and a logger that records errors.
 */
import { createHash } from 'node:crypto';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'zod';

export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
  filePath?: string;
  body?: string;
}

export interface FakeContext {
  context: LoaderContext;
  entries: Map<string, StoredEntry>;
  /** Entry ids whose data was parsed (validated) again, in order. */
  parsed: string[];
  errors: string[];
  warnings: string[];
  /** Fire a watcher event for an absolute path and wait for its handler. */
  emit(event: 'add' | 'change' | 'unlink', file: string): Promise<void>;
}

export function fakeContext(schema?: z.ZodType): FakeContext {
  const entries = new Map<string, StoredEntry>();
  const parsed: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  // The loaders listen to 'all'; the handlers are kept so a test can await them.
  const handlers: ((event: string, file: string) => Promise<void>)[] = [];
  const watcher = {
    add: () => watcher,
    on: (event: string, handler: (event: string, file: string) => Promise<void>) => {
      if (event === 'all') handlers.push(handler);
      return watcher;
    },
  };
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => void entries.set(entry.id, entry),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    has: (id: string) => entries.has(id),
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    clear: () => entries.clear(),
  };
  const logger = { error: (m: string) => void errors.push(m), warn: (m: string) => void warnings.push(m), info: () => {}, debug: () => {} };
  const context = {
    collection: 'test',
    store,
    logger,
    watcher,
    generateDigest: (data: string) => createHash('sha256').update(data).digest('hex'),
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return schema ? schema.parse(data) : data;
    },
  } as unknown as LoaderContext;
  return {
    context,
    entries,
    parsed,
    errors,
    warnings,
    emit: async (event, file) => {
      for (const handler of handlers) await handler(event, file);
    },
  };
}

/** Run a loader once in a fresh fake context. */
export async function runLoader(loader: Loader, schema?: z.ZodType): Promise<FakeContext> {
  const fake = fakeContext(schema ?? ('schema' in loader ? (loader.schema as z.ZodType | undefined) : undefined));
  await loader.load(fake.context);
  return fake;
}
