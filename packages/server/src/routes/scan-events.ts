import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { JobManager } from '../jobs/job-manager.js';
import type { JobEvent, ScanJob } from '../jobs/job-types.js';
import { createEventQueue } from './event-queue.js';

/** Keeps proxies from closing a quiet stream. */
const PING_MS = 15_000;

function message(job: ScanJob, event: JobEvent) {
  if (event.event === 'progress') {
    return {
      event: 'progress',
      data: JSON.stringify({ id: job.id, status: job.status, progress: event.progress }),
    };
  }
  if (event.event === 'done') return { event: 'done', data: JSON.stringify({ id: job.id, status: 'done' }) };
  return { event: 'failed', data: JSON.stringify({ id: job.id, status: 'failed', error: event.error }) };
}

function finalEvent(job: ScanJob): JobEvent | null {
  if (job.status === 'done') return { event: 'done' };
  if (job.status === 'failed' && job.error) return { event: 'failed', error: job.error };
  return null;
}

/**
 * Streams a job's events as server-sent events: the current progress first, then `progress` events as the scan
 * moves, then one `done` or `failed` event, after which the stream closes.
 */
export function streamScanEvents(c: Context, jobs: JobManager, job: ScanJob): Response {
  return streamSSE(c, async (stream) => {
    const queue = createEventQueue();
    const unsubscribe = jobs.subscribe(job.id, (event) => queue.push(event));
    const ping = setInterval(() => void stream.write(': ping\n\n'), PING_MS);
    ping.unref?.();
    stream.onAbort(() => queue.close());
    try {
      await stream.writeSSE(message(job, { event: 'progress', progress: job.progress }));
      const final = finalEvent(job);
      if (final) queue.push(final);
      for (let event = await queue.next(); event; event = await queue.next()) {
        await stream.writeSSE(message(job, event));
      }
    } finally {
      clearInterval(ping);
      unsubscribe();
    }
  });
}
