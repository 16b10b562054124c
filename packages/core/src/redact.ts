/** The text that replaces a secret, everywhere: CLI output, server logs and answers, adapter errors. */
export const REDACTED = '***';

/** Shorter values are not treated as secrets by default: replacing them would mangle ordinary text. */
const MIN_SECRET_LENGTH = 4;

/** `scheme://` then user info (`user:password`), up to the last `@` before the host. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*(?:@[^\s/?#@]*)*@/gi;

/** Query parameters whose values are credentials wherever they appear. */
const SECRET_PARAMS = /([?&](?:api_key|apikey|x-plex-token|token|pin)=)[^&#\s]*/gi;

/**
 * `text` with the user name and password of every URL in it replaced by `***`
 * (`http://me:pw@nas:32400` → `http://***@nas:32400`). A `plex.url` may carry credentials for a reverse
 * proxy, and Node's fetch repeats the whole URL when it refuses one, so every face runs its messages,
 * logs and error causes through this.
 */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
}

/** Options of {@link createRedactor}. */
export interface RedactorOptions {
  /** Values shorter than this are ignored. @default 4 */
  minLength?: number;
  /**
   * Also hide the values of credential query parameters (`api_key`, `apikey`, `X-Plex-Token`, `token`,
   * `pin`) whether or not they were declared: for request URLs. @default false
   */
  queryCredentials?: boolean;
}

/**
 * Remembers secret values (tokens, API keys, PINs, webhook URLs) and removes them from any text. The CLI's
 * stderr, the server's logs and error answers, and every adapter's error messages go through one.
 */
export interface Redactor {
  /** Adds values to hide; empty and too short values are ignored. */
  add(...secrets: Array<string | undefined | null>): void;
  /**
   * The text with every known secret (and its URL-encoded form), and the user info of URLs, replaced by
   * {@link REDACTED}. A plain function: it may be passed around without its object.
   */
  redact(text: string): string;
}

/** Creates a {@link Redactor} that already knows `secrets`. */
export function createRedactor(
  secrets: Iterable<string | undefined | null> = [],
  options: RedactorOptions = {},
): Redactor {
  const minLength = Math.max(1, options.minLength ?? MIN_SECRET_LENGTH);
  const known = new Set<string>();
  let needles: string[] = [];
  const add = (...values: Array<string | undefined | null>) => {
    for (const value of values) {
      if (typeof value !== 'string' || value.length < minLength) continue;
      known.add(value);
      known.add(encodeURIComponent(value));
    }
    // Longest first, so a secret that contains another is replaced whole.
    needles = [...known].sort((a, b) => b.length - a.length);
  };
  add(...secrets);
  return {
    add,
    redact(text) {
      let out = redactUrlCredentials(text);
      if (options.queryCredentials) out = out.replace(SECRET_PARAMS, `$1${REDACTED}`);
      for (const needle of needles) out = out.split(needle).join(REDACTED);
      return out;
    },
  };
}
