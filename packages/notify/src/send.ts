import { createRedactor, isAbortError, isComplexionistError } from '@complexionist/core';
import { createHttpClient, parseRetryAfter } from '@complexionist/http';
import { discordNotifier } from './discord.js';
import { gotifyNotifier } from './gotify.js';
import { ntfyNotifier } from './ntfy.js';
import type { MessageContext, Notifier, NotifyEvent, SendResult, Target } from './types.js';
import { webhookNotifier } from './webhook.js';

const NOTIFIERS: Record<Target['type'], Notifier> = {
  webhook: webhookNotifier,
  discord: discordNotifier,
  ntfy: ntfyNotifier,
  gotify: gotifyNotifier,
};

/** Where notify writes what happened (lines never hold a secret). */
export interface NotifyLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Options of {@link sendToTarget} and {@link notifyAll}. */
export interface SendOptions extends MessageContext {
  /** Attempts per target (the first plus retries after a 429, a 5xx or no answer). @default 4 */
  attempts?: number;
  /** First back-off wait; doubles each retry, unless the target sends `Retry-After`. @default 2000 */
  backoffMs?: number;
  /** Longest single wait. @default 60000 */
  maxWaitMs?: number;
  /** Waits between attempts; tests inject one that returns at once. @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
  /** @default global fetch */
  fetch?: typeof fetch;
  /** Time allowed for one attempt. @default 15000 */
  timeoutMs?: number;
  logger?: NotifyLogger;
  /** @default Date.now */
  now?: () => number;
}

/** How a target may be shown: its type, scheme and host (the path and query hold tokens and topics). */
export function describeTarget(target: Target): string {
  try {
    const { protocol, host } = new URL(target.url);
    return `${target.type} ${protocol}//${host}`;
  } catch {
    return target.type;
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A 429 or 5xx is worth another try; any other 4xx (a bad URL, a revoked token) is not.
const retryable = (error: unknown) =>
  isComplexionistError(error) && (error.kind === 'rate-limit' || error.kind === 'connection');

/**
 * Sends one event to one target, retrying a 429, a 5xx or a failure to connect with back-off (honouring a
 * `Retry-After` header). Never throws: the outcome, with a secret-free reason on failure, is the result.
 */
export async function sendToTarget(
  target: Target,
  event: NotifyEvent,
  options: SendOptions = {},
): Promise<SendResult> {
  const shown = describeTarget(target);
  const maxAttempts = Math.max(1, options.attempts ?? 4);
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const request = NOTIFIERS[target.type](target, event, options);
  const url = new URL(request.url);
  const secrets = [target.url, request.url, url.pathname, url.search, target.token ?? ''].filter(
    (s) => s.length >= 4,
  );
  let retryAfter: string | null = null;
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const client = createHttpClient({
    service: 'notify',
    baseURL: url.origin,
    secrets,
    retries: 0, // the loop below retries, with an injectable wait
    timeoutMs: options.timeoutMs ?? 15_000,
    backoff: { maxRetryAfterMs: Number.MAX_SAFE_INTEGER },
    fetch: async (input, init) => {
      const response = await baseFetch(input, init);
      retryAfter = response.headers.get('retry-after');
      return response;
    },
  });
  const query = Object.fromEntries(url.searchParams);
  let error = '';
  let attempts = 0;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    attempts = attempt;
    try {
      const response = await client.request(url.pathname, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        query,
        responseType: 'text',
      });
      if (response.status < 300) {
        options.logger?.info(`Notification ${event.event} sent to ${shown}`);
        return { type: target.type, target: shown, ok: true, attempts: attempt };
      }
      error = `${shown} answered HTTP ${response.status}; check its URL and token under \`notifications:\``;
      break;
    } catch (caught) {
      if (isAbortError(caught)) throw caught;
      error = isComplexionistError(caught) ? `${shown}: ${caught.message}` : `${shown}: ${String(caught)}`;
      if (!retryable(caught) || attempt === maxAttempts) break;
      const base = options.backoffMs ?? 2000;
      const asked = parseRetryAfter(retryAfter, now());
      const wait = Math.min(options.maxWaitMs ?? 60_000, asked ?? base * 2 ** (attempt - 1));
      options.logger?.warn(`Notification to ${shown} failed (attempt ${attempt}); retrying in ${wait} ms`);
      await sleep(wait);
    }
  }
  const message = createRedactor(secrets).redact(error);
  options.logger?.warn(`Notification ${event.event} to ${shown} failed: ${message}`);
  return { type: target.type, target: shown, ok: false, attempts, error: message };
}

/**
 * Sends an event to every target in turn (one message each) and resolves with each outcome. A target that
 * fails is logged and reported in its result; it never stops the others and never throws.
 */
export async function notifyAll(
  targets: readonly Target[],
  event: NotifyEvent,
  options: SendOptions = {},
): Promise<SendResult[]> {
  const results: SendResult[] = [];
  for (const target of targets) {
    if (event.event === 'ScanFailed' && !target.onFailure) continue;
    results.push(await sendToTarget(target, event, options));
  }
  return results;
}
