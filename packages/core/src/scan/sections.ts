import { UsageError } from '../errors.js';
import type { LibrarySection, SectionType } from '../types.js';

/** What a scan does when the named libraries hold none of its type (see {@link pickSections}). */
export type NoLibraryOfType = 'error' | 'empty';

const KIND: Record<SectionType, string> = { movie: 'movie', show: 'show', other: 'music or photo' };
/** `SERVER/LIBRARY` for a section of one of several servers, else the title. */
export const sectionLabel = (s: LibrarySection): string => (s.server ? `${s.server}/${s.title}` : s.title);
const quoted = (list: readonly LibrarySection[]): string =>
  list.map((s) => `"${sectionLabel(s)}"`).join(', ');

/**
 * Picks the sections of `type` to scan. Without names every section of that type is scanned. Names match
 * section titles case-insensitively, or keys; `SERVER/LIBRARY` picks one server's library when several are
 * scanned. Each of these is a {@link UsageError} naming the libraries:
 * a name that matches no section; a name of a library that is neither movies nor shows; and, unless
 * `whenNone` is `'empty'` (a `scan` passes movie and show names to both halves), names that match only
 * libraries of the other type.
 */
export function pickSections(
  sections: readonly LibrarySection[],
  type: SectionType,
  names: readonly string[] | undefined,
  whenNone: NoLibraryOfType = 'error',
): LibrarySection[] {
  if (!names || names.length === 0) return sections.filter((s) => s.type === type);
  const wanted = names.map((n) => n.trim().toLowerCase());
  const matches = (s: LibrarySection, name: string): boolean =>
    s.title.toLowerCase() === name || s.key === name || sectionLabel(s).toLowerCase() === name;
  const unknown = names.filter((_, i) => !sections.some((s) => matches(s, wanted[i] ?? '')));
  if (unknown.length > 0) {
    const available = sections.map((s) => `"${sectionLabel(s)}" (${s.type})`).join(', ') || 'none';
    throw new UsageError(
      `Unknown library ${unknown.map((n) => `"${n}"`).join(', ')}. Libraries on ${sections.some((s) => s.server) ? 'these servers' : 'this server'}: ${available}.`,
      { hint: 'Pass --library with one of the names above, or leave it out to scan every library.' },
    );
  }
  const named = sections.filter((s) => wanted.some((name) => matches(s, name)));
  const unreadable = named.filter((s) => s.type === 'other');
  if (unreadable.length > 0) {
    throw new UsageError(
      `${quoted(unreadable)} ${unreadable.length === 1 ? 'is not a movie or show library' : 'are not movie or show libraries'}; ComPlexionist reads only those.`,
      {
        hint: `The movie and show libraries on this server: ${quoted(sections.filter((s) => s.type !== 'other')) || 'none'}.`,
      },
    );
  }
  const picked = named.filter((s) => s.type === type);
  if (picked.length === 0 && whenNone === 'error') {
    // Every named library is of the other readable type here.
    const other = KIND[type === 'movie' ? 'show' : 'movie'];
    const are = named.length === 1 ? `is a ${other} library` : `are ${other} libraries`;
    const ofType = quoted(sections.filter((s) => s.type === type)) || 'none';
    throw new UsageError(`${quoted(named)} ${are}, and this scan reads ${KIND[type]} libraries.`, {
      hint: `The ${KIND[type]} libraries on this server: ${ofType}.`,
    });
  }
  return picked;
}
