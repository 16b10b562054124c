import { ComplexionistError, isComplexionistError, type ServiceName } from '../errors.js';
import type { ReportStatus } from '../report.js';
import type { ScanPhase } from '../scan-types.js';
import { SERVICE_LABELS } from '../service-labels.js';

/**
 * A phase of a scan fails when more than this share of its items could not be looked up (docs/spec.md §9: a
 * service that could not answer never gives an all-clear). At or below it the report is `partial`: every
 * failed item is a warning and the rest of the report is exact.
 */
export const FAILED_SHARE = 0.5;

const NOUNS: Partial<Record<ScanPhase, string>> = {
  libraries: 'library listings',
  movies: 'movie lookups',
  collections: 'collection lookups',
  episodes: 'show checks',
};

/**
 * A scan half that could not be made because a service answered too few of its lookups. Its kind is
 * `connection` (exit 3, a failed server job): the service, not the user's input, is at fault.
 */
export class ScanFailedError extends ComplexionistError {
  /** The half that failed. */
  readonly scan: 'movies' | 'episodes';
  constructor(
    scan: 'movies' | 'episodes',
    message: string,
    context: { service?: ServiceName; hint: string; cause: unknown },
  ) {
    super('connection', message, context);
    this.name = 'ScanFailedError';
    this.scan = scan;
  }
}

/** Counts the items of each phase and the ones that failed; decides `complete`, `partial` or failed. */
export interface FailureShare {
  /** Settles the phase counted so far (see {@link verdict}) and starts counting a phase of `total` items. */
  start(phase: ScanPhase, total: number): void;
  /** An item of the current phase that needed no lookup (no id, excluded): it cannot fail. */
  skip(): void;
  /**
   * Records a failed item of the current phase (each item counts once). Throws a {@link ScanFailedError}
   * as soon as more than {@link FAILED_SHARE} of the phase has failed: the verdict cannot change, and the
   * rest would only wait on the same failing service.
   */
  fail(item: string, error: unknown): void;
  /** A lookup failed that does not count towards failing the phase: the report becomes `partial`. */
  degrade(): void;
  /**
   * Throws a {@link ScanFailedError} when more than {@link FAILED_SHARE} of the current phase failed
   * (items found to need no lookup after a failure may tip it); else `partial` when any lookup failed,
   * `complete` when none did.
   */
  verdict(): ReportStatus;
}

/** Creates the failure counter of one scan half. */
export function createFailureShare(scan: 'movies' | 'episodes'): FailureShare {
  let phase: ScanPhase = 'libraries';
  let total = 0;
  let failedItems = new Set<string>();
  let anyFailed = false;
  let lastError: unknown;
  const settle = (): void => {
    if (failedItems.size > total * FAILED_SHARE) {
      throw failure(scan, phase, failedItems.size, total, lastError);
    }
  };
  return {
    start(next, count) {
      settle();
      phase = next;
      total = count;
      failedItems = new Set();
    },
    skip() {
      total = Math.max(0, total - 1);
    },
    fail(item, error) {
      anyFailed = true;
      lastError = error;
      failedItems.add(item);
      settle();
    },
    degrade() {
      anyFailed = true;
    },
    verdict() {
      settle();
      return anyFailed ? 'partial' : 'complete';
    },
  };
}

function failure(
  scan: 'movies' | 'episodes',
  phase: ScanPhase,
  failed: number,
  total: number,
  error: unknown,
): ScanFailedError {
  const service = isComplexionistError(error) ? error.service : undefined;
  const who = service ? SERVICE_LABELS[service] : 'A service';
  const noun = NOUNS[phase] ?? 'lookups';
  const share = failed >= total ? `any of the ${total}` : `more than half of the ${total}`;
  const reason = error instanceof Error ? error.message : String(error);
  return new ScanFailedError(
    scan,
    `The ${scan === 'movies' ? 'movie' : 'episode'} scan failed: ${who} could not answer ${share} ${noun} (${failed} failed), so no report was made: it would leave out whatever those lookups would have found. Last error: ${reason}`,
    {
      ...(service && { service }),
      hint: `Check that ${service ? SERVICE_LABELS[service] : 'the service'} is up and answering, then scan again. A scan fails when more than ${FAILED_SHARE * 100} % of a phase's lookups fail; fewer failures give a partial report with a warning for each.`,
      cause: error,
    },
  );
}
