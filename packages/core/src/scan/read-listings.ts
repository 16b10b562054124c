import type { ListOptions, MediaLibrary } from '../ports.js';
import type { LibraryServer } from '../report.js';
import type { LibrarySection, SectionType } from '../types.js';
import { throwIfAborted } from './abort.js';
import type { RunContext } from './run-context.js';
import { pickSections } from './sections.js';

/**
 * Picks the sections of `type` to scan and reads each one with `read` (section-wide listings), in order,
 * reporting `libraries` progress. The options handed to `read` carry the scan's signal and turn items the
 * library cannot read into report warnings (docs/spec.md §9: skipped, not fatal). A section that cannot be
 * read at all (a 404, a timeout) is a warning too and is left out of the report, which is then `partial`;
 * when more than half of the sections fail, the scan fails (see `FAILED_SHARE`). One of several servers that
 * cannot be read is a `server-unavailable` warning (the report is `partial`).
 */
export async function readSections<R>(
  ctx: RunContext,
  library: MediaLibrary,
  type: SectionType,
  names: readonly string[] | undefined,
  read: (section: LibrarySection, options: ListOptions) => Promise<R>,
): Promise<{ sections: LibrarySection[]; results: R[] }> {
  throwIfAborted(ctx.signal);
  ctx.progress('libraries', 0, 1);
  const onUnavailable = (server: string, message: string): void => {
    ctx.warnings.add({ code: 'server-unavailable', message, service: 'plex', item: `server "${server}"` });
    ctx.share.degrade();
  };
  const picked = pickSections(
    await library.listSections({ signal: ctx.signal, onUnavailable }),
    type,
    names,
    ctx.whenNoLibraryOfType,
  );
  ctx.share.start('libraries', picked.length);
  const sections: LibrarySection[] = [];
  const results: R[] = [];
  for (const [index, section] of picked.entries()) {
    throwIfAborted(ctx.signal);
    const item = `library "${section.title}"`;
    const onSkippedItem = (message: string): void =>
      ctx.warnings.add({ code: 'malformed-response', message, service: 'plex', item });
    try {
      results.push(await read(section, { signal: ctx.signal, onSkippedItem }));
      sections.push(section);
    } catch (error) {
      ctx.itemFailed(error, { item, service: 'plex', action: 'Reading' });
    }
    ctx.progress('libraries', index + 1, picked.length);
  }
  throwIfAborted(ctx.signal);
  return { sections, results };
}

/** Concatenates listings without spreading (a listing may hold more items than a call accepts arguments). */
export function flatten<T>(lists: readonly T[][]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}

/** The report's `libraryServers` field: present when the sections come from named servers. */
export function libraryServersOf(sections: readonly LibrarySection[]): { libraryServers?: LibraryServer[] } {
  if (!sections.some((s) => s.server !== undefined)) return {};
  return { libraryServers: sections.map((s) => ({ library: s.title, server: s.server ?? '' })) };
}
