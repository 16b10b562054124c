import { isAbortError, isComplexionistError } from '../errors.js';
import type { CallOptions, ListOptions, ListSectionsOptions, MediaLibrary } from '../ports.js';
import type { LibrarySection } from '../types.js';

/** One named server of a {@link combineLibraries} library. */
export interface NamedLibrary {
  /** The server's name (`plex.servers[].name`); must not contain `/`. */
  name: string;
  library: MediaLibrary;
}

/** `Tower/7`: a section key or rating key of one server, unique across the servers. */
const qualify = (server: string, key: string): string => `${server}/${key}`;

/**
 * Several servers read as one {@link MediaLibrary} (docs/spec.md §5 "Several servers"). Each section names
 * its server (`server`), and section keys and rating keys are prefixed with `SERVER/` so that items of two
 * servers never share a key (the episode scan joins episodes to shows by rating key). Ownership is then the
 * union: a scan counts a film owned on any server as owned, and the episode scan merges one show's copies
 * (see `unionShows`).
 *
 * A server that cannot be listed while another answers is left out and reported through `onUnavailable`
 * (the report is then partial); when none answers, the first server's error is thrown. An abort or a
 * refused token always stops the listing (a token to fix, not an outage).
 */
export function combineLibraries(servers: readonly NamedLibrary[]): MediaLibrary {
  if (servers.length === 0) throw new TypeError('combineLibraries needs at least one server');
  const byName = new Map(servers.map((s) => [s.name, s.library]));
  if (byName.size !== servers.length) throw new TypeError('combineLibraries: server names must differ');

  /** The server and its own key of a qualified section key. */
  const route = (sectionKey: string): { server: string; library: MediaLibrary; key: string } => {
    const cut = sectionKey.indexOf('/');
    const server = cut < 0 ? '' : sectionKey.slice(0, cut);
    const library = byName.get(server);
    if (!library) throw new TypeError(`No server named "${server}" holds section "${sectionKey}"`);
    return { server, library, key: sectionKey.slice(cut + 1) };
  };
  const rekey = <T extends { sectionKey: string; ratingKey: string }>(server: string, items: T[]): T[] =>
    items.map((item) => ({
      ...item,
      sectionKey: qualify(server, item.sectionKey),
      ratingKey: qualify(server, item.ratingKey),
    }));

  return {
    async listSections(options: ListSectionsOptions = {}) {
      const { onUnavailable, ...call } = options;
      const answers = await Promise.allSettled(servers.map((s) => s.library.listSections(call)));
      const sections: LibrarySection[] = [];
      const failures: Array<{ server: string; error: unknown }> = [];
      answers.forEach((answer, i) => {
        const server = (servers[i] as NamedLibrary).name;
        if (answer.status === 'rejected') failures.push({ server, error: answer.reason });
        else for (const s of answer.value) sections.push({ ...s, key: qualify(server, s.key), server });
      });
      const fatal = failures.find(({ error }) => mustStop(error, call));
      if (fatal) throw fatal.error;
      if (failures.length === servers.length) throw (failures[0] as { error: unknown }).error;
      for (const { server, error } of failures) {
        const cause = error instanceof Error ? error.message : String(error);
        onUnavailable?.(
          server,
          `Plex server "${server}" could not be read, so its libraries were left out: ${cause}`,
        );
      }
      return sections;
    },
    async listMovies(sectionKey, options?: ListOptions) {
      const { server, library, key } = route(sectionKey);
      return rekey(server, await library.listMovies(key, options));
    },
    async listShows(sectionKey, options?: ListOptions) {
      const { server, library, key } = route(sectionKey);
      return rekey(server, await library.listShows(key, options));
    },
    async listEpisodes(sectionKey, options?: ListOptions) {
      const { server, library, key } = route(sectionKey);
      const episodes = await library.listEpisodes(key, options);
      return episodes.map((e) => ({ ...e, showRatingKey: qualify(server, e.showRatingKey) }));
    },
    getDefaultOrdering(sectionKey, options?: CallOptions) {
      const { library, key } = route(sectionKey);
      return library.getDefaultOrdering(key, options);
    },
  };
}

/** An abort, or a refused token or a setting to fix: never hidden behind another server's answer. */
function mustStop(error: unknown, call: CallOptions): boolean {
  if (call.signal?.aborted || isAbortError(error)) return true;
  return isComplexionistError(error) && (error.kind === 'auth' || error.kind === 'config');
}
