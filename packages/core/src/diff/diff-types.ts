/** A film in a diff, with the collection it belongs to. */
export interface DiffMovie {
  tmdbId: number;
  title: string;
  year: number | null;
  releaseDate: string | null;
  collection: { tmdbId: number; name: string };
}

/** An episode in a diff, with the show it belongs to. */
export interface DiffEpisode {
  show: { title: string; year: number | null; tvdbId: number | null; tmdbId: number | null };
  season: number;
  episode: number;
  title: string | null;
  aired: string | null;
}

/**
 * What changed between two complete reports of one type (`from` is the older).
 * - `newlyMissing`: missing in `to`, not in `from` (a new part of a collection, a newly aired episode).
 * - `acquired`: missing in `from`, no longer in `to` (the owner got it, or it no longer counts).
 * - `newlyIgnored`: missing in `from`, gone from `to` because it is on the ignore list now.
 */
export interface ReportDiff<T extends DiffMovie | DiffEpisode> {
  /** `generatedAt` of the older report. */
  from: string;
  /** `generatedAt` of the newer report. */
  to: string;
  newlyMissing: T[];
  acquired: T[];
  newlyIgnored: T[];
}

/** The diff of two movie reports. */
export interface MovieReportDiff extends ReportDiff<DiffMovie> {
  type: 'movies';
}

/** The diff of two episode reports. */
export interface EpisodeReportDiff extends ReportDiff<DiffEpisode> {
  type: 'episodes';
}

/** Either diff. */
export type AnyReportDiff = MovieReportDiff | EpisodeReportDiff;

/** True when the diff lists any change at all. */
export function hasChanges(diff: AnyReportDiff): boolean {
  return diff.newlyMissing.length + diff.acquired.length + diff.newlyIgnored.length > 0;
}
