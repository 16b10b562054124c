import { ResponseError, type ServiceName } from '@complexionist/core';
import * as v from 'valibot';
import { SERVICE_LABELS } from './service-names.js';

/**
 * Checks a response body against a valibot schema and returns the typed output. A mismatch throws a
 * `ResponseError` naming the service, the request path and the first offending field as a dotted path
 * (`parts.2.release_date`), so a scan can skip the item with a warning that says what was wrong.
 */
export function validateBody<const S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  where: { service: ServiceName; path: string; status?: number },
): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? '(body)';
  const label = SERVICE_LABELS[where.service];
  throw new ResponseError(
    `${label} sent an unexpected response for ${where.path}: field \`${field}\`: ${issue.message}.`,
    {
      service: where.service,
      path: where.path,
      ...(where.status === undefined ? {} : { status: where.status }),
    },
  );
}
