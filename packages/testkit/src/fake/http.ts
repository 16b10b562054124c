import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fake's handler sees of a request. */
export interface FakeRequest {
  method: string;
  /** Path without the query string, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Request body as text (empty for GET). */
  body: string;
}

/** A fake's answer; `route` names the kind of request for the counters. */
export interface FakeReply {
  status: number;
  route: string;
  body: string;
  headers?: Record<string, string>;
}

/**
 * An injected failure: every request whose path contains `path` (every request without one) is answered
 * `status` with a JSON error body instead of reaching the handler, like a service that is up but broken.
 */
export interface FakeFault {
  status: number;
  /** A substring of the request path, e.g. `/login`; absent = every request. */
  path?: string;
  /** Seconds for a `Retry-After` header (with a 429 or 503). */
  retryAfter?: number;
}

function faultReply(fault: FakeFault): FakeReply {
  return {
    status: fault.status,
    route: 'fault',
    body: JSON.stringify({ status: fault.status, message: 'injected fault' }),
    headers: {
      'Content-Type': 'application/json',
      ...(fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }),
    },
  };
}

/** A handler receives the request; it is built once the server knows its own base URL. */
export type FakeHandler = (req: FakeRequest) => FakeReply;

/** Requests a fake received, in total and per route kind. */
export interface RouteCounts {
  total: number;
  byRoute: Record<string, number>;
}

/** A listening fake. */
export interface RunningFake {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  counts(): RouteCounts;
  resetCounts(): void;
  close(): Promise<void>;
}

/** A fake that throws answers 500 instead of leaving the client hanging (a bug here must be loud). */
function safely(handler: FakeHandler, req: FakeRequest): FakeReply {
  try {
    return handler(req);
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return {
      status: 500,
      route: 'error',
      body: `testkit fake failed: ${text}`,
      headers: { 'Content-Type': 'text/plain' },
    };
  }
}

/** The UTC day (YYYY-MM-DD) of the world's `now`, or of the clock when the world has none. */
export function worldDay(world: { now?: string }): string {
  return (world.now === undefined ? new Date() : new Date(world.now)).toISOString().slice(0, 10);
}

/** Creates an empty counter (exported for the services that keep extra counters). */
export function emptyCounts(): RouteCounts {
  return { total: 0, byRoute: {} };
}

/**
 * Starts a keep-alive friendly `node:http` server on `host` (ephemeral port). Each reply is sent
 * `latencyMs` after the request arrived, which models a remote service without blocking others.
 */
export async function startFake(
  makeHandler: (origin: string) => FakeHandler,
  options: { latencyMs?: number; host?: string; fault?: () => FakeFault | undefined } = {},
): Promise<RunningFake> {
  const latency = options.latencyMs ?? 0;
  let counts = emptyCounts();
  let handler: FakeHandler | undefined;
  // Replies still waiting out their latency; dropped on close so a long latency never outlives the fake.
  const waiting = new Set<ReturnType<typeof setTimeout>>();
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const respond = (body: string): void => {
      const path = q < 0 ? url : url.slice(0, q);
      const fault = options.fault?.();
      const reply =
        fault && (fault.path === undefined || path.includes(fault.path))
          ? faultReply(fault)
          : safely(handler!, {
              method: req.method ?? 'GET',
              path,
              query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)),
              headers: req.headers,
              body,
            });
      counts.total++;
      counts.byRoute[reply.route] = (counts.byRoute[reply.route] ?? 0) + 1;
      const send = (): void => {
        res.writeHead(reply.status, { 'Content-Length': Buffer.byteLength(reply.body), ...reply.headers });
        res.end(reply.body);
      };
      if (latency <= 0) {
        send();
        return;
      }
      const timer = setTimeout(() => {
        waiting.delete(timer);
        send();
      }, latency);
      waiting.add(timer);
    };
    if (req.method === 'GET' || req.method === 'HEAD') {
      req.resume();
      respond('');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => respond(Buffer.concat(chunks).toString('utf8')));
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  handler = makeHandler(origin);
  return {
    origin,
    counts: () => ({ total: counts.total, byRoute: { ...counts.byRoute } }),
    resetCounts: () => {
      counts = emptyCounts();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of waiting) clearTimeout(timer);
        waiting.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A JSON reply. */
export function json(
  status: number,
  route: string,
  body: unknown,
  contentType = 'application/json',
): FakeReply {
  return {
    status,
    route,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': contentType },
  };
}

/** First value of a header (node gives arrays for repeated headers). */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The token of an `Authorization: Bearer <token>` header, if any. */
export function bearer(headers: IncomingHttpHeaders): string | undefined {
  const value = header(headers, 'authorization');
  return value?.startsWith('Bearer ') ? value.slice(7) : undefined;
}

/** Path segments after `prefix`, decoded; undefined when the path does not start with it. */
export function segments(path: string, prefix: string): string[] | undefined {
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return undefined;
  return path
    .slice(prefix.length)
    .split('/')
    .filter((s) => s !== '')
    .map(safeDecode);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
