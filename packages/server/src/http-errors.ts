import { isAbortError, isComplexionistError } from '@complexionist/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { redact } from './redact.js';
import type { Logger } from './types.js';

/** The JSON body of every error response. */
export interface ErrorBody {
  error: {
    /** `usage`, `auth`, `connection`, `rate-limit`, `response`, `config`, `not-found`, `unauthorized` or `internal`. */
    code: string;
    message: string;
    /** The request field at fault (400s). */
    field?: string;
    hint?: string;
    service?: string;
  };
}

/** Builds a JSON error response. */
export function errorJson(c: Context, status: ContentfulStatusCode, error: ErrorBody['error']): Response {
  return c.json<ErrorBody>({ error }, status);
}

const STATUS_BY_KIND: Record<string, ContentfulStatusCode> = {
  usage: 400,
  'not-found': 404,
  auth: 502,
  connection: 502,
  response: 502,
  'rate-limit': 503,
  config: 500,
};

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
      const body: ErrorBody['error'] = { code: err.kind, message: redact(err.message, secrets) };
      if (err.hint) body.hint = redact(err.hint, secrets);
      if (err.service) body.service = err.service;
      return errorJson(c, STATUS_BY_KIND[err.kind] ?? 500, body);
    }
    if (isAbortError(err)) {
      return errorJson(c, 503, { code: 'aborted', message: 'The server is shutting down.' });
    }
    logger.error(redact(`Unexpected error on ${c.req.method} ${c.req.path}: ${err.message}`, secrets));
    return errorJson(c, 500, { code: 'internal', message: 'Internal server error (see the server log).' });
  };
}
