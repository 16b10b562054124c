/** Helpers of the fake TMDB: route kinds, the configuration body, JSON text assembly. */

/** `/configuration` body (api-notes §3.9). */
export const CONFIGURATION = {
  images: {
    base_url: 'http://image.tmdb.org/t/p/',
    secure_base_url: 'https://image.tmdb.org/t/p/',
    backdrop_sizes: ['w300', 'w780', 'w1280', 'original'],
    logo_sizes: ['w45', 'w92', 'w154', 'w185', 'w300', 'w500', 'original'],
    poster_sizes: ['w92', 'w154', 'w185', 'w342', 'w500', 'w780', 'original'],
    profile_sizes: ['w45', 'w185', 'h632', 'original'],
    still_sizes: ['w92', 'w185', 'w300', 'original'],
  },
  change_keys: ['title', 'release_dates', 'belongs_to_collection'],
};

/** Caches a JSON text per key; bodies are built once and reused for every later request. */
export function memo<K>(build: (key: K) => string | undefined) {
  const cache = new Map<K, string | undefined>();
  return (key: K): string | undefined => {
    if (!cache.has(key)) cache.set(key, build(key));
    return cache.get(key);
  };
}

/** `{...base,"extra":...}` without parsing `base` again. */
export function withAppended(base: string, extras: [string, string][]): string {
  if (extras.length === 0) return base;
  return `${base.slice(0, -1)},${extras.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}

/** Route kind of a `/3/...` path, for the request counters. */
export function routeOf(parts: string[] | undefined): string {
  if (!parts) return 'other';
  const [first, , sub] = parts;
  if (first === 'configuration' && parts.length === 1) return 'configuration';
  if ((first === 'movie' || first === 'collection' || first === 'find') && parts.length === 2) return first;
  if (first === 'tv' && parts.length === 2) return 'tv';
  if (first === 'tv' && sub === 'season' && parts.length === 4) return 'tvSeason';
  if (first === 'tv' && sub === 'external_ids' && parts.length === 3) return 'tvExternalIds';
  return 'other';
}
