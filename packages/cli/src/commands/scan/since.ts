import type { RecordedChanges } from '@complexionist/cache';
import type { DiffEpisode, DiffMovie } from '@complexionist/core';

const pad = (n: number) => String(n).padStart(2, '0');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const film = (m: DiffMovie) => `${m.title}${m.year === null ? '' : ` (${m.year})`} · ${m.collection.name}`;
const episode = (e: DiffEpisode) =>
  `${e.show.title} S${pad(e.season)}E${pad(e.episode)}${e.title ? ` - ${e.title}` : ''}`;
const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The `--since last` section of a text report: what became missing, what is no longer missing and what is now
 * ignored, per type, against the last saved complete scan of this home; or why there is nothing to compare.
 */
export function formatSince(changes: RecordedChanges): string {
  const lines: string[] = [];
  for (const diff of [changes.movies, changes.episodes]) {
    if (!diff) continue;
    const name = diff.type === 'movies' ? 'film' : 'episode';
    const line = (item: DiffMovie | DiffEpisode) =>
      diff.type === 'movies' ? film(item as DiffMovie) : episode(item as DiffEpisode);
    lines.push(`Since the last complete ${diff.type} scan (${when(diff.from)}):`);
    if (diff.newlyMissing.length + diff.acquired.length + diff.newlyIgnored.length === 0) {
      lines.push('  nothing changed');
    }
    if (diff.newlyMissing.length > 0) {
      lines.push(`  New missing ${name}s (${diff.newlyMissing.length}):`);
      for (const item of diff.newlyMissing) lines.push(`    + ${line(item)}`);
    }
    if (diff.acquired.length > 0) {
      lines.push(`  No longer missing (${diff.acquired.length}):`);
      for (const item of diff.acquired) lines.push(`    - ${line(item)}`);
    }
    if (diff.newlyIgnored.length > 0) lines.push(`  Now ignored: ${plural(diff.newlyIgnored.length, name)}`);
  }
  for (const type of changes.baseline) {
    lines.push(
      `No earlier complete ${type} scan of this home is saved: this one is the baseline for --since last.`,
    );
  }
  for (const type of changes.partial) {
    lines.push(
      `The ${type} scan could not check every item (see the warnings), so it is not compared or saved.`,
    );
  }
  return lines.join('\n');
}
