import type { CacheTtls } from '../options.js';
import type { CacheStore } from '../ports.js';
import { resolveCacheTtls } from '../resolve-options.js';
import type { ScanPhase, ScanRunOptions } from '../scan-types.js';
import { createLookup, type Lookup, type LookupContext } from './cached-lookup.js';
import { createFailureShare, type FailureShare } from './failure-share.js';
import { type FreshnessOptions, resolveFreshness } from './freshness-options.js';
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
  /** How cached answers are kept fresh (jitter, feeds, skipping listed movies). */
  freshness: FreshnessOptions;
  /** `freshness.jitter`, the share of each TTL jitter may take off. */
  jitter: number;
  lookup: Lookup;
  warnings: ReturnType<typeof createWarnings>;
  /** Which watched services have answered in this scan (a never-reached one stops it). */
  reach: Reach;
  whenNoLibraryOfType: NoLibraryOfType;
  /** Counts each phase's items and failures: the report's status, and the point where the scan fails. */
  share: FailureShare;
  /**
   * Records the failure of one item as a report warning, or rethrows it when it must stop the scan (see
   * {@link itemFailure}: aborts, bad credentials or settings, a service never reached), or throws a
   * `ScanFailedError` once more than half of the current phase has failed. With `counted: false` the
   * failure only degrades the item (a side lookup, e.g. a show's second id): it makes the report
   * `partial` but does not count towards failing the phase.
   */
  itemFailed(
    error: unknown,
    what: { item: string; service: string; action: string },
    counted?: boolean,
  ): void;
  progress(phase: ScanPhase, done: number, total: number): void;
}

/** Builds the plumbing of a scan from its run options. */
export function createRunContext(
  scan: 'movies' | 'episodes',
  run: ScanRunOptions,
  cache: CacheStore | undefined,
  isStale?: LookupContext['isStale'],
): RunContext {
  if (!(run.now instanceof Date) || Number.isNaN(run.now.getTime())) {
    throw new TypeError('scan options need `now`, a valid Date');
  }
  const concurrency = concurrencyOf(run.concurrency);
  const warnings = createWarnings();
  const reach = createReach();
  const share = createFailureShare(scan);
  const freshness = resolveFreshness(run.freshness);
  const lookup = createLookup({
    cache,
    jitter: freshness.jitter,
    ...(isStale && { isStale }),
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
    freshness,
    jitter: freshness.jitter,
    lookup,
    warnings,
    reach,
    whenNoLibraryOfType: run.whenNoLibraryOfType ?? 'error',
    share,
    itemFailed(error, what, counted = true) {
      warnings.add(itemFailure(error, { ...what, signal: run.signal, reach }));
      if (counted) share.fail(what.item, error);
      else share.degrade();
    },
    progress(phase, done, total) {
      run.onProgress?.({ scan, phase, done, total });
    },
  };
}
