import { AuthError, ResponseError } from '@complexionist/core';
import { createHttpClient, type HttpClient } from '@complexionist/http';
import { PLEX_TOKEN_HINT, wrapNetworkError } from './plex-errors.js';

/** One plex.tv call. `token` authenticates it (`X-Plex-Token`) and is redacted from any error. */
export interface PlexTvRequest {
  method?: 'GET' | 'POST';
  query?: Record<string, string | number>;
  token?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Sends plex.tv requests and turns network failures and 401s into ComPlexionist errors. */
export interface PlexTvTransport {
  readonly baseURL: string;
  /** Resolves with the status and the parsed JSON body (undefined when the body is not JSON). */
  request(path: string, init?: PlexTvRequest): Promise<{ status: number; body: unknown }>;
}

/** Creates the transport; one HTTP client per token so each client redacts its own secret. */
export function createPlexTvTransport(options: {
  baseURL: string;
  headers: Record<string, string>;
  fetch?: typeof fetch | undefined;
}): PlexTvTransport {
  const baseURL = options.baseURL.replace(/\/+$/, '');
  const clients = new Map<string, HttpClient>();
  const clientFor = (token = ''): HttpClient => {
    let client = clients.get(token);
    if (!client) {
      client = createHttpClient({
        service: 'plex.tv',
        baseURL,
        headers: token ? { ...options.headers, 'X-Plex-Token': token } : options.headers,
        secrets: token ? [token] : [],
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      });
      clients.set(token, client);
    }
    return client;
  };

  return {
    baseURL,
    async request(path, init = {}) {
      try {
        const response = await clientFor(init.token).request<unknown>(path, {
          method: init.method ?? 'GET',
          responseType: 'text',
          ...(init.query === undefined ? {} : { query: init.query }),
          ...(init.signal === undefined ? {} : { signal: init.signal }),
        });
        if (response.status === 401) throw plexTvAuthError(path);
        return { status: response.status, body: parseJson(response.data) };
      } catch (error) {
        const hint = 'Check the internet connection (and plex.tv_url if you changed it).';
        throw wrapNetworkError(error, { service: 'plex.tv', url: baseURL, path, hint });
      }
    },
  };
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

function plexTvAuthError(path: string): AuthError {
  return new AuthError(`plex.tv rejected the token (HTTP 401). ${PLEX_TOKEN_HINT}`, {
    service: 'plex.tv',
    status: 401,
    path,
    hint: PLEX_TOKEN_HINT,
  });
}

/** A status plex.tv should not have answered with. */
export function unexpectedStatus(path: string, status: number): ResponseError {
  return new ResponseError(`plex.tv answered HTTP ${status} for ${path}.`, {
    service: 'plex.tv',
    status,
    path,
  });
}
