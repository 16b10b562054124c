import type { Rng } from '../prng.js';

const ADJECTIVES = [
  'Silent',
  'Crimson',
  'Hidden',
  'Broken',
  'Golden',
  'Last',
  'Northern',
  'Iron',
  'Velvet',
  'Wild',
  'Distant',
  'Electric',
  'Frozen',
  'Lonely',
  'Burning',
  'Secret',
  'Hollow',
  'Midnight',
  'Paper',
  'Glass',
  'Emerald',
  'Rogue',
  'Quiet',
  'Savage',
  'Lucky',
  'Scarlet',
  'Endless',
  'Fallen',
  'Bright',
  'Shadow',
];
const NOUNS = [
  'Harbor',
  'Empire',
  'Garden',
  'Signal',
  'Frontier',
  'River',
  'Kingdom',
  'Station',
  'Orchard',
  'Machine',
  'Canyon',
  'Protocol',
  'Lantern',
  'Voyage',
  'Circuit',
  'Meridian',
  'Citadel',
  'Horizon',
  'Archive',
  'Summit',
  'Island',
  'Tide',
  'Engine',
  'Crown',
  'Valley',
  'Compass',
  'Mirror',
  'Falcon',
  'Tower',
  'Academy',
];
const EPISODE_WORDS = [
  'Arrival',
  'Reckoning',
  'Crossroads',
  'Homecoming',
  'Pilot',
  'Fault Lines',
  'The Deal',
  'Aftermath',
  'Lockdown',
  'Undertow',
  'Old Friends',
  'Exit Strategy',
  'Blackout',
  'First Light',
  'Loose Ends',
  'The Visit',
  'Checkmate',
  'Second Chances',
  'Wildfire',
  'Ghosts',
];

/** Two-word title such as "Silent Harbor". */
export function title(rng: Rng): string {
  return `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
}

/** Titles handed out so far, per two-word base. */
export type TitlePool = Map<string, number>;

/** A title unique within `pool`: repeats of a base get a suffix ("Silent Harbor (3)"). */
export function uniqueTitle(rng: Rng, pool: TitlePool): string {
  const base = title(rng);
  const n = (pool.get(base) ?? 0) + 1;
  pool.set(base, n);
  return n === 1 ? base : `${base} (${n})`;
}

/** Episode title; the number keeps titles distinct within a show. */
export function episodeTitle(rng: Rng, absolute: number): string {
  return `${rng.pick(EPISODE_WORDS)} (${absolute})`;
}

const DAY = 86_400_000;

const dayNames = new Map<number, string>();

/** `YYYY-MM-DD` of `days` days after the UTC day of `nowMs` (negative = before). Memoised: it is hot. */
export function dayFrom(nowMs: number, days: number): string {
  const day = Math.floor(nowMs / DAY) + days;
  let name = dayNames.get(day);
  if (name === undefined) {
    name = new Date(day * DAY).toISOString().slice(0, 10);
    dayNames.set(day, name);
  }
  return name;
}

/** In-place Fisher–Yates shuffle driven by `rng`. */
export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** `tt` + seven or more digits, derived from a number. */
export function imdbId(n: number): string {
  return `tt${String(n).padStart(7, '0')}`;
}
