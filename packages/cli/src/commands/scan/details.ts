import {
  type AnyReport,
  type EpisodeGapReport,
  type MovieGapReport,
  stripControls,
} from '@complexionist/core';
import type { HttpStats } from '@complexionist/http';
import type { CliIo } from '../../shared/io.js';
import type { ScanSession } from '../../wiring/session.js';

function reportsOf(report: AnyReport): Array<MovieGapReport | EpisodeGapReport> {
  return 'type' in report ? [report] : [report.movies, report.episodes];
}

/** `plex 12 requests; tmdb 40 requests (3 retries, 1 rate-limited)`. */
export function requestSummary(stats: HttpStats[]): string {
  if (stats.length === 0) return 'Requests: none (no network)';
  const parts = stats.map((s) => {
    const extra = [
      s.retries > 0 ? `${s.retries} retried` : '',
      s.rateLimited > 0 ? `${s.rateLimited} rate-limited` : '',
      s.errors > 0 ? `${s.errors} failed` : '',
    ].filter(Boolean);
    return `${s.service} ${s.requests}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
  });
  return `Requests: ${parts.join('; ')}`;
}

/**
 * The `-v` details on stderr after a scan: unmatched items and warnings (unless the text report, which
 * lists them itself with `-v`), then requests per service and the cache. stdout keeps only the report.
 */
export function printScanDetails(report: AnyReport, session: ScanSession, io: CliIo, format: string): void {
  const lines: string[] = [];
  for (const part of format === 'text' ? [] : reportsOf(report)) {
    const label = part.type === 'movies' ? 'movies' : 'shows';
    lines.push(`Unmatched ${label}: ${part.unmatched.length}`);
    for (const item of part.unmatched) {
      const year = item.year === null ? '' : ` (${item.year})`;
      lines.push(`  - ${item.title}${year} [${item.library}]: ${item.reason}`);
    }
    lines.push(`Warnings (${part.type}): ${part.warnings.length}`);
    for (const warning of part.warnings) lines.push(`  - ${warning.message}`);
  }
  lines.push(requestSummary(session.requestStats()));
  const cache = session.cacheSummary?.();
  if (cache !== undefined) lines.push(cache);
  // Titles and messages come from services anyone can edit: no terminal control reaches the screen.
  io.stderr.write(`${stripControls(lines.join('\n'))}\n`);
}
