import { type ErrorKind, isAbortError, isComplexionistError, stripControls } from '@complexionist/core';

/** Process exit codes of docs/spec.md §5. */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  service: 3,
  interrupted: 130,
} as const;

/** One of the exit codes in {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The exit code of each error kind, by its class in core's `ERROR_CLASS` (docs/spec.md §9 "Error kinds"):
 * caller and setup errors → 2, service errors → 3. The server's status table follows the same classes.
 */
export const EXIT_BY_KIND: Readonly<Record<ErrorKind, ExitCode>> = Object.freeze({
  usage: EXIT.usage,
  'not-found': EXIT.usage,
  config: EXIT.usage,
  auth: EXIT.service,
  connection: EXIT.service,
  'rate-limit': EXIT.service,
  response: EXIT.service,
});

/**
 * The exit code for an error that ended a command: {@link EXIT_BY_KIND} for ComPlexionist's errors
 * (usage and configuration → 2, a service that refused, could not be reached or answered wrongly → 3),
 * Ctrl-C → 130, anything else → 1.
 */
export function exitCodeFor(error: unknown, signal?: AbortSignal): ExitCode {
  if (isAbortError(error) || signal?.aborted) return EXIT.interrupted;
  if (!isComplexionistError(error)) return EXIT.unexpected;
  // A duck-typed error from another bundle copy may carry a kind this build does not know.
  return EXIT_BY_KIND[error.kind as ErrorKind] ?? EXIT.unexpected;
}

/** How much of an error to show. */
export interface ErrorDisplay {
  /**
   * `-v` or `COMPLEXIONIST_DEBUG`: add the chain of causes, with stack traces for unexpected errors only
   * (an expected error's stack points into our own code and says nothing its message does not).
   */
  detailed: boolean;
  /** Wraps the "error:" prefix in colour (identity when colour is off). */
  paint?: (text: string) => string;
}

/** The text printed on stderr for an error: the message, what to do about it, and details on request. */
export function renderError(error: unknown, display: ErrorDisplay): string {
  const paint = display.paint ?? ((text: string) => text);
  if (isAbortError(error)) return 'Interrupted.\n';
  // A message may quote a title from Plex or TMDB: no terminal control characters from it reach the screen.
  const message = stripControls(error instanceof Error ? error.message : String(error));
  const lines = [`${paint('error:')} ${message}`];
  const expected = isComplexionistError(error);
  if (expected && error.hint !== undefined && !message.includes(error.hint)) lines.push(error.hint);
  if (display.detailed) {
    lines.push(...details(error, !expected));
  } else if (!expected) {
    lines.push('Run with -v for details.');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The chain of causes, each with its stack when `stacks` is set. Without stacks, the error itself and a
 * cause repeating its parent's message (a usage error re-thrown with the usage line) add nothing.
 */
function details(error: unknown, stacks: boolean): string[] {
  const out: string[] = [];
  let current: unknown = error;
  let parentMessage: string | undefined;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    if (current instanceof Error) {
      const text = stacks ? (current.stack ?? current.message) : current.message;
      const repeated = !stacks && (depth === 0 || current.message === parentMessage);
      if (!repeated) out.push(depth === 0 ? text : `Caused by: ${text}`);
      parentMessage = current.message;
      current = current.cause;
    } else {
      out.push(`Caused by: ${String(current)}`);
      current = undefined;
    }
  }
  return out;
}
