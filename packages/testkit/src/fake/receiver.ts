import { type FakeReply, type FakeRequest, startFake } from './http.js';

/** A scripted answer of a {@link startReceiver} (after the script runs out it answers 204). */
export interface ReceiverReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** A local stand-in for a webhook, Discord, ntfy or Gotify endpoint that records what it receives. */
export interface RunningReceiver {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  /** Every request received, oldest first. */
  requests: FakeRequest[];
  /** The bodies received, parsed as JSON when they are JSON. */
  bodies(): unknown[];
  /** Queues answers for the next requests (e.g. a 429, then a 503). */
  reply(...replies: ReceiverReply[]): void;
  close(): Promise<void>;
}

/**
 * Starts a receiver on 127.0.0.1 (ephemeral port) for notification tests: it keeps every request and answers
 * from a script, then `204 No Content` (as a Discord webhook does without `wait`).
 */
export async function startReceiver(): Promise<RunningReceiver> {
  const requests: FakeRequest[] = [];
  const script: ReceiverReply[] = [];
  const fake = await startFake(() => (req): FakeReply => {
    requests.push(req);
    const next = script.shift() ?? { status: 204 };
    return { status: next.status, route: 'notify', body: next.body ?? '', headers: next.headers ?? {} };
  });
  return {
    origin: fake.origin,
    requests,
    bodies: () =>
      requests.map((req) => {
        try {
          return JSON.parse(req.body) as unknown;
        } catch {
          return req.body;
        }
      }),
    reply: (...replies) => {
      script.push(...replies);
    },
    close: () => fake.close(),
  };
}
