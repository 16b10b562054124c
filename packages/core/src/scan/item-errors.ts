import { isAbortError, isComplexionistError } from '../errors.js';
import type { ReportWarning } from '../report.js';

const CODES: Record<string, string> = {
  response: 'malformed-response',
  connection: 'connection-error',
  'rate-limit': 'rate-limited',
  'not-found': 'not-found',
};

/**
 * Turns a failure of one item into a report warning, or rethrows it when it must stop the scan: an abort
 * (rethrown as the signal's reason) or an {@link AuthError} (bad credentials fail every later call too).
 */
export function itemFailure(
  error: unknown,
  context: { item: string; service: string; action: string; signal?: AbortSignal | undefined },
): ReportWarning {
  if (context.signal?.aborted) throw context.signal.reason;
  if (isAbortError(error)) throw error;
  if (isComplexionistError(error) && error.kind === 'auth') throw error;
  const kind = isComplexionistError(error) ? error.kind : 'unexpected';
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: CODES[kind] ?? 'lookup-failed',
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
