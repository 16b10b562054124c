import type { ArrTag } from './schemas.js';

/** The tag calls both clients have. */
export interface TagPort {
  tags(): Promise<ArrTag[]>;
  createTag(label: string): Promise<ArrTag>;
}

/**
 * Turns tag labels into ids, creating the missing ones unless `dryRun` (then `missing` lists them). Labels
 * match case-insensitively, as Radarr and Sonarr store them lower-cased.
 */
export async function resolveTags(
  port: TagPort,
  labels: readonly string[],
  dryRun: boolean,
): Promise<{ ids: number[]; missing: string[] }> {
  if (labels.length === 0) return { ids: [], missing: [] };
  const existing = await port.tags();
  const ids: number[] = [];
  const missing: string[] = [];
  for (const label of labels) {
    const found = existing.find((t) => t.label.toLowerCase() === label.toLowerCase());
    if (found) ids.push(found.id);
    else if (dryRun) missing.push(label);
    else ids.push((await port.createTag(label)).id);
  }
  return { ids, missing };
}
