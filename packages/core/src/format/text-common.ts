import type { ReportStatus, ReportWarning, UnmatchedItem } from '../report.js';
import type { Styles } from './ansi.js';
import { plural } from './plural.js';

/** Options of the text formatter. */
export interface TextOptions {
  color?: boolean;
  /** List every missing episode, the unmatched items, upcoming films and the warnings. */
  verbose?: boolean;
  /**
   * List every missing episode (no `... and N more`), without the rest of verbose. For a report read later
   * or by a program: a file or a pipe, where nobody can ask for the rest.
   */
  complete?: boolean;
}

/** The parenthetical of a summary line: `lead` then the counts that are not zero (unmatched, warnings…). */
export function summaryNotes(lead: string | null, parts: Array<[number, string]>): string {
  const notes = parts.filter(([n]) => n > 0).map(([n, word]) => plural(n, word));
  const all = lead ? [lead, ...notes] : notes;
  return all.length > 0 ? ` (${all.join(', ')})` : '';
}

/** The `--verbose` tail: unmatched items and warnings. */
export function verboseSections(
  unmatched: readonly UnmatchedItem[],
  warnings: readonly ReportWarning[],
  s: Styles,
): string[] {
  const lines: string[] = [];
  if (unmatched.length > 0) {
    lines.push('', s.bold(`Unmatched (${unmatched.length}):`));
    for (const item of unmatched) {
      const year = item.year ? ` (${item.year})` : '';
      lines.push(`  - ${item.title}${year} [${item.library}]: ${item.reason}`);
    }
  }
  if (warnings.length > 0) {
    lines.push('', s.yellow(s.bold(`Warnings (${warnings.length}):`)));
    for (const warning of warnings) lines.push(`  - ${warning.message} ${s.dim(`[${warning.code}]`)}`);
  }
  return lines;
}

/**
 * The line printed when a report lists nothing missing. "Complete" only when every item could be checked:
 * a report with warnings says it is incomplete, and a report of no library says so (docs/spec.md §9: never a
 * false all-clear).
 */
export function nothingMissingLine(
  report: { libraries: readonly string[]; warnings: readonly ReportWarning[] },
  words: { kind: 'movie' | 'show'; missing: string; complete: string },
): string {
  if (report.libraries.length === 0) return `No ${words.kind} library was scanned.`;
  const failed = report.warnings.length;
  if (failed > 0)
    return `No ${words.missing} found, but the report is incomplete: ${plural(failed, 'warning')} (see them with verbose output).`;
  return `No ${words.missing}: ${words.complete}.`;
}

/**
 * The last line of a text report: whether every lookup answered (`complete`) or some failed (`partial`, the
 * failed items being in the warnings). A failed scan prints no report at all.
 */
export function statusLine(report: { status?: ReportStatus }, s: Styles): string {
  if ((report.status ?? 'complete') === 'complete') return 'Status: complete (every lookup answered).';
  return s.yellow(
    'Status: partial: some lookups failed, so the items named in the warnings were not checked and may have gaps not listed here (see the warnings with verbose output).',
  );
}
