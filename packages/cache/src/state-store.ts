import type { Backend } from './backend.js';
import type { StateStore } from './types.js';

/** The {@link StateStore} over a backend's `state` table; values are stored as JSON text. */
export function createStateStore(backend: Backend, now: () => number): StateStore {
  return {
    get<T>(key: string): T | undefined {
      const text = backend.getState(key);
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      backend.setState(key, JSON.stringify(value ?? null), now());
    },
    delete(key) {
      backend.deleteState(key);
    },
  };
}
