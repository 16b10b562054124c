import type { StateStore } from '@complexionist/cache';

/** A {@link StateStore} in memory (demo mode and tests): values are copied in and out like JSON rows. */
export function memoryStateStore(): StateStore {
  const rows = new Map<string, string>();
  return {
    get<T>(key: string) {
      const text = rows.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    },
    set(key, value) {
      rows.set(key, JSON.stringify(value ?? null));
    },
    delete(key) {
      rows.delete(key);
    },
  };
}
