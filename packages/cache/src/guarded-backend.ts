import type { Backend } from './backend.js';
import { describeError, isCorruption } from './sqlite-errors.js';

/** What {@link createGuardedBackend} needs to survive failures. */
export interface GuardOptions {
  /** Sets a damaged file aside and opens a new one; null when that failed (the guard then uses `fallback`). */
  rebuild: () => Backend | null;
  /** A memory backend to carry on with. */
  fallback: () => Backend;
  warn: (message: string) => void;
  /** Names the store in warnings, e.g. the file path. */
  label: string;
}

/**
 * Wraps a backend so that no cache problem ever escapes into a scan: a damaged file found mid-run is set
 * aside and rebuilt (the failed write is retried on the new file), and any other failure becomes a
 * single warning per kind of operation while reads turn into misses and writes into no-ops.
 */
export function createGuardedBackend(initial: Backend, options: GuardOptions): Backend {
  let current = initial;
  const warned = new Set<string>();

  function report(action: string, error: unknown): void {
    if (warned.has(action)) return;
    warned.add(action);
    options.warn(
      `Could not ${action} the cache ${options.label} (${describeError(error)}); the scan goes on without it.`,
    );
  }

  function run<T>(action: string, onFailure: T, fn: (b: Backend) => T, retry = false): T {
    try {
      return fn(current);
    } catch (error) {
      if (!isCorruption(error)) {
        report(action, error);
        return onFailure;
      }
      try {
        current.close();
      } catch {
        // The damaged connection may refuse to close cleanly; it is being replaced anyway.
      }
      current = options.rebuild() ?? options.fallback();
      if (!retry) return onFailure;
      try {
        return fn(current);
      } catch (second) {
        report(action, second);
        return onFailure;
      }
    }
  }

  return {
    get persistent() {
      return current.persistent;
    },
    get: (namespace, key) => run('read', undefined, (b) => b.get(namespace, key)),
    entries: (namespace, now) => run('read', [], (b) => b.entries(namespace, now)),
    set: (namespace, key, entry) => run('write to', undefined, (b) => b.set(namespace, key, entry), true),
    delete: (namespace, key) => run('write to', undefined, (b) => b.delete(namespace, key), true),
    clear: (namespace) => run('clear', undefined, (b) => b.clear(namespace), true),
    prune: (now) => run('prune', 0, (b) => b.prune(now)),
    namespaceStats: (now) => run('read', [], (b) => b.namespaceStats(now)),
    getState: (key) => run('read', undefined, (b) => b.getState(key)),
    setState: (key, text, now) => run('write to', undefined, (b) => b.setState(key, text, now), true),
    deleteState: (key) => run('write to', undefined, (b) => b.deleteState(key), true),
    fileBytes: () => run('read', 0, (b) => b.fileBytes()),
    close: () => run('close', undefined, (b) => b.close()),
  };
}
