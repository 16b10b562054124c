/** Options of {@link createAuthLimiter}. */
export interface AuthLimiterOptions {
  /** Milliseconds since the epoch. @default Date.now */
  now?: () => number;
  /** Wrong keys in a row an address may send before it is locked out. @default 5 */
  maxFailures?: number;
  /** The first lockout; each wrong key after it doubles the next one. @default 60_000 */
  lockMs?: number;
  /** The longest lockout. @default 900_000 (15 minutes) */
  maxLockMs?: number;
  /** Addresses remembered at most (the oldest is forgotten first). @default 10_000 */
  maxAddresses?: number;
}

/** Slows down guessing the API key: counts wrong keys per client address and locks an address out. */
export interface AuthLimiter {
  /** Seconds the address must still wait, or 0 when it may try a key. */
  retryAfter(address: string): number;
  /** Records a wrong key; returns the seconds of the lockout it caused, or 0. */
  failed(address: string): number;
  /** Records the right key: the address starts again with a clean slate. */
  succeeded(address: string): void;
}

interface Attempts {
  failures: number;
  lockedUntil: number;
}

/**
 * Per-address lockout: after `maxFailures` wrong keys in a row an address gets 429 for `lockMs`, doubling with
 * every further wrong key up to `maxLockMs`. While locked out even the right key is refused, so a guesser
 * learns nothing; the right key afterwards clears the count.
 */
export function createAuthLimiter(options: AuthLimiterOptions = {}): AuthLimiter {
  const now = options.now ?? Date.now;
  const maxFailures = options.maxFailures ?? 5;
  const lockMs = options.lockMs ?? 60_000;
  const maxLockMs = options.maxLockMs ?? 900_000;
  const maxAddresses = options.maxAddresses ?? 10_000;
  const records = new Map<string, Attempts>();
  const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

  return {
    retryAfter(address) {
      const left = (records.get(address)?.lockedUntil ?? 0) - now();
      return left > 0 ? seconds(left) : 0;
    },
    failed(address) {
      const record = records.get(address) ?? { failures: 0, lockedUntil: 0 };
      records.delete(address); // re-inserted last: the map stays ordered by last failure
      record.failures += 1;
      const over = record.failures - maxFailures;
      if (over >= 0) record.lockedUntil = now() + Math.min(maxLockMs, lockMs * 2 ** Math.min(over, 20));
      records.set(address, record);
      if (records.size > maxAddresses) records.delete(records.keys().next().value as string);
      return over >= 0 ? seconds(record.lockedUntil - now()) : 0;
    },
    succeeded(address) {
      records.delete(address);
    },
  };
}
