import type { EpisodeGapReport, MovieGapReport, ScanPhase, ScanReport } from '@complexionist/core';
import type { ScanType } from '../types.js';
import type { ScanRequestOptions } from '../validation.js';

/**
 * Life cycle of a scan job. A cancelled or interrupted scan ends as `failed` with code `cancelled`; so does a
 * scan whose service answered too few lookups (a `ScanFailedError`, never stored).
 */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** Where a job is. `scan` tells which of the two scans of a `scan` job is running. */
export interface JobProgress {
  scan: 'movies' | 'episodes' | null;
  phase: ScanPhase | 'queued';
  done: number;
  total: number;
}

/** Why a job failed. The message is written for the user and never holds a secret. */
export interface JobError {
  code: string;
  message: string;
  hint?: string;
  service?: string;
}

/**
 * The result of a job: the report of its type. A `scan` job always holds both halves; one given only movie (or
 * only TV) libraries has a report of no library (`libraries: []`) for the other half.
 */
export type JobReport = MovieGapReport | EpisodeGapReport | ScanReport;

/** A scan job as `GET /api/scans/:id` shows it. */
export interface ScanJob {
  id: string;
  type: ScanType;
  libraries: string[];
  options: ScanRequestOptions;
  status: JobStatus;
  progress: JobProgress;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  report?: JobReport;
  error?: JobError;
  /** How a `done` job went: `partial` when some lookups failed (see {@link ScanOutcome}). */
  outcome?: ScanOutcome;
  /** What happened, in a sentence for the page (set when the job is `done`; `error` says why it failed). */
  message?: string;
}

/**
 * `complete`: every lookup answered and the stored report was replaced. `partial`: some failed; the stored
 * report (and the Radarr/Sonarr lists) only gained items.
 */
export type ScanOutcome = 'complete' | 'partial';

/** What a job tells its subscribers (the SSE stream). */
export type JobEvent =
  | { event: 'progress'; progress: JobProgress }
  | { event: 'done' }
  | { event: 'failed'; error: JobError };
