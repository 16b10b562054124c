import type { Redactor } from '@complexionist/core';
import type { TextSink } from './shared/io.js';

/**
 * A sink that redacts every chunk before passing it on. Every line the CLI writes to stderr passes through
 * one (core's redactor), so a secret that slips into an error message from a dependency still never reaches
 * the terminal or a log.
 */
export function redactingSink(sink: TextSink, redactor: Redactor): TextSink {
  return {
    write: (chunk: string) => sink.write(redactor.redact(chunk)),
    ...(sink.columns === undefined ? {} : { columns: sink.columns }),
  };
}
