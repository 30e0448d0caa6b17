/**
 * Every kind of content may be missing from a content root: an agency with no clients yet, a
 * client with no commentary, a playbook never released (no `versions/`). Such a root must build
 * quietly, but Astro warns twice about an empty collection:
 *
 * - the glob loader logs "No files found matching …" when its pattern matches nothing;
 * - `getCollection` logs "The collection … does not exist or is empty" when the data store has
 *   no collection of that name (`store.hasCollection`), and the store only creates a
 *   collection when an entry is first set in it.
 *
 * `optional(loader)` drops the first warning and, when the loader leaves the collection empty,
 * sets and deletes one placeholder entry so the store holds the collection with no entries:
 * `getCollection` then returns `[]` silently. tests/build/empty-content.test.ts guards both.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

const PLACEHOLDER = 'rolebook:empty-collection';
const NO_FILES = /^No files found matching /;

export function optional(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      await loader.load({ ...context, logger: withoutNoFilesWarning(context.logger) });
      const { store } = context;
      if (store.keys().length === 0) {
        store.set({ id: PLACEHOLDER, data: {} });
        store.delete(PLACEHOLDER);
      }
    },
  };
}

function withoutNoFilesWarning(logger: LoaderContext['logger']): LoaderContext['logger'] {
  const quiet = Object.create(logger) as LoaderContext['logger'];
  quiet.warn = (message: string) => {
    if (!NO_FILES.test(message)) logger.warn(message);
  };
  return quiet;
}
