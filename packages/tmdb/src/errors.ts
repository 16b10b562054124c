import { AuthError, ResponseError } from '@complexionist/core';
import * as v from 'valibot';
import { errorSchema } from './schemas.js';

/** What a user does about a rejected TMDB key. */
export const TMDB_KEY_HINT =
  'set `tmdb.api_key` (or TMDB_API_KEY) to a valid v3 API key or v4 read access token, e.g. `complexionist auth tmdb --key KEY`';

/**
 * Turns a TMDB answer the adapter cannot use (anything but 2xx and the 404s it maps to null) into an error:
 * 401/403 stop the scan as an `AuthError`; anything else is a `ResponseError` carrying TMDB's own message.
 */
export function tmdbStatusError(status: number, body: unknown, path: string): Error {
  const parsed = v.safeParse(errorSchema, body);
  const code = parsed.success ? parsed.output.status_code : undefined;
  const text = parsed.success ? parsed.output.status_message : undefined;
  const detail = [code === undefined ? undefined : `code ${code}`, text].filter(Boolean).join(': ');
  const suffix = detail ? ` (HTTP ${status}, ${detail})` : ` (HTTP ${status})`;
  if (status === 401 || status === 403) {
    const what = code === 10 ? 'says the API key is suspended' : 'rejected the API key';
    return new AuthError(`TMDB ${what}${suffix}; ${TMDB_KEY_HINT}.`, {
      service: 'tmdb',
      status,
      path,
      hint: TMDB_KEY_HINT,
    });
  }
  return new ResponseError(`TMDB refused ${path}${suffix}.`, { service: 'tmdb', status, path });
}
