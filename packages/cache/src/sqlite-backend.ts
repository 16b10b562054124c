import { statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { type Backend, namespaceStats, type StoredEntry } from './backend.js';

type Db = BetterSqlite3.Database;

/** Schema of the cache file. `value` columns hold JSON text; times are epoch milliseconds. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
  namespace TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (namespace, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
`;

interface StatsRow {
  namespace: string;
  entries: number;
  bytes: number | null;
  oldest: number | null;
  newest: number | null;
  expired: number | null;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A {@link Backend} over an open database that already has {@link SCHEMA}; statements are prepared once. */
export function createSqliteBackend(db: Db, path: string): Backend {
  const get = db.prepare<[string, string], { text: string; createdAt: number; expiresAt: number }>(
    'SELECT value AS text, created_at AS createdAt, expires_at AS expiresAt FROM entries WHERE namespace = ? AND key = ?',
  );
  const all = db
    .prepare<[string, number], [string, string, number, number]>(
      'SELECT key, value, created_at, expires_at FROM entries WHERE namespace = ? AND expires_at > ?',
    )
    .raw(true);
  const put = db.prepare<[string, string, string, number, number]>(
    'INSERT OR REPLACE INTO entries (namespace, key, value, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const remove = db.prepare<[string, string]>('DELETE FROM entries WHERE namespace = ? AND key = ?');
  const clearAll = db.prepare('DELETE FROM entries');
  const clearNamespace = db.prepare<[string]>('DELETE FROM entries WHERE namespace = ?');
  const prune = db.prepare<[number]>('DELETE FROM entries WHERE expires_at <= ?');
  const stats = db.prepare<[number], StatsRow>(
    `SELECT namespace, COUNT(*) AS entries,
       SUM(LENGTH(CAST(key AS BLOB)) + LENGTH(CAST(value AS BLOB))) AS bytes,
       MIN(created_at) AS oldest, MAX(created_at) AS newest, SUM(expires_at <= ?) AS expired
     FROM entries GROUP BY namespace ORDER BY namespace`,
  );
  const getState = db.prepare<[string], { value: string }>('SELECT value FROM state WHERE key = ?');
  const putState = db.prepare<[string, string, number]>(
    'INSERT OR REPLACE INTO state (key, value, updated_at) VALUES (?, ?, ?)',
  );
  const removeState = db.prepare<[string]>('DELETE FROM state WHERE key = ?');

  return {
    persistent: true,
    get: (namespace, key): StoredEntry | undefined => get.get(namespace, key),
    entries: (namespace, now) =>
      all
        .all(namespace, now)
        .map(([key, text, createdAt, expiresAt]) => [key, { text, createdAt, expiresAt }]),
    set: (namespace, key, entry) => {
      put.run(namespace, key, entry.text, entry.createdAt, entry.expiresAt);
    },
    delete: (namespace, key) => {
      remove.run(namespace, key);
    },
    clear: (namespace) => {
      if (namespace === undefined) clearAll.run();
      else clearNamespace.run(namespace);
    },
    prune: (now) => prune.run(now).changes,
    namespaceStats: (now) =>
      stats
        .all(now)
        .map((r) => namespaceStats(r.namespace, r.entries, r.bytes ?? 0, r.oldest, r.newest, r.expired ?? 0)),
    getState: (key) => getState.get(key)?.value,
    setState: (key, text, now) => {
      putState.run(key, text, now);
    },
    deleteState: (key) => {
      removeState.run(key);
    },
    fileBytes: () => fileSize(path) + fileSize(`${path}-wal`),
    close: () => {
      if (db.open) db.close();
    },
  };
}
