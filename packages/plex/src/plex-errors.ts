import {
  AuthError,
  ConnectionError,
  isAbortError,
  isComplexionistError,
  ResponseError,
} from '@complexionist/core';

/** How every Plex auth error tells the user to fix it. */
export const PLEX_TOKEN_HINT =
  'Get a new one with `complexionist auth plex --login`, or set plex.token / PLEX_TOKEN.';
const TLS_REASON = 'TLS certificate problem';
/** What to check when a server cannot be reached, naming the setting that holds its address. */
const urlHint = (setting: string): string =>
  `Check ${setting} (for example http://192.168.1.10:32400) and that the server is running.`;
const TLS_HINT =
  'The server presented a certificate Node.js does not trust (often a self-signed one). ' +
  'Use its http:// address, or enable the insecureTls option (plex.insecure_tls) to trust it anyway.';

/** The user-facing form of the server URL: origin and path only, never a query (it could hold a token). */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`.replace(/\/$/, '');
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/** Error codes of Node/undici TLS failures (`DEPTH_ZERO_SELF_SIGNED_CERT`, `ERR_TLS_CERT_ALTNAME_INVALID`, …). */
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/;
const TLS_MESSAGE = /self[- ]signed|certificate/i;

/** Walks an error's `cause` chain and collects codes and messages (undici nests the real reason). */
function causeChain(error: unknown): { codes: string; messages: string } {
  const codes: string[] = [];
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    messages.push(current.name, current.message);
    current = current.cause;
  }
  return { codes: codes.join(' '), messages: messages.join(' ') };
}

/** The short reason of a network failure (`connection refused`, `timed out`, …), for messages. */
export function networkReason(error: unknown): string {
  const { codes, messages } = causeChain(error);
  if (TLS_CODE.test(codes + messages) || TLS_MESSAGE.test(messages)) return TLS_REASON;
  if (/ECONNREFUSED/.test(codes + messages)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/.test(codes + messages)) return 'host name not found';
  if (/ETIMEDOUT|TimeoutError|timed? ?out|no answer within/i.test(codes + messages)) return 'timed out';
  if (/ECONNRESET|socket hang up/i.test(codes + messages)) return 'connection reset';
  return 'network error';
}

/** `Plex rejected the token (HTTP 401) for <url>. …` */
export function plexAuthError(url: string, status: number, path: string): AuthError {
  return new AuthError(
    `Plex rejected the token (HTTP ${status}) for ${displayUrl(url)}. ${PLEX_TOKEN_HINT}`,
    {
      service: 'plex',
      status,
      path,
      hint: PLEX_TOKEN_HINT,
    },
  );
}

/** A 2xx answer that is not Plex JSON (a router page, a reverse proxy's login form, …). */
export function notPlexError(url: string, path: string, status: number): ResponseError {
  const hint = 'Check plex.url: it must point at Plex Media Server itself (usually port 32400).';
  return new ResponseError(
    `${displayUrl(url)} answered ${path} with something that does not look like a Plex Media Server ` +
      `(no JSON MediaContainer). ${hint}`,
    { service: 'plex', status, path, hint },
  );
}

/** Where a network failure happened and what the user should check. */
export interface NetworkFailureContext {
  service: 'plex' | 'plex.tv';
  url: string;
  path: string;
  hint: string;
  /** Replaces `hint` when the failure is a TLS certificate problem. */
  tlsHint?: string;
}

/**
 * Turns a failure from the HTTP layer into a {@link ConnectionError} that names the service's URL, the
 * reason in a few words and what to check. Abort errors and non-connection ComPlexionist errors (auth,
 * response, rate limit) pass through untouched.
 */
export function wrapNetworkError(error: unknown, where: NetworkFailureContext): unknown {
  if (isAbortError(error)) return error;
  if (isComplexionistError(error) && error.kind !== 'connection') return error;
  const reason = networkReason(error);
  const hint = reason === TLS_REASON ? (where.tlsHint ?? where.hint) : where.hint;
  const status = isComplexionistError(error) ? error.status : undefined;
  const what = status === undefined ? reason : `HTTP ${status} after retries`;
  const label = where.service === 'plex' ? 'Plex' : 'plex.tv';
  return new ConnectionError(`Could not reach ${label} at ${displayUrl(where.url)} (${what}). ${hint}`, {
    service: where.service,
    path: where.path,
    hint,
    cause: error,
    ...(status === undefined ? {} : { status }),
  });
}

/** {@link wrapNetworkError} for a Plex Media Server: points at `plex.url`, or at `insecureTls` for TLS. */
export function enrichPlexError(error: unknown, url: string, path: string, setting = 'plex.url'): unknown {
  return wrapNetworkError(error, { service: 'plex', url, path, hint: urlHint(setting), tlsHint: TLS_HINT });
}
