import type { Rng } from '../prng.js';

/** Where a show's reference list comes from, per its effective Plex ordering. */
export interface Ordering {
  /** The value Plex carries (`tvdbAiring`, `aired`, `dvd`, `tmdbAiring`, …). */
  plex: string;
  /** Current-vocabulary name. */
  name: 'tvdbAiring' | 'tvdbDvd' | 'tvdbAbsolute' | 'tmdbAiring';
  source: 'tvdb' | 'tmdb';
}

const NAMES: Record<string, Ordering['name']> = {
  tvdbAiring: 'tvdbAiring',
  aired: 'tvdbAiring',
  tvdbDvd: 'tvdbDvd',
  dvd: 'tvdbDvd',
  tvdbAbsolute: 'tvdbAbsolute',
  absolute: 'tvdbAbsolute',
  tmdbAiring: 'tmdbAiring',
};

/** Resolves a show's effective ordering: its override when set and non-empty, else the library default. */
export function effectiveOrdering(override: string | undefined, libraryDefault: string): Ordering {
  const plex = override ? override : libraryDefault;
  const name = NAMES[plex] ?? 'tvdbAiring';
  return { plex, name, source: name === 'tmdbAiring' ? 'tmdb' : 'tvdb' };
}

/** The show sections of a generated world. */
export const SHOW_SECTIONS = [
  {
    key: '2',
    title: 'TV Shows',
    showOrdering: 'tvdbAiring',
    folder: 'tv',
    agent: 'tv.plex.agents.series',
    scanner: 'Plex TV Series',
  },
  {
    key: '4',
    title: 'Kids TV',
    showOrdering: 'tmdbAiring',
    folder: 'kids-tv',
    agent: 'tv.plex.agents.series',
    scanner: 'Plex TV Series',
  },
  {
    key: '6',
    title: 'Anime',
    showOrdering: 'aired',
    folder: 'anime',
    agent: 'com.plexapp.agents.hama',
    scanner: 'Plex Series Scanner',
  },
] as const;

/** Section index (into SHOW_SECTIONS) and per-show override; big shows avoid TMDB ordering. */
export function pickPlacement(rng: Rng, big: boolean): { section: number; override: string | undefined } {
  const r = rng.next();
  const section = big ? (r < 0.7 ? 0 : 2) : r < 0.65 ? 0 : r < 0.9 ? 1 : 2;
  const o = rng.next();
  if (section === 1)
    return { section, override: o < 0.1 ? 'tvdbAiring' : o < 0.15 ? 'tvdbDvd' : o < 0.2 ? '' : undefined };
  if (section === 2 && o < 0.4) return { section, override: rng.pick(['absolute', 'tvdbAbsolute']) };
  if (o < 0.08) return { section, override: rng.pick(['dvd', 'tvdbDvd']) };
  if (o < 0.11) return { section, override: rng.pick(['absolute', 'tvdbAbsolute']) };
  if (o < 0.17 && !big) return { section, override: 'tmdbAiring' };
  if (o < 0.2) return { section, override: '' };
  return { section, override: undefined };
}

/** Season sizes for `total` regular episodes; TMDB-ordered shows keep ≤ 18 seasons (one TMDB call). */
export function seasonSizes(rng: Rng, total: number, big: boolean, tmdb: boolean): number[] {
  let per = big ? rng.int(20, 40) : rng.pick([6, 8, 10, 13, 22, 24]);
  if (tmdb && Math.ceil(total / per) > 18) per = Math.ceil(total / 18);
  const seasons = Math.max(1, Math.ceil(total / per));
  return Array.from({ length: seasons }, (_, i) => (i < seasons - 1 ? per : total - per * (seasons - 1)));
}

/** Regular-episode counts per show: a few long runners over 500, the rest sharing the budget. */
export function episodeBudget(
  rng: Rng,
  shows: number,
  episodes: number,
): { sizes: number[]; big: boolean[] } {
  const bigCount = shows >= 5 ? Math.floor(Math.min(shows * 0.02, (episodes * 0.3) / 800)) : 0;
  const big = Array.from({ length: shows }, (_, i) => i < bigCount);
  const bigSizes = big.map((b) => (b ? rng.int(520, 1100) : 0));
  const budget = Math.max(shows * 3, episodes / 0.85 - bigSizes.reduce((a, b) => a + b, 0));
  const weights = big.map((b) => (b ? 0 : 0.2 + rng.next() ** 2));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  return {
    sizes: big.map((b, i) => (b ? bigSizes[i]! : Math.max(2, Math.round((budget * weights[i]!) / sum)))),
    big,
  };
}
