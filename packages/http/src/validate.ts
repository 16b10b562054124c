import { ResponseError, type ServiceName } from '@complexionist/core';
import * as v from 'valibot';
import { SERVICE_LABELS } from './service-names.js';

/** Where a checked value came from, for the error message. */
export interface BodyLocation {
  service: ServiceName;
  /** The request path, e.g. `/collection/10`. */
  path: string;
  /** The HTTP status of the response, when known. */
  status?: number;
  /** The part of the body that was checked, e.g. `MediaContainer.Metadata[3]`; the whole body when absent. */
  at?: string;
}

/**
 * The `ResponseError` for a value that failed its check: it names the service, the request path and the
 * first offending field as a dotted path (`parts.2.release_date`). For callers that check with
 * `v.safeParse` themselves, e.g. to skip one bad item of a listing instead of failing it.
 */
export function bodyError(issue: v.BaseIssue<unknown>, where: BodyLocation): ResponseError {
  const field = [where.at, v.getDotPath(issue)].filter(Boolean).join('.') || '(body)';
  const status = where.status === undefined ? '' : ` (HTTP ${where.status})`;
  return new ResponseError(
    `${SERVICE_LABELS[where.service]} sent an unexpected response for ${where.path}${status}: field \`${field}\`: ${issue.message}.`,
    {
      service: where.service,
      path: where.path,
      ...(where.status === undefined ? {} : { status: where.status }),
    },
  );
}

/**
 * Checks a response body (or the part of it named by `where.at`) against a valibot schema and returns the
 * typed output. A mismatch throws {@link bodyError}'s `ResponseError`, so a scan can skip the item with a
 * warning that says what was wrong.
 */
export function validateBody<const S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  where: BodyLocation,
): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw bodyError(result.issues[0], where);
}
