import { AuthError, ResponseError } from '@complexionist/core';
import * as v from 'valibot';
import { messageSchema, validationFailureSchema } from './schemas.js';

/** The two services of this package. */
export type ArrService = 'radarr' | 'sonarr';

/** How each is named in messages. */
export const ARR_LABELS: Readonly<Record<ArrService, string>> = { radarr: 'Radarr', sonarr: 'Sonarr' };

/** What a user does about a refused key. */
export function keyHint(service: ArrService): string {
  return `check \`${service}.api_key\` (Settings → General → API Key in ${ARR_LABELS[service]}), e.g. \`complexionist auth ${service} --url URL --key KEY\``;
}

/**
 * A refused add because the item is already there: 400 with `MovieExistsValidator`/`SeriesExistsValidator`
 * (or their messages), or a 409 some proxies send (api-notes §8.5).
 */
export function isAlreadyThere(status: number, body: unknown): boolean {
  if (status === 409) return true;
  if (status !== 400) return false;
  return failures(body).some(
    (f) =>
      f.errorCode === 'MovieExistsValidator' ||
      f.errorCode === 'SeriesExistsValidator' ||
      /already been added/i.test(f.errorMessage ?? ''),
  );
}

function failures(body: unknown): v.InferOutput<typeof validationFailureSchema>[] {
  const parsed = v.safeParse(v.array(validationFailureSchema), body);
  return parsed.success ? parsed.output : [];
}

/** The service's own words from an error body: validation messages, else `message`. */
export function errorDetail(body: unknown): string | undefined {
  const messages = failures(body)
    .map((f) => f.errorMessage)
    .filter((m): m is string => Boolean(m));
  if (messages.length > 0) return [...new Set(messages)].join('; ');
  const parsed = v.safeParse(messageSchema, body);
  if (parsed.success && parsed.output.message) return parsed.output.message;
  return typeof body === 'string' && body.trim() !== '' && body.length < 300 ? body.trim() : undefined;
}

/**
 * Turns an answer the adapter cannot use into an error: 401/403 are an `AuthError` naming the key setting,
 * anything else a `ResponseError` carrying the service's own message.
 */
export function arrStatusError(service: ArrService, status: number, body: unknown, path: string): Error {
  const label = ARR_LABELS[service];
  if (status === 401 || status === 403) {
    const hint = keyHint(service);
    return new AuthError(`${label} rejected the API key (HTTP ${status}); ${hint}.`, {
      service,
      status,
      path,
      hint,
    });
  }
  const detail = errorDetail(body);
  return new ResponseError(`${label} refused ${path} (HTTP ${status}${detail ? `: ${detail}` : ''}).`, {
    service,
    status,
    path,
  });
}
