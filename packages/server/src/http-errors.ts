import {
  type ComplexionistError,
  createRedactor,
  type ErrorKind,
  isAbortError,
  isComplexionistError,
} from '@complexionist/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from './types.js';

/** The JSON body of every error response. */
export interface ErrorBody {
  error: {
    /**
     * `usage` (400, or 413 for a body over 64 KiB), `unauthorized` (401), `forbidden` (403: a foreign Host or
     * Origin), `busy` and `too-many-attempts` (429), `not-found` (404), `conflict` (409,
     * cancelling a finished scan), `http` (another HTTP-level refusal), `auth`, `connection`, `response` (502),
     * `rate-limit` (503), `aborted` (503, the server is shutting down), `config` (500) or `internal` (500).
     * A failed scan's `error` uses the same codes plus `cancelled`.
     */
    code: string;
    message: string;
    /** The request field at fault (400s). */
    field?: string;
    hint?: string;
    service?: string;
  };
}

/** Core's unknown-library hint speaks of the CLI flag; over HTTP the names go in the `libraries` field. */
function serverHint(hint: string): string {
  return hint.startsWith('Pass --library ')
    ? 'Send "libraries" with names from that list (or tick them on the page), or leave it out to scan every library.'
    : hint;
}

/**
 * The user-facing fields of a ComplexionistError, secrets redacted. Many messages already end with their hint
 * ("… Check plex.url …"); the hint is then left out so the page does not show the sentence twice.
 */
export function errorFields(
  err: ComplexionistError,
  secrets: readonly string[],
): { code: string; message: string; hint?: string; service?: string } {
  const out: { code: string; message: string; hint?: string; service?: string } = {
    code: err.kind,
    message: createRedactor(secrets).redact(err.message),
  };
  const hint = err.hint && serverHint(createRedactor(secrets).redact(err.hint).trim());
  if (hint && !out.message.includes(hint)) out.hint = hint;
  if (err.service) out.service = err.service;
  return out;
}

/** Builds a JSON error response. */
export function errorJson(c: Context, status: ContentfulStatusCode, error: ErrorBody['error']): Response {
  return c.json<ErrorBody>({ error }, status);
}

/**
 * The HTTP status of each error kind, by its class in core's `ERROR_CLASS` (docs/spec.md §9 "Error kinds"):
 * caller → 4xx, setup → 500 (the operator must fix the configuration), service → 502/503. The CLI's exit
 * codes follow the same classes.
 */
export const STATUS_BY_KIND: Readonly<Record<ErrorKind, ContentfulStatusCode>> = Object.freeze({
  usage: 400,
  'not-found': 404,
  config: 500,
  auth: 502,
  connection: 502,
  response: 502,
  'rate-limit': 503,
});

/**
 * Maps any thrown error to a JSON response: a ComplexionistError keeps its (secret-free) message and maps its
 * kind to a status; anything else becomes a bare 500 and is logged, so no stack trace or detail leaks.
 */
export function createErrorHandler(logger: Logger, secrets: readonly string[]) {
  return (err: Error, c: Context): Response => {
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const message = err.message || 'Bad request';
      if (status === 400) return errorJson(c, status, { code: 'usage', message, field: 'body' });
      return errorJson(c, status, { code: 'http', message });
    }
    if (isComplexionistError(err)) {
      // A duck-typed error from another bundle copy may carry a kind this build does not know.
      return errorJson(c, STATUS_BY_KIND[err.kind as ErrorKind] ?? 500, errorFields(err, secrets));
    }
    if (isAbortError(err)) {
      return errorJson(c, 503, { code: 'aborted', message: 'The server is shutting down.' });
    }
    logger.error(
      createRedactor(secrets).redact(`Unexpected error on ${c.req.method} ${c.req.path}: ${err.message}`),
    );
    return errorJson(c, 500, { code: 'internal', message: 'Internal server error (see the server log).' });
  };
}
