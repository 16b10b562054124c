/**
 * How long cached answers are trusted (issue 19): every entry's lifetime is shortened by a fraction fixed
 * by its key, so the entries one cold scan wrote expire over several days instead of all at once.
 */

/** Share of a lifetime that jitter may take off (0 = every entry lives its full TTL). */
export const DEFAULT_JITTER = 0.5;

/** FNV-1a of `text` as a fraction in [0, 1): the same key always draws the same share. */
export function keyFraction(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/**
 * Seconds an entry of `key` is kept when its TTL is `hours`: between `(1 − jitter) × hours` and `hours`,
 * never longer, so a freshness promise built on the TTL still holds. 0 (do not cache) stays 0.
 */
export function jitteredSeconds(hours: number, key: string, jitter: number): number {
  if (!(hours > 0)) return 0;
  const share = Math.min(1, Math.max(0, jitter));
  return Math.max(1, Math.round(hours * 3600 * (1 - share * keyFraction(key))));
}
