/**
 * Compares a `scan --format json` report with the generated ground truth: every collection with its
 * missing films, every show with its missing episodes, and the unmatched items, with no extra and none
 * lacking. Collections and shows are matched by id, so their order in the report does not matter; the
 * order of the missing items inside one does (oldest release first, season/episode order).
 */

const movieLine = (m) => `tmdb ${m.tmdbId} "${m.title}" (${m.year ?? '?'}) ${m.releaseDate ?? 'no date'}`;
const pad = (n) => String(n).padStart(2, '0');
const episodeLine = (e) => `S${pad(e.season)}E${pad(e.episode)} "${e.title ?? ''}" ${e.aired ?? 'no date'}`;

function collectionEntries(collections) {
  return collections.map((c) => ({
    key: `collection ${c.tmdbId} "${c.name}"`,
    fields: { name: c.name, owned: c.owned, total: c.total },
    items: c.missing.map(movieLine),
  }));
}

function showEntries(shows) {
  return shows.map((s) => ({
    key: `show "${s.title}" (tvdb ${s.tvdbId ?? '-'}, tmdb ${s.tmdbId ?? '-'})`,
    fields: { source: s.source, ordering: s.ordering, missingCount: s.missingCount },
    items: s.seasons.flatMap((season) => season.missing.map(episodeLine)),
  }));
}

function unmatchedEntries(items, scan) {
  return items.map((u) => ({
    key: `unmatched ${scan} item ${u.ratingKey} "${u.title}" in ${u.library}`,
    fields: {},
    items: [],
  }));
}

/** Groups entries by key (a key may repeat, e.g. one show in two libraries). */
function byKey(entries) {
  const map = new Map();
  for (const entry of entries) {
    const list = map.get(entry.key) ?? [];
    list.push(entry);
    map.set(entry.key, list);
  }
  return map;
}

function diffItems(key, got, want, out) {
  const gotSet = new Set(got);
  const wantSet = new Set(want);
  const lacking = want.filter((line) => !gotSet.has(line));
  const extra = got.filter((line) => !wantSet.has(line));
  for (const line of lacking) out.push(`${key}: lacks ${line}`);
  for (const line of extra) out.push(`${key}: reports extra ${line}`);
  if (lacking.length === 0 && extra.length === 0 && got.join('\n') !== want.join('\n')) {
    out.push(`${key}: the missing items are in a different order`);
  }
}

function diffEntries(gotEntries, wantEntries, out) {
  const got = byKey(gotEntries);
  const want = byKey(wantEntries);
  for (const [key, wanted] of want) {
    const found = got.get(key) ?? [];
    if (found.length < wanted.length) out.push(`${key}: not in the report`);
    if (found.length > wanted.length)
      out.push(`${key}: reported ${found.length} times, expected ${wanted.length}`);
    for (let i = 0; i < Math.min(found.length, wanted.length); i++) {
      for (const [field, value] of Object.entries(wanted[i].fields)) {
        if (found[i].fields[field] !== value) {
          out.push(
            `${key}: ${field} is ${JSON.stringify(found[i].fields[field])}, expected ${JSON.stringify(value)}`,
          );
        }
      }
      diffItems(key, found[i].items, wanted[i].items, out);
    }
  }
  for (const key of got.keys()) if (!want.has(key)) out.push(`${key}: reported but not expected`);
}

/** The first path at which two JSON values differ, e.g. `shows[3].seasons[0].missing[2].aired`. */
function firstDifference(a, b, path = '') {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path || '(root)';
  if (Array.isArray(a) !== Array.isArray(b)) return path || '(root)';
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const sub = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found = firstDifference(a[key], b[key], sub);
    if (found) return found;
  }
  return null;
}

/**
 * Returns `{ ok, differences, found }`: `differences` lists every way the report departs from `expected`
 * (one line each); `found` counts what the report holds. `normalize` is the test kit's
 * `{ toExpectedMovies, toExpectedEpisodes }`: the report reduced to the ground truth's fields and order
 * must equal it exactly, which also catches what the readable diff above does not name.
 */
export function verifyReport(report, expected, normalize) {
  const differences = [];
  if (!report?.movies?.collections || !report?.episodes?.shows) {
    return {
      ok: false,
      differences: ['the output is not a `scan` report with movies and episodes'],
      found: null,
    };
  }
  const { movies, episodes } = report;
  diffEntries(
    collectionEntries(movies.collections),
    collectionEntries(expected.movies.collections),
    differences,
  );
  diffEntries(
    unmatchedEntries(movies.unmatched, 'movie'),
    unmatchedEntries(expected.movies.unmatched, 'movie'),
    differences,
  );
  diffEntries(showEntries(episodes.shows), showEntries(expected.episodes.shows), differences);
  diffEntries(
    unmatchedEntries(episodes.unmatched, 'show'),
    unmatchedEntries(expected.episodes.unmatched, 'show'),
    differences,
  );
  if (normalize) {
    const movieDiff = firstDifference(normalize.toExpectedMovies(movies), expected.movies);
    const episodeDiff = firstDifference(normalize.toExpectedEpisodes(episodes), expected.episodes);
    if (differences.length === 0 && movieDiff)
      differences.push(`movies differ from the ground truth at ${movieDiff}`);
    if (differences.length === 0 && episodeDiff)
      differences.push(`episodes differ from the ground truth at ${episodeDiff}`);
  }
  return {
    ok: differences.length === 0,
    differences,
    found: {
      collections: movies.collections.length,
      missingMovies: movies.collections.reduce((n, c) => n + c.missing.length, 0),
      shows: episodes.shows.length,
      missingEpisodes: episodes.shows.reduce((n, s) => n + s.missingCount, 0),
      warnings: (movies.warnings?.length ?? 0) + (episodes.warnings?.length ?? 0),
    },
  };
}

/** Counts of the ground truth, in the shape of `verifyReport(...).found`. */
export function expectedTotals(expected) {
  return {
    collections: expected.movies.collections.length,
    missingMovies: expected.movies.collections.reduce((n, c) => n + c.missing.length, 0),
    shows: expected.episodes.shows.length,
    missingEpisodes: expected.episodes.shows.reduce((n, s) => n + s.missingCount, 0),
  };
}
