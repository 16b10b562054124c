import { isAbortError, isComplexionistError } from '../errors.js';
import type { ReportWarning } from '../report.js';
import type { Reach } from './reach.js';

const CODES: Record<string, string> = {
  response: 'malformed-response',
  connection: 'connection-error',
  'rate-limit': 'rate-limited',
  'not-found': 'not-found',
};

/**
 * Turns a failure of one item into a report warning, or rethrows it when it must stop the scan: an abort
 * (rethrown as the signal's reason), an {@link AuthError} or a {@link ConfigError} (every later call would fail
 * the same way), or
 * a failure to reach a service that has not answered once in this scan (`reach`): every other item would
 * fail the same way, and a report of nothing missing would be false.
 */
export function itemFailure(
  error: unknown,
  context: {
    item: string;
    service: string;
    action: string;
    signal?: AbortSignal | undefined;
    reach?: Pick<Reach, 'neverReached'>;
  },
): ReportWarning {
  if (context.signal?.aborted) throw context.signal.reason;
  if (isAbortError(error)) throw error;
  // Bad credentials or a missing setting would fail every later item the same way.
  if (isComplexionistError(error) && (error.kind === 'auth' || error.kind === 'config')) throw error;
  if (context.reach?.neverReached(error)) throw error;
  const kind = isComplexionistError(error) ? error.kind : 'unexpected';
  const reason = error instanceof Error ? error.message : String(error);
  const gone = isComplexionistError(error) && error.status === 404;
  return {
    code: gone ? 'not-found' : (CODES[kind] ?? 'lookup-failed'),
    message: `${context.action} ${context.item} failed (${context.service}): ${reason}`,
    service: context.service,
    item: context.item,
  };
}

/** Collects warnings, dropping exact repeats (many movies can share one failing collection). */
export function createWarnings(): { list: ReportWarning[]; add(warning: ReportWarning): void } {
  const list: ReportWarning[] = [];
  const seen = new Set<string>();
  return {
    list,
    add(warning) {
      const key = `${warning.code}\u0000${warning.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push(warning);
    },
  };
}
