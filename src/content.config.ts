/**
 * Content collections for every kind of file in a content root, one per entry of the registry
 * (src/lib/content-kinds.ts). The root is `content/` or `ROLEBOOK_CONTENT`; the draft
 * (`playbook/`) and released versions (`versions/<x.y>/`) share collections, with the version as
 * the first part of each id (`2.0/community-manager`). Every kind may be missing or empty.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { CONTENT_KINDS, type Kind, type KindName, type KindNamed } from './lib/content-kinds.ts';
import { resolveContentRoot } from './lib/content-root.ts';
import { kindCollection, type KindCollection } from './loaders/kind-collection.ts';

const root = resolveContentRoot();

function define<K extends Kind>(kind: K): KindCollection<K> {
  const collection = kindCollection(kind, root);
  // defineCollection marks the config, in place, as a content-layer collection; its type stays the kind's.
  defineCollection<z.ZodType, Loader>(collection);
  return collection;
}

export const collections = Object.fromEntries(CONTENT_KINDS.map((kind) => [kind.name, define(kind)])) as { [N in KindName]: KindCollection<KindNamed<N>> };
