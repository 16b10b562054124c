/**
 * Fixture builders for Plex JSON, true to api-notes §1 (field names, types, what legacy agents and hidden
 * seasons leave out). Each builder takes only what a test cares about.
 */

/** A Plex listing item as PMS serialises it to JSON. */
export type PlexItemJson = Record<string, unknown> & { ratingKey: string; type: string };

/** `Guid` children from id strings; omitted entirely when empty (legacy agents send none). */
function guidChildren(guids: readonly string[]): Record<string, unknown> {
  return guids.length === 0 ? {} : { Guid: guids.map((id) => ({ id })) };
}

function hex(seed: string): string {
  return Buffer.from(seed).toString('hex').padEnd(24, '0').slice(0, 24);
}

function mediaOf(files: readonly string[], ratingKey: string) {
  return files.map((file, i) => ({
    id: Number(ratingKey) * 10 + i,
    duration: 2_700_000,
    Part: [
      { id: Number(ratingKey) * 10 + i, key: `/library/parts/${ratingKey}${i}/file.mkv`, file, size: 1234 },
    ],
  }));
}

/** A `type=1` item. `guid` defaults to a new-agent `plex://movie/…`; pass a legacy guid and no `guids` for old agents. */
export function plexMovie(opts: {
  ratingKey: string;
  title?: string;
  year?: number;
  guid?: string;
  guids?: string[];
  files?: string[];
}): PlexItemJson {
  const title = opts.title ?? `Movie ${opts.ratingKey}`;
  return {
    ratingKey: opts.ratingKey,
    key: `/library/metadata/${opts.ratingKey}`,
    guid: opts.guid ?? `plex://movie/${hex(opts.ratingKey)}`,
    type: 'movie',
    title,
    ...(opts.year === undefined ? {} : { year: opts.year, originallyAvailableAt: `${opts.year}-06-01` }),
    addedAt: 1_700_000_000,
    Media: mediaOf(opts.files ?? [`/data/movies/${title}/${title}.mkv`], opts.ratingKey),
    ...guidChildren(opts.guids ?? []),
  };
}

/** A `type=2` item. `showOrdering` appears only when the show overrides the library default. */
export function plexShow(opts: {
  ratingKey: string;
  title?: string;
  year?: number;
  guid?: string;
  guids?: string[];
  showOrdering?: string;
  hiddenSeasons?: boolean;
}): PlexItemJson {
  return {
    ratingKey: opts.ratingKey,
    key: `/library/metadata/${opts.ratingKey}/children`,
    guid: opts.guid ?? `plex://show/${hex(opts.ratingKey)}`,
    type: 'show',
    title: opts.title ?? `Show ${opts.ratingKey}`,
    ...(opts.year === undefined ? {} : { year: opts.year }),
    childCount: 1,
    leafCount: 1,
    ...(opts.showOrdering === undefined ? {} : { showOrdering: opts.showOrdering }),
    ...(opts.hiddenSeasons ? { flattenSeasons: '1' } : {}),
    ...guidChildren(opts.guids ?? []),
  };
}

/**
 * A `type=4` item of show `show` (its ratingKey). With `hiddenSeason`, `parentKey`/`parentRatingKey` are
 * missing and `skipParent` is set, as PMS does for shows whose seasons are hidden.
 */
export function plexEpisode(opts: {
  ratingKey: string;
  show: string;
  season?: number;
  episode?: number;
  title?: string;
  guid?: string;
  guids?: string[];
  files?: string[];
  hiddenSeason?: boolean;
}): PlexItemJson {
  const { season, episode } = opts;
  const code = `S${String(season ?? 0).padStart(2, '0')}E${String(episode ?? 0).padStart(2, '0')}`;
  const parent = opts.hiddenSeason
    ? { skipParent: true }
    : {
        parentRatingKey: `${opts.show}-s${season}`,
        parentKey: `/library/metadata/${opts.show}-s${season}`,
        parentTitle: `Season ${season}`,
      };
  return {
    ratingKey: opts.ratingKey,
    key: `/library/metadata/${opts.ratingKey}`,
    guid: opts.guid ?? `plex://episode/${hex(opts.ratingKey)}`,
    type: 'episode',
    title: opts.title ?? `Episode ${code}`,
    grandparentRatingKey: opts.show,
    grandparentTitle: `Show ${opts.show}`,
    grandparentKey: `/library/metadata/${opts.show}`,
    ...parent,
    ...(season === undefined ? {} : { parentIndex: season }),
    ...(episode === undefined ? {} : { index: episode }),
    originallyAvailableAt: '2011-04-17',
    Media: mediaOf(
      opts.files ?? [`/data/tv/Show ${opts.show}/Show ${opts.show} - ${code}.mkv`],
      opts.ratingKey,
    ),
    ...guidChildren(opts.guids ?? []),
  };
}

/** `count` movies with new-agent ids `tmdb://<n>` (ratingKeys 1…count). */
export function manyMovies(count: number): PlexItemJson[] {
  return Array.from({ length: count }, (_, i) =>
    plexMovie({ ratingKey: String(i + 1), guids: [`tmdb://${i + 1}`] }),
  );
}

/** `count` episodes spread over shows of `perShow` episodes each (show ratingKeys `1`, `2`, …), with tvdb episode ids. */
export function manyEpisodes(count: number, perShow = 50): PlexItemJson[] {
  return Array.from({ length: count }, (_, i) =>
    plexEpisode({
      ratingKey: String(100_000 + i),
      show: String(Math.floor(i / perShow) + 1),
      season: Math.floor((i % perShow) / 10) + 1,
      episode: (i % 10) + 1,
      guids: [`tvdb://${500_000 + i}`],
    }),
  );
}

/** A new-agent movie section with key `1`. */
export function movieSection(items: PlexItemJson[]) {
  return { key: '1', title: 'Movies', type: 'movie' as const, agent: 'tv.plex.agents.movie', items };
}

/** A new-agent TV section with key `2`, holding shows and episodes, and optional `/prefs` settings. */
export function tvSection(items: PlexItemJson[], prefs?: Array<Record<string, unknown>>) {
  return {
    key: '2',
    title: 'TV Shows',
    type: 'show' as const,
    agent: 'tv.plex.agents.series',
    items,
    ...(prefs ? { prefs } : {}),
  };
}
