import { redactUrlCredentials } from '@complexionist/core';
import type { TextSink } from './shared/io.js';

/** Shorter values are not treated as secrets: replacing them would mangle ordinary text. */
const MIN_SECRET_LENGTH = 4;

/** The text that replaces a secret. */
export const REDACTED = '***';

/**
 * Remembers secret values (tokens, API keys, PINs) and removes them from any text. Every line the CLI writes
 * to stderr passes through one, so a secret that slips into an error message from a dependency still never
 * reaches the terminal or a log.
 */
export interface Redactor {
  /** Adds values to hide; empty and very short values are ignored. */
  add(...secrets: Array<string | undefined | null>): void;
  /** The text with every known secret (and its URL-encoded form), and the user info of URLs, replaced by `***`. */
  redact(text: string): string;
}

/** Creates an empty {@link Redactor}. */
export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  return {
    add(...values) {
      for (const value of values) {
        if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) continue;
        secrets.add(value);
        secrets.add(encodeURIComponent(value));
      }
    },
    redact(text) {
      let out = redactUrlCredentials(text);
      // Longest first, so a secret that contains another is replaced whole.
      for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        out = out.split(secret).join(REDACTED);
      }
      return out;
    },
  };
}

/** A sink that redacts every chunk before passing it on. */
export function redactingSink(sink: TextSink, redactor: Redactor): TextSink {
  return {
    write: (chunk: string) => sink.write(redactor.redact(chunk)),
    ...(sink.columns === undefined ? {} : { columns: sink.columns }),
  };
}
