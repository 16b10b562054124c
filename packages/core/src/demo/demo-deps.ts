import type { MediaLibrary, MovieMetadataSource, TmdbEpisodeSource, TvdbEpisodeSource } from '../ports.js';
import { createDemoData } from './demo-data.js';
import {
  createMemoryLibrary,
  createMemoryMetadata,
  createMemoryTmdb,
  createMemoryTvdb,
} from './memory-ports.js';

/** The ports of the bundled demo library. */
export interface DemoDeps {
  library: MediaLibrary;
  metadata: MovieMetadataSource;
  tvdb: TvdbEpisodeSource;
  tmdb: TmdbEpisodeSource;
}

/**
 * In-memory ports over the demo world (no network, no credentials): a Plex-like library with Alien,
 * Terminator, Toy Story, The Matrix, Back to the Future (IMDb id only) and an unmatched home video; Breaking
 * Bad (with a multi-episode file), The Office (US) (a long gap), Sherlock (specials), Firefly (DVD order),
 * Chernobyl (TMDB order) and an unmatched show. Upcoming items are placed relative to `now`.
 */
export function createDemoDeps(options: { now?: Date } = {}): DemoDeps {
  // `now` only places upcoming demo items; the scans themselves always take `now` from their options.
  const data = createDemoData({ now: options.now });
  return {
    library: createMemoryLibrary(data),
    metadata: createMemoryMetadata(data),
    tvdb: createMemoryTvdb(data),
    tmdb: createMemoryTmdb(data),
  };
}
