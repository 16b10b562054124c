import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCache } from './open-cache.js';
import { tempDir } from './test-helpers.js';

const SQLITE = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Another process that has just created the cache file (still in rollback mode, as a fresh file is) and
 * holds its write lock for `holdMs` — what a second scan starting at the same moment runs into.
 */
function holdForWriting(path: string, holdMs: number): Promise<{ stop: () => Promise<number | null> }> {
  const script = `
    const Database = require(process.argv[1]);
    const db = new Database(process.argv[2]);
    db.exec('CREATE TABLE IF NOT EXISTS other (x)');
    db.exec('BEGIN IMMEDIATE'); // the write lock a scan holds while it converts the file or creates tables
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[3]));`;
  const child = spawn(process.execPath, ['-e', script, SQLITE, path, String(holdMs)], { stdio: 'pipe' });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stderr.on('data', (chunk) => reject(new Error(String(chunk))));
    child.stdout.once('data', () =>
      resolve({
        stop: () => {
          child.kill();
          return exited;
        },
      }),
    );
  });
}

describe('opening a cache another process is converting', () => {
  it('waits for the other process instead of giving up, and the file ends up in WAL mode', async () => {
    const path = join(tempDir(), 'cache.db');
    const other = await holdForWriting(path, 300);
    const cache = openCache({ path });
    expect(cache.warnings).toEqual([]);
    expect(cache.persistent).toBe(true);
    await cache.store.set('tmdb_movie', 'k', { title: 'Alien' }, 60);
    cache.close();
    await other.stop();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('falls back to memory with a warning naming the lock when the other process never lets go', async () => {
    const path = join(tempDir(), 'cache.db');
    const other = await holdForWriting(path, 60_000);
    const cache = openCache({ path });
    expect(cache.persistent).toBe(false);
    expect(cache.warnings).toEqual([
      `The cache file ${path} could not be opened (SQLITE_BUSY: database is locked); the cache lives in memory only, so nothing is kept for the next run.`,
    ]);
    cache.close();
    await other.stop();
  }, 20_000);
});
