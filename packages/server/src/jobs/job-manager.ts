import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import { createRedactor } from '@complexionist/core';
import { reportToKeep } from '../reports/keep-report.js';
import type { IgnoreStore, Logger, ReportStore, Scanner } from '../types.js';
import type { ScanRequest } from '../validation.js';
import { toJobError } from './job-errors.js';
import type { JobEvent, JobReport, ScanJob, ScanOutcome } from './job-types.js';
import { runScanRequest } from './run-scan.js';
import { scanKey } from './scan-key.js';

/** What the job manager needs. */
export interface JobManagerOptions {
  scanner: Scanner;
  store: ReportStore;
  ignores: IgnoreStore;
  logger: Logger;
  secrets: readonly string[];
  /** Finished jobs kept for `GET /api/scans/:id`. @default 20 */
  keepFinished?: number;
  /** Jobs that may wait behind the running one; `start` refuses more. @default 4 */
  maxQueued?: number;
  /** @default () => new Date() */
  clock?: () => Date;
}

/**
 * Starts, queues, joins, cancels and reports scan jobs. One scan runs at a time; at most `maxQueued` others wait
 * their turn.
 */
export interface JobManager {
  /**
   * Starts a job, or joins an equal queued or running one (`joined: true`). Undefined when the queue is full and
   * no equal job exists.
   */
  start(request: ScanRequest): { job: ScanJob; joined: boolean } | undefined;
  get(id: string): ScanJob | undefined;
  /** Every known job, newest first, without reports. */
  list(): ScanJob[];
  /** Calls `listener` for each event of the job until the returned function is called. */
  subscribe(id: string, listener: (event: JobEvent) => void): () => void;
  /** Cancels a queued or running job; false when it is unknown or already finished. */
  cancel(id: string): boolean;
  /** Cancels every job and resolves when the running one has stopped. */
  shutdown(): Promise<void>;
}

interface Entry {
  job: ScanJob;
  key: string;
  request: ScanRequest;
  controller: AbortController;
  listeners: Set<(event: JobEvent) => void>;
}

/** What a finished job says on the page and in the log. */
export const OUTCOME_MESSAGES: Record<ScanOutcome, string> = {
  complete: 'Scan complete: every lookup answered.',
  partial:
    'Scan partial: some lookups failed (see the warnings). The report and the Radarr/Sonarr lists kept every item of the previous report and only gained new ones.',
};

function reportsOf(report: JobReport): (MovieGapReport | EpisodeGapReport)[] {
  return 'type' in report ? [report] : [report.movies, report.episodes];
}

/** Creates the job manager behind `/api/scans`. */
export function createJobManager(options: JobManagerOptions): JobManager {
  const { scanner, store, ignores, logger, secrets } = options;
  const clock = options.clock ?? (() => new Date());
  const keep = options.keepFinished ?? 20;
  const maxQueued = options.maxQueued ?? 4;
  const entries = new Map<string, Entry>();
  const queue: Entry[] = [];
  let running: Promise<void> | null = null;

  const emit = (entry: Entry, event: JobEvent) => {
    for (const listener of entry.listeners) listener(event);
  };
  const finished = (entry: Entry) => entry.job.status === 'done' || entry.job.status === 'failed';

  function prune() {
    const done = [...entries.values()].filter(finished);
    for (const entry of done.slice(0, Math.max(0, done.length - keep))) entries.delete(entry.job.id);
  }

  function fail(entry: Entry, error: unknown) {
    const { job } = entry;
    job.error = toJobError(error, logger, secrets);
    job.status = 'failed';
    job.finishedAt = clock().toISOString();
    logger.warn(`Scan ${job.id} failed: ${job.error.message}`);
    emit(entry, { event: 'failed', error: job.error });
    entry.listeners.clear();
    prune();
  }

  async function execute(entry: Entry) {
    const { job } = entry;
    job.status = 'running';
    job.startedAt = clock().toISOString();
    logger.info(`Scan ${job.id} (${job.type}) started`);
    try {
      const report = await runScanRequest(scanner, entry.request, await ignores.list(), {
        signal: entry.controller.signal,
        onProgress: (event) => {
          job.progress = { scan: event.scan, phase: event.phase, done: event.done, total: event.total };
          emit(entry, { event: 'progress', progress: job.progress });
        },
      });
      entry.controller.signal.throwIfAborted();
      // A report of no library (a `scan` half whose names were all of the other type) must not replace the
      // latest report of its type: that would empty the page and the *arr lists. A partial one only adds.
      const parts = reportsOf(report).filter((r) => r.libraries.length > 0);
      for (const part of parts) {
        await store
          .get(part.type)
          .then((previous) => store.set(reportToKeep(part, previous)))
          .catch((error: unknown) => {
            logger.warn(
              createRedactor(secrets).redact(
                `Could not save the latest ${part.type} report: ${String(error)}`,
              ),
            );
          });
      }
      job.report = report;
      job.status = 'done';
      job.outcome = parts.some((r) => r.status === 'partial') ? 'partial' : 'complete';
      job.message = OUTCOME_MESSAGES[job.outcome];
      job.progress = { ...job.progress, phase: 'done' };
      job.finishedAt = clock().toISOString();
      const line = `Scan ${job.id} finished (${job.outcome}): ${job.message}`;
      if (job.outcome === 'partial') logger.warn(line);
      else logger.info(line);
      emit(entry, { event: 'done' });
      entry.listeners.clear();
      prune();
    } catch (error) {
      fail(entry, error);
    }
  }

  function pump() {
    if (running) return;
    const next = queue.shift();
    if (!next) return;
    running = execute(next).finally(() => {
      running = null;
      pump();
    });
  }

  return {
    start(request) {
      const key = scanKey(request);
      const same = [...entries.values()].find((e) => e.key === key && !finished(e));
      if (same) return { job: same.job, joined: true };
      // `running` is set synchronously by pump(), so a job that would wait is counted here.
      if (running && queue.length >= maxQueued) return undefined;
      const job: ScanJob = {
        id: randomUUID(),
        type: request.type,
        libraries: request.libraries ?? [],
        options: request.options ?? {},
        status: 'queued',
        progress: { scan: null, phase: 'queued', done: 0, total: 0 },
        createdAt: clock().toISOString(),
      };
      const controller = new AbortController();
      // One scan hands its signal to every request it has in flight, so many listeners on it are expected.
      setMaxListeners(0, controller.signal);
      const entry: Entry = { job, key, request, controller, listeners: new Set() };
      entries.set(job.id, entry);
      queue.push(entry);
      pump();
      return { job, joined: false };
    },
    get: (id) => entries.get(id)?.job,
    list: () =>
      [...entries.values()].reverse().map(({ job }) => {
        const { report: _report, ...summary } = job;
        return summary;
      }),
    subscribe(id, listener) {
      const entry = entries.get(id);
      if (!entry || finished(entry)) return () => {};
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    cancel(id) {
      const entry = entries.get(id);
      if (!entry || finished(entry)) return false;
      entry.controller.abort();
      const index = queue.indexOf(entry);
      if (index >= 0) {
        queue.splice(index, 1);
        fail(entry, entry.controller.signal.reason);
      }
      return true;
    },
    async shutdown() {
      for (const entry of queue.splice(0)) {
        entry.controller.abort();
        fail(entry, entry.controller.signal.reason);
      }
      for (const entry of entries.values()) entry.controller.abort();
      await running;
    },
  };
}
