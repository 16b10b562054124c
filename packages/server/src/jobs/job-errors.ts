import { createRedactor, isAbortError, isComplexionistError } from '@complexionist/core';
import { errorFields } from '../http-errors.js';
import type { Logger } from '../types.js';
import type { JobError } from './job-types.js';

/** Turns what a scan threw into the error a job shows; unexpected errors are logged, not shown. */
export function toJobError(error: unknown, logger: Logger, secrets: readonly string[]): JobError {
  if (isAbortError(error)) return { code: 'cancelled', message: 'The scan was cancelled.' };
  if (isComplexionistError(error)) return errorFields(error, secrets);
  const detail = error instanceof Error ? error.message : String(error);
  logger.error(createRedactor(secrets).redact(`Scan failed unexpectedly: ${detail}`));
  return { code: 'internal', message: 'The scan failed unexpectedly (see the server log).' };
}
