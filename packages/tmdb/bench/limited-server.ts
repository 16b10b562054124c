import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Options of {@link startLimitedServer}. */
export interface LimitedServerOptions {
  /** Latency of every accepted answer. */
  latencyMs: number;
  /** Accepted requests allowed in any sliding one-second window; more get a 429 with `Retry-After: 1`. */
  perSecond: number;
  /** Answers an accepted request; `undefined` → 404. */
  answer: (url: URL, body: string) => unknown;
}

/**
 * A local HTTP server on 127.0.0.1 that behaves like a rate-limited API: every accepted request is
 * answered after `latencyMs`; a request arriving when `perSecond` requests were already accepted in the
 * last 1000 ms is refused at once with 429, `Retry-After: 1` and TMDB's code-25 body.
 */
export async function startLimitedServer(options: LimitedServerOptions) {
  const accepted: number[] = [];
  const counts = { requests: 0, refused: 0 };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      counts.requests++;
      const now = performance.now();
      while (accepted.length > 0 && accepted[0]! <= now - 1000) accepted.shift();
      res.setHeader('content-type', 'application/json');
      if (accepted.length >= options.perSecond) {
        counts.refused++;
        res.writeHead(429, { 'retry-after': '1' });
        res.end(
          JSON.stringify({
            status_code: 25,
            status_message: 'Your request count is over the allowed limit of 40.',
          }),
        );
        return;
      }
      accepted.push(now);
      const data = options.answer(new URL(req.url ?? '/', 'http://127.0.0.1'), body);
      setTimeout(() => {
        res.writeHead(data === undefined ? 404 : 200);
        res.end(JSON.stringify(data ?? { status_code: 34 }));
      }, options.latencyMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
