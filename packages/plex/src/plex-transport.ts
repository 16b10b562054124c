import { ResponseError } from '@complexionist/core';
import { createHttpClient, type HttpClient, type HttpStats, validateBody } from '@complexionist/http';
import type * as v from 'valibot';
import { enrichPlexError, notPlexError, plexAuthError } from './plex-errors.js';

/** Options of one GET against Plex. */
export interface PlexGetInit {
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Builds the error for a 404 (e.g. naming the section); defaults to a generic one. */
  notFound?: () => Error;
}

/** GETs Plex JSON, maps statuses to ComPlexionist errors and checks the `MediaContainer` with a schema. */
export interface PlexTransport {
  readonly url: string;
  get<S extends v.GenericSchema>(schema: S, path: string, init?: PlexGetInit): Promise<v.InferOutput<S>>;
  stats(): HttpStats;
}

/** Options of {@link createPlexTransport}. */
export interface PlexTransportOptions {
  url: string;
  headers: Record<string, string>;
  secrets: string[];
  timeoutMs?: number | undefined;
  retries?: number | undefined;
  insecureTls?: boolean | undefined;
  fetch?: typeof fetch | undefined;
  /** The setting holding `url`, named by connection errors. @default 'plex.url' */
  setting?: string | undefined;
}

/** Reads the body as JSON and returns its `MediaContainer`, or undefined when it is not Plex JSON. */
export function mediaContainer(data: unknown): unknown {
  let body = data;
  if (typeof data === 'string') {
    try {
      body = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  const container = (body as { MediaContainer?: unknown } | null)?.MediaContainer;
  return typeof container === 'object' && container !== null ? container : undefined;
}

/** Creates the Plex transport over `@complexionist/http`. */
export function createPlexTransport(options: PlexTransportOptions): PlexTransport {
  const { url } = options;
  const http: HttpClient = createHttpClient({
    service: 'plex',
    baseURL: url,
    headers: options.headers,
    secrets: options.secrets,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
    ...(options.insecureTls === undefined ? {} : { insecureTls: options.insecureTls }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  return {
    url,
    stats: () => http.stats(),
    async get(schema, path, init = {}) {
      let response: Awaited<ReturnType<HttpClient['request']>>;
      try {
        response = await http.request<unknown>(path, {
          responseType: 'text',
          ...(init.query === undefined ? {} : { query: init.query }),
          ...(init.headers === undefined ? {} : { headers: init.headers }),
          ...(init.signal === undefined ? {} : { signal: init.signal }),
        });
      } catch (error) {
        throw enrichPlexError(error, url, path, options.setting);
      }
      const { status } = response;
      if (status === 401 || status === 403) throw plexAuthError(url, status, path);
      if (status === 404) {
        throw (
          init.notFound?.() ??
          new ResponseError(`Plex has nothing at ${path} (HTTP 404).`, plexCtx(404, path))
        );
      }
      if (status >= 300) {
        throw new ResponseError(`Plex answered HTTP ${status} for ${path}.`, plexCtx(status, path));
      }
      const container = mediaContainer(response.data);
      if (container === undefined) throw notPlexError(url, path, status);
      return validateBody(schema, container, { service: 'plex', path, status, at: 'MediaContainer' });
    },
  };
}

function plexCtx(status: number, path: string) {
  return { service: 'plex' as const, status, path };
}
