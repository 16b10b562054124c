import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
} from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Backend } from './backend.js';
import { createSqliteBackend, SCHEMA } from './sqlite-backend.js';
import { describeError, isCorruption, isNotWritable } from './sqlite-errors.js';
import { useWal } from './wal-mode.js';

/** How long a connection waits for another process's write lock before giving up (ms). */
export const BUSY_TIMEOUT_MS = 5000;

/** Context shared by the open and recovery steps. */
export interface OpenContext {
  now: () => number;
  warn: (message: string) => void;
}

/** The warning of docs/spec.md §7 for a read-only home. */
export function notWritableWarning(path: string): string {
  return `The cache folder ${dirname(path)} is not writable; the cache lives in memory only, so nothing is kept for the next run.`;
}

/**
 * Makes the cache file owner-only (0600), creating it empty when missing: it holds the TVDB token. SQLite
 * gives the `-wal` and `-shm` files it creates the mode of the database file; ones left by an older version
 * are tightened too. A file of another user that this one may write to stays as it is (EPERM).
 */
export function makePrivate(path: string): void {
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      if (existsSync(file)) chmodSync(file, 0o600);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EPERM') throw error;
    }
  }
}

function connect(path: string): Backend {
  if (path !== ':memory:') makePrivate(path);
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // WAL lets one process write while others read; NORMAL sync is safe with WAL and much faster.
    useWal(db, BUSY_TIMEOUT_MS);
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA);
    return createSqliteBackend(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Renames a damaged file (and its WAL/SHM companions) to `<path>.corrupt-<time>`; returns the new name. */
export function setAside(path: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  let aside = `${path}.corrupt-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${path}.corrupt-${stamp}-${n}`;
  renameSync(path, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  }
  return aside;
}

function unusable(path: string, error: unknown, ctx: OpenContext): null {
  ctx.warn(
    isNotWritable(error)
      ? notWritableWarning(path)
      : `The cache file ${path} could not be opened (${describeError(error)}); the cache lives in memory only, so nothing is kept for the next run.`,
  );
  return null;
}

/**
 * Sets a damaged cache file aside and builds a new one. Returns null (after a warning) when that fails too.
 */
export function rebuildDamaged(path: string, ctx: OpenContext): Backend | null {
  try {
    const aside = setAside(path, ctx.now());
    ctx.warn(
      `The cache file ${path} was damaged or unreadable; it was set aside as ${aside} and a new one was built.`,
    );
    return connect(path);
  } catch (error) {
    return unusable(path, error, ctx);
  }
}

/**
 * Opens (creating when needed) the SQLite cache at `path`. A damaged file is set aside and rebuilt; an
 * unwritable folder, or any other failure, gives null after a warning so the caller can fall back to memory.
 */
export function openSqliteFile(path: string, ctx: OpenContext): Backend | null {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    accessSync(dirname(path), constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.R_OK | constants.W_OK);
    return connect(path);
  } catch (error) {
    return isCorruption(error) ? rebuildDamaged(path, ctx) : unusable(path, error, ctx);
  }
}
