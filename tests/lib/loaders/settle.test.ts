import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, settledWatcher } from '../../../src/loaders/settle.ts';

type Watcher = Parameters<typeof settledWatcher>[0];

describe('settledWatcher', () => {
  it('calls a change handler once, SETTLE_MS after the last change to a path, and other events at once', () => {
    vi.useFakeTimers();
    try {
      const emitter = new EventEmitter();
      const watcher = settledWatcher(emitter as unknown as Watcher);
      const changed: string[] = [];
      const unlinked: string[] = [];
      watcher.on('change', (path: string) => void changed.push(path));
      watcher.on('unlink', (path: string) => void unlinked.push(path));
      emitter.emit('change', '/root/a.mdx');
      vi.advanceTimersByTime(SETTLE_MS - 10);
      emitter.emit('change', '/root/a.mdx');
      emitter.emit('change', '/root/b.mdx');
      emitter.emit('unlink', '/root/c.mdx');
      expect(unlinked).toEqual(['/root/c.mdx']);
      vi.advanceTimersByTime(SETTLE_MS - 1);
      expect(changed).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(changed).toEqual(['/root/a.mdx', '/root/b.mdx']);
    } finally {
      vi.useRealTimers();
    }
  });
});
