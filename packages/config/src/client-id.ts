import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** File under `<home>` holding this installation's Plex client identifier. */
export const CLIENT_ID_FILE = 'client-id';

/**
 * This installation's `X-Plex-Client-Identifier`: created once and kept in `<home>/client-id`, so plex.tv
 * lists one "ComPlexionist" device however often the user signs in. Falls back to a fresh id when the home
 * folder cannot be written.
 */
export async function clientIdentifier(home: string): Promise<string> {
  const file = join(home, CLIENT_ID_FILE);
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length > 0) return existing;
  } catch {
    // Not created yet.
  }
  const id = `complexionist-${randomUUID()}`;
  try {
    // The home folder holds secrets (.env): private from the start, as the config README promises.
    await mkdir(home, { recursive: true, mode: 0o700 });
    await writeFile(file, `${id}\n`, { mode: 0o600 });
  } catch {
    // A read-only home only costs a new device entry at plex.tv.
  }
  return id;
}
