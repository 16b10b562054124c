import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from './backend.js';
import { createLayeredStore } from './layered-store.js';
import { createMemoryBackend } from './memory-backend.js';
import { openCache } from './open-cache.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function cacheFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cx-ahead-'));
  dirs.push(dir);
  return join(dir, 'cache.db');
}

/** A memory backend that counts how it is read. */
function countingBackend(): Backend & { gets: number; scans: number } {
  const inner = createMemoryBackend(1000);
  const counted = Object.assign(Object.create(inner) as Backend, { gets: 0, scans: 0 });
  counted.get = (namespace, key) => {
    counted.gets++;
    return inner.get(namespace, key);
  };
  counted.entries = (namespace, now) => {
    counted.scans++;
    return inner.entries(namespace, now);
  };
  return counted;
}

describe('readAhead', () => {
  it('reads a namespace once, then answers its keys from memory', async () => {
    const backend = countingBackend();
    const now = () => 1_000;
    const writer = createLayeredStore({ backend, memoryEntries: 0, now, warn: () => {} });
    for (let i = 0; i < 50; i++) await writer.store.set('tmdb_movie', `m${i}`, { id: i }, 60);
    await writer.store.set('tmdb_collection', 'c1', { parts: [1, 2] }, 60);

    const reader = createLayeredStore({ backend, memoryEntries: 0, readAhead: true, now, warn: () => {} });
    const values = [];
    for (let i = 0; i < 50; i++) values.push((await reader.store.get('tmdb_movie', `m${i}`))?.value);
    expect(values).toEqual(Array.from({ length: 50 }, (_, i) => ({ id: i })));
    expect(await reader.store.get('tmdb_collection', 'c1')).toMatchObject({ value: { parts: [1, 2] } });
    expect({ scans: backend.scans, gets: backend.gets }).toEqual({ scans: 2, gets: 0 });
  });

  it('finds what another process wrote after the namespace was read', async () => {
    const path = cacheFile();
    const reader = openCache({ path, readAhead: true });
    const other = openCache({ path });
    await other.store.set('tmdb_movie', 'early', 'early', 60);
    expect(await reader.store.get('tmdb_movie', 'early')).toMatchObject({ value: 'early' });
    await other.store.set('tmdb_movie', 'late', 'late', 60);
    expect(await reader.store.get('tmdb_movie', 'late')).toMatchObject({ value: 'late' });
    reader.close();
    other.close();
  });

  it('never serves an entry that expired after it was read ahead, or one overwritten or deleted since', async () => {
    let clock = 0;
    const handle = openCache({ path: cacheFile(), readAhead: true, now: () => clock });
    await handle.store.set('tmdb_movie', 'short', 'short', 10);
    await handle.store.set('tmdb_movie', 'changed', 'old', 60);
    await handle.store.set('tmdb_movie', 'gone', 'gone', 60);
    handle.close();

    const reader = openCache({ path: handle.path ?? '', readAhead: true, now: () => clock });
    await reader.store.get('tmdb_movie', 'unknown'); // reads the namespace ahead
    await reader.store.set('tmdb_movie', 'changed', 'new', 60);
    await reader.store.delete?.('tmdb_movie', 'gone');
    clock = 11_000;
    expect(await reader.store.get('tmdb_movie', 'short')).toBeUndefined();
    expect(await reader.store.get('tmdb_movie', 'changed')).toMatchObject({ value: 'new' });
    expect(await reader.store.get('tmdb_movie', 'gone')).toBeUndefined();
    reader.close();
  });

  it('clear() empties what was read ahead too', async () => {
    const handle = openCache({ path: cacheFile(), readAhead: true });
    await handle.store.set('tmdb_movie', 'a', 1, 60);
    await handle.store.set('tmdb_movie', 'b', 2, 60);
    handle.close();
    const reader = openCache({ path: handle.path ?? '', readAhead: true });
    expect(await reader.store.get('tmdb_movie', 'a')).toMatchObject({ value: 1 });
    reader.clear('tmdb_movie');
    expect(await reader.store.get('tmdb_movie', 'b')).toBeUndefined();
    reader.close();
  });
});
