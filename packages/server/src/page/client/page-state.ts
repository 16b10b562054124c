import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import type { ShowView } from './page-model.js';

/** The page script's state, shared by its parts (`page-dom`, `page-view`, `page-main`). */
export interface PageState {
  /** The API key the visitor gave (kept in localStorage), or ''. */
  key: string;
  movies: MovieGapReport | null;
  episodes: EpisodeGapReport | null;
  /** The text filter, lower-case. */
  query: string;
  /** Open/closed state of groups and seasons the user toggled, by `data-key`. */
  toggled: Map<string, boolean>;
  /** Readable names of ignored items, by `kind:value` (kept in localStorage). */
  labels: Record<string, string>;
  /** The show views on screen, for filling a season when it is opened. */
  views: ShowView[];
  /** Render generation per section; a newer render stops an older one's chunks. */
  renders: { movies: number; episodes: number };
  /** The scan being followed. */
  jobId: string | null;
  /**
   * What is new since the previous complete scan (`/api/reports/diff`): TMDB ids of films, `<show id>:S01E02` of
   * episodes (the show id as the ignore list writes it), and the previous scan's time.
   */
  fresh: { since: string | null; movies: number[]; episodes: string[] };
  /** The "new since" filter is on. */
  onlyNew: boolean;
  /**
   * The Plex server, the ratingKey of each show by show id and of each film by TMDB id (`/api/plex/links`), for
   * links into Plex.
   */
  plex: { machineIdentifier: string | null; shows: Record<string, string>; movies: Record<string, string> };
}
