import { isAbortError, isComplexionistError } from '@complexionist/core';
import { redact } from '../redact.js';
import type { Logger } from '../types.js';
import type { JobError } from './job-types.js';

/** Turns what a scan threw into the error a job shows; unexpected errors are logged, not shown. */
export function toJobError(error: unknown, logger: Logger, secrets: readonly string[]): JobError {
  if (isAbortError(error)) return { code: 'cancelled', message: 'The scan was cancelled.' };
  if (isComplexionistError(error)) {
    const out: JobError = { code: error.kind, message: redact(error.message, secrets) };
    if (error.hint) out.hint = redact(error.hint, secrets);
    if (error.service) out.service = error.service;
    return out;
  }
  const detail = error instanceof Error ? error.message : String(error);
  logger.error(redact(`Scan failed unexpectedly: ${detail}`, secrets));
  return { code: 'internal', message: 'The scan failed unexpectedly (see the server log).' };
}
