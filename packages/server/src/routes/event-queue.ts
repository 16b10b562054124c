import type { JobEvent } from '../jobs/job-types.js';

/**
 * A one-reader queue of job events that keeps only the newest progress event: a slow client gets the
 * current state instead of a growing backlog. The final event always comes after any pending progress.
 */
export function createEventQueue() {
  let progress: JobEvent | null = null;
  let final: JobEvent | null = null;
  let closed = false;
  let wake: (() => void) | null = null;
  return {
    push(event: JobEvent) {
      if (event.event === 'progress') progress = event;
      else final = event;
      wake?.();
    },
    close() {
      closed = true;
      wake?.();
    },
    /** The next event, or null once the final event was taken or the queue was closed. */
    async next(): Promise<JobEvent | null> {
      for (;;) {
        if (progress) {
          const event = progress;
          progress = null;
          return event;
        }
        if (final) {
          const event = final;
          final = null;
          closed = true;
          return event;
        }
        if (closed) return null;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
      }
    },
  };
}
