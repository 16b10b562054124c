/**
 * Every kind of {@link ComplexionistError}, a closed list: each face keeps a `Record<ErrorKind, …>` table
 * (the CLI's exit codes, the server's HTTP statuses), so a new kind fails the type check until both say
 * what it means, and {@link ERROR_CLASS} says which class both must agree on (docs/spec.md §9).
 */
export const ERROR_KINDS = [
  'auth',
  'connection',
  'rate-limit',
  'response',
  'config',
  'usage',
  'not-found',
] as const;

/** Machine-readable kind of a {@link ComplexionistError}. */
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * Whose problem an error is, the reading every face follows (docs/spec.md §9 "Error kinds"):
 * `caller` — the request or command line asked for something wrong (exit 2, HTTP 4xx);
 * `setup` — the configuration is missing or wrong (exit 2, HTTP 500: the server's operator must fix it);
 * `service` — Plex, TMDB, TVDB, Radarr or Sonarr refused, could not be reached or answered wrongly
 * (exit 3, HTTP 502/503).
 */
export type ErrorClass = 'caller' | 'setup' | 'service';

/** The class of each {@link ErrorKind}. */
export const ERROR_CLASS: Readonly<Record<ErrorKind, ErrorClass>> = Object.freeze({
  auth: 'service',
  connection: 'service',
  'rate-limit': 'service',
  response: 'service',
  config: 'setup',
  usage: 'caller',
  'not-found': 'caller',
});

/** Services ComPlexionist talks to. */
export type ServiceName = 'plex' | 'plex.tv' | 'tmdb' | 'tvdb' | 'radarr' | 'sonarr' | 'notify';

/** Context carried by every ComPlexionist error. Never put secrets in it. */
export interface ErrorContext {
  service?: ServiceName;
  /** HTTP status when the error came from a response. */
  status?: number;
  /** Request path (never with credentials in it). */
  path?: string;
  /** What the user can do about it, e.g. "run `complexionist auth plex --login`". */
  hint?: string;
  cause?: unknown;
}

/** Base of every expected failure. `message` is written for the user and never contains a secret. */
export class ComplexionistError extends Error {
  readonly kind: ErrorKind;
  readonly service?: ServiceName;
  readonly status?: number;
  readonly path?: string;
  readonly hint?: string;

  constructor(kind: ErrorKind, message: string, context: ErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.name = 'ComplexionistError';
    this.kind = kind;
    if (context.service !== undefined) this.service = context.service;
    if (context.status !== undefined) this.status = context.status;
    if (context.path !== undefined) this.path = context.path;
    if (context.hint !== undefined) this.hint = context.hint;
  }
}

/** The service refused the credentials (401/403, bad API key, expired token). Stops a scan. */
export class AuthError extends ComplexionistError {
  constructor(message: string, context: ErrorContext = {}) {
    super('auth', message, context);
    this.name = 'AuthError';
  }
}

/** The service could not be reached (refused, DNS, TLS, timeout) or kept failing with 5xx. */
export class ConnectionError extends ComplexionistError {
  constructor(message: string, context: ErrorContext = {}) {
    super('connection', message, context);
    this.name = 'ConnectionError';
  }
}

/** The service kept answering 429 after every retry. */
export class RateLimitError extends ComplexionistError {
  constructor(message: string, context: ErrorContext = {}) {
    super('rate-limit', message, context);
    this.name = 'RateLimitError';
  }
}

/** A response did not have the shape we rely on (names service, path and field). */
export class ResponseError extends ComplexionistError {
  constructor(message: string, context: ErrorContext = {}) {
    super('response', message, context);
    this.name = 'ResponseError';
  }
}

/** Bad or missing configuration (names the key and, when known, the file). */
export class ConfigError extends ComplexionistError {
  constructor(message: string, context: ErrorContext = {}) {
    super('config', message, context);
    this.name = 'ConfigError';
  }
}

/** Bad command-line usage, unknown library, bad option value. */
export class UsageError extends ComplexionistError {
  constructor(message: string, context: ErrorContext = {}) {
    super('usage', message, context);
    this.name = 'UsageError';
  }
}

/** True for a {@link ComplexionistError} (also across bundle copies, by duck typing on `kind`). */
export function isComplexionistError(error: unknown): error is ComplexionistError {
  return (
    error instanceof ComplexionistError ||
    (error instanceof Error && typeof (error as { kind?: unknown }).kind === 'string')
  );
}

/** True when the error came from an aborted `AbortSignal`. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
