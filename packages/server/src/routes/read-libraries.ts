import { ConnectionError, type LibrarySection } from '@complexionist/core';
import type { Scanner } from '../types.js';

/** How long the page and `/api/libraries` wait for the media server by default. */
export const LIBRARIES_TIMEOUT_MS = 5000;

/**
 * The media server's library sections, or a ConnectionError once `timeoutMs` has passed: a Plex that accepts
 * the connection and never answers must not hold the page (the request to it is aborted too). The request's
 * own signal (the browser went away) also aborts it.
 */
export async function readLibraries(
  scanner: Scanner,
  requestSignal: AbortSignal,
  timeoutMs: number = LIBRARIES_TIMEOUT_MS,
): Promise<LibrarySection[]> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(requestSignal.reason);
  requestSignal.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Number((timeoutMs / 1000).toFixed(2));
      const error = new ConnectionError(`Plex did not answer within ${seconds} s.`, {
        service: 'plex',
        hint: 'Check that Plex is running and plex.url points at it; saved reports and the lists still work.',
      });
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    // The race answers even when the scanner ignores the abort.
    return await Promise.race([scanner.listLibraries(controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
    requestSignal.removeEventListener('abort', onAbort);
  }
}
