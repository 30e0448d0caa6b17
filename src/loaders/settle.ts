/**
 * An editor may empty a file and then write it, in two steps a few milliseconds apart. The dev
 * watcher can report the first step and drop the second (changes to one path are throttled), and
 * a loader that reads the file at once then keeps an empty or half-written version until the next
 * save: the page shows the old numbers, or an error, although the file on disk is fine. So a loader
 * reads a changed file only once it has been quiet for SETTLE_MS.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

export const SETTLE_MS = 50;

type Watcher = NonNullable<LoaderContext['watcher']>;
type Handler = (path: string, ...rest: unknown[]) => unknown;

/** `watcher`, with every `change` and `add` handler called SETTLE_MS after the last event for its path. */
export function settledWatcher(watcher: Watcher): Watcher {
  return new Proxy(watcher, {
    get(target, property) {
      if (property !== 'on') {
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return function on(this: Watcher, event: string, handler: Handler) {
        if (event !== 'change' && event !== 'add') return target.on(event, handler);
        const waiting = new Map<string, ReturnType<typeof setTimeout>>();
        return target.on(event, (path: string, ...rest: unknown[]) => {
          clearTimeout(waiting.get(path));
          waiting.set(
            path,
            setTimeout(() => {
              waiting.delete(path);
              handler(path, ...rest);
            }, SETTLE_MS),
          );
        });
      };
    },
  });
}

/** `loader` (Astro's glob loader, say) reading changed files only once they settle. */
export function settled(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => loader.load(context.watcher ? { ...context, watcher: settledWatcher(context.watcher) } : context),
  };
}
