/** The `code` of a Node or better-sqlite3 error (`ENOTDIR`, `SQLITE_NOTADB`, …), if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when SQLite says the file is not a database or is damaged; such a file is set aside and rebuilt. */
export function isCorruption(error: unknown): boolean {
  const code = errorCode(error) ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'SQLITE_PERM']);

/** True when the folder or file cannot be created or written (permissions, read-only disk, a file in the way). */
export function isNotWritable(error: unknown): boolean {
  const code = errorCode(error) ?? '';
  return NOT_WRITABLE.has(code) || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY');
}

/** A short, secret-free description of an error for a warning: `SQLITE_BUSY: database is locked`. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
