import { openCache } from '@complexionist/cache';
import { UsageError } from '@complexionist/core';
import { cachePath } from '@complexionist/runtime';
import type { ParsedCommand } from '../../shared/args/parse.js';
import { choiceValue } from '../../shared/args/values.js';
import { type CommandIo, type GlobalOptions, globalOptions, say } from '../../shared/context.js';
import { exactlyOne } from '../../shared/exactly-one.js';
import { formatBytes, renderTable } from '../../shared/output/table.js';
import { loadHome } from '../../wiring/home.js';

/** Options of `complexionist cache`. */
export interface CacheOptions extends GlobalOptions {
  action: 'clear' | 'stats';
  /** `--stats --format json`. */
  format: 'text' | 'json';
}

/** Reads `cache --clear | --stats [--format json]`. */
export function cacheOptionsFromArgs(parsed: ParsedCommand): CacheOptions {
  const action = exactlyOne(parsed.values, ['clear', 'stats'] as const);
  const format = choiceValue(parsed.values, 'format', ['text', 'json'] as const, 'text');
  if (action !== 'stats' && parsed.values.format !== undefined)
    throw new UsageError('--format goes with --stats only');
  return { ...globalOptions(parsed.values), action, format };
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
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify(before, null, 2)}\n`);
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
