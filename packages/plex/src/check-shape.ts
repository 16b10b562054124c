import { ResponseError } from '@complexionist/core';
import * as v from 'valibot';

/** Where a value came from, for the error message. */
export interface ShapeContext {
  service: 'plex' | 'plex.tv';
  path: string;
  status: number;
  /** Which part of the response, e.g. `MediaContainer.Metadata[3]`; the body itself when absent. */
  where?: string;
}

/**
 * Checks `value` against `schema` and returns the parsed output. On failure throws a {@link ResponseError}
 * naming the service, the path and the field (spec §9 "malformed response").
 */
export function checkShape<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  ctx: ShapeContext,
): v.InferOutput<S> {
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return parsed.output;
  throw shapeError(parsed.issues[0], ctx);
}

/** The {@link ResponseError} {@link checkShape} throws for the first issue of a failed check. */
export function shapeError(issue: v.BaseIssue<unknown>, ctx: ShapeContext): ResponseError {
  const location = [ctx.where, v.getDotPath(issue)].filter(Boolean).join('.') || '(body)';
  const label = ctx.service === 'plex' ? 'Plex' : 'plex.tv';
  return new ResponseError(
    `${label} sent an unexpected response for ${ctx.path} (HTTP ${ctx.status}): ${location}: ${issue.message}`,
    { service: ctx.service, status: ctx.status, path: ctx.path },
  );
}
