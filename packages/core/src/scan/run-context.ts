import type { CacheTtls } from '../options.js';
import type { CacheStore } from '../ports.js';
import { resolveCacheTtls } from '../resolve-options.js';
import type { ScanPhase, ScanRunOptions } from '../scan-types.js';
import { createLookup, type Lookup } from './cached-lookup.js';
import { createWarnings, itemFailure } from './item-errors.js';
import { createLimiter } from './limiter.js';
import { createReach, type Reach } from './reach.js';
import type { NoLibraryOfType } from './sections.js';

/** Default number of port calls in flight. */
export const DEFAULT_CONCURRENCY = 16;

/** Port calls in flight for a requested `concurrency`: at least one, {@link DEFAULT_CONCURRENCY} by default. */
export function concurrencyOf(requested: number | undefined): number {
  return Math.max(1, Math.floor(requested ?? DEFAULT_CONCURRENCY));
}

/** Shared plumbing of one scan run. */
export interface RunContext {
  now: Date;
  signal: AbortSignal | undefined;
  concurrency: number;
  ttls: CacheTtls;
  lookup: Lookup;
  warnings: ReturnType<typeof createWarnings>;
  /** Which watched services have answered in this scan (a never-reached one stops it). */
  reach: Reach;
  whenNoLibraryOfType: NoLibraryOfType;
  /**
   * Records the failure of one item as a report warning, or rethrows it when it must stop the scan (see
   * {@link itemFailure}: aborts, bad credentials or settings, a service never reached).
   */
  itemFailed(error: unknown, what: { item: string; service: string; action: string }): void;
  progress(phase: ScanPhase, done: number, total: number): void;
}

/** Builds the plumbing of a scan from its run options. */
export function createRunContext(
  scan: 'movies' | 'episodes',
  run: ScanRunOptions,
  cache: CacheStore | undefined,
): RunContext {
  if (!(run.now instanceof Date) || Number.isNaN(run.now.getTime())) {
    throw new TypeError('scan options need `now`, a valid Date');
  }
  const concurrency = concurrencyOf(run.concurrency);
  const warnings = createWarnings();
  const reach = createReach();
  const lookup = createLookup({
    cache,
    readCache: run.readCache ?? true,
    limiter: createLimiter(concurrency),
    onCacheError: (error) =>
      warnings.add({
        code: 'cache-error',
        message: `The cache failed and was bypassed for the rest of this scan: ${error instanceof Error ? error.message : String(error)}`,
      }),
  });
  return {
    now: run.now,
    signal: run.signal,
    concurrency,
    ttls: resolveCacheTtls(run.cacheTtls),
    lookup,
    warnings,
    reach,
    whenNoLibraryOfType: run.whenNoLibraryOfType ?? 'error',
    itemFailed(error, what) {
      warnings.add(itemFailure(error, { ...what, signal: run.signal, reach }));
    },
    progress(phase, done, total) {
      run.onProgress?.({ scan, phase, done, total });
    },
  };
}
