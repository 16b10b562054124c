import { redactUrlCredentials } from '@complexionist/core';

/** Query parameters whose values are credentials wherever they appear. */
const SECRET_PARAMS = /([?&](?:api_key|apikey|x-plex-token|token|pin)=)[^&#\s]*/gi;

/** Replacement for a removed secret. */
export const REDACTED = '***';

/**
 * Returns a function that removes credentials from a text (a URL or a message): every value of
 * `secrets` (and its URL-encoded form), the values of credential query parameters, and the user info of
 * URLs (`http://user:password@host`).
 */
export function createRedactor(secrets: readonly string[] = []): (text: string) => string {
  const needles = [...new Set(secrets.flatMap((s) => (s.length > 0 ? [s, encodeURIComponent(s)] : [])))].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => {
    let out = redactUrlCredentials(text).replace(SECRET_PARAMS, `$1${REDACTED}`);
    for (const needle of needles) out = out.split(needle).join(REDACTED);
    return out;
  };
}
