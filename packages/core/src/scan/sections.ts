import { UsageError } from '../errors.js';
import type { LibrarySection, SectionType } from '../types.js';

/**
 * Picks the sections of `type` to scan. Without names every section of that type is scanned. Names match
 * section titles case-insensitively, or keys. A name that matches a section of the other type is fine (a
 * `scan` passes movie and show names together); a name that matches no section at all is a
 * {@link UsageError} listing the libraries that exist.
 */
export function pickSections(
  sections: readonly LibrarySection[],
  type: SectionType,
  names: readonly string[] | undefined,
): LibrarySection[] {
  if (!names || names.length === 0) return sections.filter((s) => s.type === type);
  const wanted = names.map((n) => n.trim().toLowerCase());
  const matches = (s: LibrarySection, name: string): boolean =>
    s.title.toLowerCase() === name || s.key === name;
  const unknown = names.filter((_, i) => !sections.some((s) => matches(s, wanted[i] ?? '')));
  if (unknown.length > 0) {
    const available = sections.map((s) => `"${s.title}" (${s.type})`).join(', ') || 'none';
    throw new UsageError(
      `Unknown library ${unknown.map((n) => `"${n}"`).join(', ')}. Libraries on this server: ${available}.`,
      { hint: 'Pass --library with one of the names above, or leave it out to scan every library.' },
    );
  }
  return sections.filter((s) => s.type === type && wanted.some((name) => matches(s, name)));
}
