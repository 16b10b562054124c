import type { DiffEpisode, DiffMovie } from '@complexionist/core';
import type { NotifyEvent } from './types.js';

/** Items listed in a text message before "…and N more": messages stay short. */
export const MAX_LISTED = 10;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const pad = (n: number) => String(n).padStart(2, '0');

/** `Alien: Romulus (2024) · Alien Collection` */
export function movieLine(movie: DiffMovie): string {
  const year = movie.year === null ? '' : ` (${movie.year})`;
  return `${movie.title}${year} · ${movie.collection.name}`;
}

/** `Breaking Bad S05E16 "Felina"` */
export function episodeLine(episode: DiffEpisode): string {
  const title = episode.title ? ` "${episode.title}"` : '';
  return `${episode.show.title} S${pad(episode.season)}E${pad(episode.episode)}${title}`;
}

/** One-line title of a message, e.g. `ComPlexionist: 1 new missing film, 2 new missing episodes`. */
export function messageTitle(event: NotifyEvent): string {
  if (event.event === 'Test') return 'ComPlexionist: test message';
  if (event.event === 'ScanFailed') return 'ComPlexionist: a scan did not complete';
  const parts: string[] = [];
  const films = event.movies?.newlyMissing.length ?? 0;
  const episodes = event.episodes?.newlyMissing.length ?? 0;
  if (films > 0) parts.push(plural(films, 'new missing film'));
  if (episodes > 0) parts.push(plural(episodes, 'new missing episode'));
  return `ComPlexionist: ${parts.length > 0 ? parts.join(', ') : 'no new gaps'}`;
}

/** Up to `max` lines, then `…and N more`. */
export function capped(lines: readonly string[], max = MAX_LISTED): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `…and ${lines.length - max} more`];
}

/** The lines of a short text message (without the title): the new items, then what left, then the link. */
export function messageLines(event: NotifyEvent, publicUrl?: string): string[] {
  const lines: string[] = [];
  if (event.event === 'Test') lines.push('Notifications from ComPlexionist reach this target.');
  if (event.event === 'ScanFailed') lines.push(event.message);
  if (event.event === 'NewMissing') {
    const items = [
      ...(event.movies?.newlyMissing ?? []).map(movieLine),
      ...(event.episodes?.newlyMissing ?? []).map(episodeLine),
    ];
    lines.push(...capped(items).map((line) => `• ${line}`));
    const acquired = (event.movies?.acquired.length ?? 0) + (event.episodes?.acquired.length ?? 0);
    if (acquired > 0) lines.push(`${plural(acquired, 'item')} no longer missing.`);
  }
  if (publicUrl) lines.push(`Open ${publicUrl}`);
  return lines;
}
