import type BetterSqlite3 from 'better-sqlite3';
import { errorCode } from './sqlite-errors.js';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this thread for `ms` (opening the cache is synchronous, and the wait is for another process). */
function sleepSync(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

/**
 * Puts the database in WAL mode, waiting up to `budgetMs` for other processes.
 *
 * SQLite does not run the busy handler for `PRAGMA journal_mode = WAL` (the conversion needs the file to
 * itself), so two scans opening a new cache at the same moment would see an immediate SQLITE_BUSY. WAL is
 * a property of the file: once any process has converted it there is nothing to do, so the mode is read
 * first and the conversion is retried with a growing pause until it, or another process, has done it.
 */
export function useWal(db: BetterSqlite3.Database, budgetMs: number): void {
  const deadline = Date.now() + budgetMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      if (db.pragma('journal_mode', { simple: true }) === 'wal') return;
      // A file system without WAL support answers with its old mode; the cache still works in that mode.
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if (!errorCode(error)?.startsWith('SQLITE_BUSY') || Date.now() + wait > deadline) throw error;
      sleepSync(wait);
    }
  }
}
