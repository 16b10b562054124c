import { openCache } from '@complexionist/cache';
import type { ParsedCommand } from '../args/parse.js';
import { formatBytes, renderTable } from '../output/table.js';
import { loadHome } from '../wiring/home.js';
import { cachePath } from '../wiring/live-session.js';
import { type CommandIo, type GlobalOptions, globalOptions, say } from './context.js';
import { exactlyOne } from './exactly-one.js';

/** Options of `complexionist cache`. */
export interface CacheOptions extends GlobalOptions {
  action: 'clear' | 'stats';
}

/** Reads `cache --clear | --stats`. */
export function cacheOptionsFromArgs(parsed: ParsedCommand): CacheOptions {
  return { ...globalOptions(parsed.values), action: exactlyOne(parsed.values, ['clear', 'stats'] as const) };
}

/** `cache --clear` empties `<home>/cache/cache.db`; `cache --stats` prints what it holds per kind of data. */
export async function cacheCommand(options: CacheOptions, io: CommandIo): Promise<void> {
  const home = loadHome(io);
  const handle = openCache({ path: cachePath(home) });
  try {
    for (const warning of handle.warnings) say(io, options, `warning: ${warning}`);
    const before = handle.stats();
    if (options.action === 'clear') {
      handle.clear();
      say(io, options, `Cleared ${before.entries} cached answers from ${before.path ?? 'memory'}.`);
      return;
    }
    const rows = before.namespaces.map((n) => [
      n.namespace,
      String(n.entries),
      String(n.expired),
      formatBytes(n.bytes),
      n.newest?.slice(0, 19).replace('T', ' ') ?? '-',
    ]);
    rows.push(['total', String(before.entries), String(before.expired), formatBytes(before.bytes), '']);
    io.stdout.write(
      `Cache: ${before.path ?? 'memory only'} (${formatBytes(before.fileBytes)} on disk)\n\n` +
        renderTable(['kind', 'entries', 'expired', 'size', 'newest (UTC)'], rows),
    );
  } finally {
    handle.close();
  }
}
