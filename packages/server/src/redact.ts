import { redactUrlCredentials } from '@complexionist/core';

/**
 * Replaces every secret found in `text`, and the user info of every URL (`http://user:password@host`), with
 * `***`. Secrets shorter than 4 characters are ignored (too common).
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = redactUrlCredentials(text);
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  return out;
}

/** A logger that writes nothing (the default of `createApp`). */
export const silentLogger = { info() {}, warn() {}, error() {} };
