import { createFetch } from 'ofetch';

/** Result of one attempt: a response with its body text, or a failure before a full response arrived. */
export type AttemptResult =
  | { kind: 'response'; status: number; headers: Headers; text: string }
  | { kind: 'failure'; reason: string; timedOut: boolean; retryable: boolean; cause: unknown };

/** Failures that another attempt cannot fix: a bad certificate, an unknown host name, a malformed URL. */
const PERMANENT = /CERT|SELF_SIGNED|ERR_TLS|ENOTFOUND|ERR_INVALID_URL/i;

/** Everything one attempt needs. */
export interface AttemptInit {
  baseURL: string;
  method: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Sends one attempt. */
export type Transport = (path: string, init: AttemptInit) => Promise<AttemptResult>;

/**
 * Creates the transport: ofetch without its own retries or error throwing (the retry policy is ours),
 * reading every body as text so the client counts bytes and reports unparseable JSON itself.
 * A timeout covers the headers and the body. An abort by the caller rejects with the caller's reason.
 */
export function createTransport(options: { fetch?: typeof fetch; insecureTls?: boolean }): Transport {
  let resolved: Promise<{ call: ReturnType<typeof createFetch>; extra: Record<string, unknown> }> | undefined;
  const setup = () => {
    resolved ??= resolveFetch(options);
    return resolved;
  };

  return async (path, init) => {
    const { call, extra } = await setup();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('The request timed out', 'TimeoutError'));
    }, init.timeoutMs);
    const onAbort = () => controller.abort(init.signal?.reason);
    init.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await call.raw<string, 'text'>(path, {
        ...extra,
        baseURL: init.baseURL,
        method: init.method,
        query: init.query,
        headers: init.headers,
        body: init.body as BodyInit | Record<string, unknown> | undefined,
        signal: controller.signal,
        responseType: 'text',
        ignoreResponseError: true,
        retry: false,
      });
      const text = typeof response._data === 'string' ? response._data : '';
      return { kind: 'response', status: response.status, headers: response.headers, text };
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason;
      const reason = timedOut ? 'timed out' : describeFailure(error);
      return {
        kind: 'failure',
        reason,
        timedOut,
        retryable: timedOut || !PERMANENT.test(reason),
        cause: error,
      };
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', onAbort);
    }
  };
}

async function resolveFetch(options: { fetch?: typeof fetch; insecureTls?: boolean }) {
  const extra: Record<string, unknown> = {};
  let fetchImpl: typeof fetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  if (options.insecureTls) {
    // undici's own fetch with its own Agent: a dispatcher from another undici copy may not fit the
    // fetch bundled in a newer Node. A caller-supplied fetch gets the dispatcher and may honour it.
    const undici = await import('undici');
    extra.dispatcher = new undici.Agent({ connect: { rejectUnauthorized: false } });
    if (!options.fetch) fetchImpl = undici.fetch as unknown as typeof fetch;
  }
  return { call: createFetch({ fetch: fetchImpl }), extra };
}

/** A short reason such as `ECONNREFUSED` or `certificate has expired`, from fetch's nested causes. */
export function describeFailure(error: unknown): string {
  let current: unknown = error;
  let message = 'network error';
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    if (current.message && !/fetch failed|\[\w+\]/i.test(current.message)) message = current.message;
    current = current.cause;
  }
  return message;
}
