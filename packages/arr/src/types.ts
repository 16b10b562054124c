import type { ArrService } from './errors.js';

/** What happened to one item of a send. `planned` only in a dry run. */
export type SendStatus = 'planned' | 'sent' | 'skipped' | 'failed';

/** One film, episode or show of a send, with what was (or would be) done. */
export interface SendItem {
  /** `film`, `episode`, or `show` (a show-wide problem, e.g. no TVDB id). */
  kind: 'film' | 'episode' | 'show';
  /** Stable id: `tmdb:603`, `tvdb:81189:S02E04`, `tvdb:81189`. */
  key: string;
  /** For people: `The Matrix (1999)`, `Breaking Bad S02E04 "Down"`. */
  label: string;
  status: SendStatus;
  /** What was done or why not, e.g. `added to /movies (HD-1080p), search started`. */
  detail: string;
}

/** The outcome of a send: one entry per item, in the order asked. */
export interface SendOutcome {
  service: ArrService;
  /** True when nothing was written (no `--yes`). */
  dryRun: boolean;
  items: SendItem[];
}

/** Defaults for what is added (`radarr.*` / `sonarr.*` settings). */
export interface ArrAddSettings {
  /** Root folder path; when absent the service's only root folder is used. */
  rootFolder?: string;
  /** Quality profile name or id; when absent the only profile is used. */
  qualityProfile?: string;
  /** Add films/series monitored. @default true */
  monitored?: boolean;
  /** Start a search at once. @default true */
  searchOnAdd?: boolean;
  /** Tag labels put on what is added (created when missing). */
  tags?: string[];
}

/** Options of a send. */
export interface SendOptions {
  /** Only say what would be sent: read the service's state, write nothing. */
  dryRun: boolean;
  /** Checked before each item: an abort (Ctrl-C) stops the send between items, never halfway through one. */
  signal?: AbortSignal;
}
