import { hasNewMissing, type ReportHistory, recordReports } from '@complexionist/cache';
import { createRedactor } from '@complexionist/core';
import { type NotifyEvent, notifyAll, type SendOptions, type Target } from '@complexionist/notify';
import { reportParts } from '../history/record-scan.js';
import type { IgnoreStore, Logger } from '../types.js';
import type { JobManager } from './job-manager.js';
import type { ScanJob } from './job-types.js';

/** Notification settings of the server (`notifications:` and `server.public_url`). */
export interface NotifySettings {
  targets: Target[];
  publicUrl?: string;
  /** Retry, fetch and sleep settings (tests inject a sleep that returns at once). */
  options?: Omit<SendOptions, 'publicUrl' | 'logger'>;
}

/** Options of {@link withAfterScan}. */
export interface AfterScanOptions {
  history: ReportHistory;
  ignores: IgnoreStore;
  logger: Logger;
  secrets: readonly string[];
  notify?: NotifySettings;
}

/** A job manager that also records finished scans in the history and notifies what is new. */
export type RecordingJobManager = JobManager & {
  /** Resolves when every history update and notification started so far has finished (tests, shutdown). */
  settled(): Promise<void>;
};

function partialMessage(types: readonly string[]): string {
  return `The ${types.join(' and ')} scan could not check every item, so it was not compared with the last one; see the warnings on the page.`;
}

/**
 * Wraps a job manager: when a job it started finishes, its complete reports go into the history, the diff with
 * the previous complete scan is computed, and the targets are told what is new (or, with `on_failure`, that a
 * scan failed or was partial). Nothing here can fail a scan: problems are logged.
 */
export function withAfterScan(jobs: JobManager, options: AfterScanOptions): RecordingJobManager {
  const { logger, secrets } = options;
  const pending = new Set<Promise<void>>();
  const send = async (event: NotifyEvent) => {
    const notify = options.notify;
    if (!notify || notify.targets.length === 0) return;
    await notifyAll(notify.targets, event, {
      ...notify.options,
      ...(notify.publicUrl && { publicUrl: notify.publicUrl }),
      logger,
    });
  };

  async function finished(job: ScanJob): Promise<void> {
    const at = job.finishedAt ?? new Date().toISOString();
    if (job.status === 'failed') {
      if (job.error && job.error.code !== 'cancelled') {
        await send({ event: 'ScanFailed', at, message: job.error.message });
      }
      return;
    }
    if (!job.report) return;
    const changes = recordReports(options.history, reportParts(job.report), await options.ignores.list());
    if (hasNewMissing(changes)) {
      const event: NotifyEvent = {
        event: 'NewMissing',
        at: (changes.movies ?? changes.episodes)?.to ?? at,
        ...(changes.movies && { movies: changes.movies }),
        ...(changes.episodes && { episodes: changes.episodes }),
      };
      await send(event);
    }
    if (changes.partial.length > 0)
      await send({ event: 'ScanFailed', at, message: partialMessage(changes.partial) });
  }

  function track(job: ScanJob): void {
    const unsubscribe = jobs.subscribe(job.id, (event) => {
      if (event.event === 'progress') return;
      unsubscribe();
      const done = finished(job)
        .catch((error: unknown) => {
          logger.warn(
            createRedactor(secrets).redact(
              `After scan ${job.id}: ${error instanceof Error ? error.message : String(error)}`,
            ),
          );
        })
        .finally(() => pending.delete(done));
      pending.add(done);
    });
  }

  return {
    ...jobs,
    start(request) {
      const started = jobs.start(request);
      if (started && !started.joined) track(started.job);
      return started;
    },
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
