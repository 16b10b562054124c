import { AuthError, ResponseError } from '@complexionist/core';
import * as v from 'valibot';
import { failureSchema } from './schemas.js';

/** What a user does about a rejected TVDB key. */
export const TVDB_KEY_HINT =
  'set `tvdb.api_key` (or TVDB_API_KEY) to a TheTVDB v4 API key, e.g. `complexionist auth tvdb --key KEY`';
/** What a user does when TVDB asks for the subscriber PIN. */
export const TVDB_PIN_HINT =
  'set `tvdb.pin` (or TVDB_PIN) to your subscriber PIN, e.g. `complexionist auth tvdb --key KEY --pin PIN`';

const messageOf = (body: unknown) => {
  const parsed = v.safeParse(failureSchema, body);
  return parsed.success ? (parsed.output.message ?? undefined) : undefined;
};

const detail = (status: number, body: unknown) => {
  const message = messageOf(body);
  return message ? `HTTP ${status}: ${message}` : `HTTP ${status}`;
};

/** The error for a refused `POST /login`: 400 naming the PIN when TVDB asks for one, else the key. */
export function loginError(status: number, body: unknown): Error {
  const why = detail(status, body);
  if (status === 400 && /pin/i.test(messageOf(body) ?? '')) {
    return new AuthError(`TheTVDB needs the subscriber PIN for this API key (${why}); ${TVDB_PIN_HINT}.`, {
      service: 'tvdb',
      status,
      path: '/login',
      hint: TVDB_PIN_HINT,
    });
  }
  if (status === 400 || status === 401 || status === 403) {
    return new AuthError(`TheTVDB rejected the API key (${why}); ${TVDB_KEY_HINT}.`, {
      service: 'tvdb',
      status,
      path: '/login',
      hint: TVDB_KEY_HINT,
    });
  }
  return new ResponseError(`TheTVDB refused the login (${why}).`, {
    service: 'tvdb',
    status,
    path: '/login',
  });
}

/** The error for a data call TVDB refused (after the one re-login a 401 gets). */
export function tvdbStatusError(status: number, body: unknown, path: string): Error {
  if (status === 401 || status === 403) {
    return new AuthError(
      `TheTVDB refused a fresh token for ${path} (${detail(status, body)}); ${TVDB_KEY_HINT}.`,
      {
        service: 'tvdb',
        status,
        path,
        hint: TVDB_KEY_HINT,
      },
    );
  }
  return new ResponseError(`TheTVDB refused ${path} (${detail(status, body)}).`, {
    service: 'tvdb',
    status,
    path,
  });
}
