import { findEpisodeGaps, ownedEpisodeKeys } from '../episode-gaps.js';
import { ConfigError } from '../errors.js';
import type { TvdbUpdateFeed } from '../feed-ports.js';
import { isShowIgnored } from '../ignore.js';
import type { EpisodeScanOptions } from '../options.js';
import { planEpisodeSource } from '../ordering.js';
import type { ListOptions } from '../ports.js';
import type { EpisodeGapReport, ShowGap, UnmatchedItem } from '../report.js';
import { resolveEpisodeOptions } from '../resolve-options.js';
import type { EpisodeScanDeps, ScanRunOptions } from '../scan-types.js';
import type { LibrarySection, OwnedEpisode, OwnedShow, PlexOrdering } from '../types.js';
import { forEachBounded } from './abort.js';
import { compareShow, type ShowTally } from './compare-show.js';
import { type EpisodeFeed, readEpisodeFeed } from './episode-feed.js';
import { flatten, libraryServersOf, readSections } from './read-listings.js';
import { createRunContext } from './run-context.js';
import { unionShows } from './union-shows.js';

/** The TVDB source itself when it also serves the change feed (the TVDB adapter does). */
function updateFeedOf(source: object): TvdbUpdateFeed | undefined {
  const feed = source as Partial<TvdbUpdateFeed>;
  return typeof feed.seriesChangedSince === 'function' && typeof feed.windowDays === 'number'
    ? (source as TvdbUpdateFeed)
    : undefined;
}

interface SectionRead {
  shows: OwnedShow[];
  episodes: OwnedEpisode[];
  ordering: PlexOrdering | null;
}

/**
 * Scans show libraries for missing episodes (docs/spec.md §3): one section-wide listing of shows and of
 * episodes per library, then per show (bounded concurrency) the ids it needs, its reference list from the
 * source its Plex ordering names (with fallback), and {@link findEpisodeGaps}. Excluded and ignored shows are
 * skipped before any request. Per-show failures become warnings and make the report `partial`; more than half
 * of the shows (or sections) failing is a `ScanFailedError`; an `AuthError` or an abort stops the scan.
 */
export async function scanEpisodes(
  deps: EpisodeScanDeps,
  options: EpisodeScanOptions & ScanRunOptions,
): Promise<EpisodeGapReport> {
  if (!deps.tvdb && !deps.tmdb) {
    throw new ConfigError('An episode scan needs TVDB or TMDB, and neither is configured.', {
      hint: 'Run `complexionist auth tvdb --key KEY` or `complexionist auth tmdb --key KEY`.',
    });
  }
  const gapOptions = resolveEpisodeOptions(options);
  let isStale: EpisodeFeed['isStale'] = () => false;
  const ctx = createRunContext('episodes', options, deps.cache, (n, k, e) => isStale(n, k, e));
  const { signal } = ctx;
  // TVDB's change feed names the series changed since the last scan: the other lists stay (issue 19).
  const feed = await readEpisodeFeed(
    deps.tvdb ? (deps.tvdbUpdates ?? updateFeedOf(deps.tvdb)) : undefined,
    deps.cache,
    {
      now: ctx.now,
      freshness: ctx.freshness,
      tvdbTtlHours: ctx.ttls.tvdbEpisodes,
      signal,
    },
  );
  isStale = feed.isStale;
  ctx.ttls = { ...ctx.ttls, tvdbEpisodes: feed.continuingHours(ctx.ttls.tvdbEpisodes) };
  if (feed.problem) ctx.warnings.add({ code: 'feed-error', message: feed.problem, service: 'tvdb' });
  const readSection = async (section: LibrarySection, listOptions: ListOptions): Promise<SectionRead> => {
    const shows = await deps.library.listShows(section.key, listOptions);
    const episodes = await deps.library.listEpisodes(section.key, listOptions);
    let ordering: PlexOrdering | null = null;
    try {
      ordering = await deps.library.getDefaultOrdering(section.key, { signal });
    } catch (error) {
      ctx.itemFailed(
        error,
        {
          item: `library "${section.title}"`,
          service: 'plex',
          action: 'Reading the ordering of',
        },
        false,
      );
    }
    return { shows, episodes, ordering };
  };
  const { sections, results } = await readSections(ctx, deps.library, 'show', options.libraries, readSection);
  const sources: EpisodeScanDeps = {
    library: deps.library,
    ...(deps.tvdb && { tvdb: ctx.reach.watch(deps.tvdb, 'tvdb') }),
    ...(deps.tmdb && { tmdb: ctx.reach.watch(deps.tmdb, 'tmdb') }),
    ...(deps.cache && { cache: deps.cache }),
  };

  const byShow = new Map<string, OwnedEpisode[]>();
  for (const ep of flatten(results.map((r) => r.episodes))) {
    const list = byShow.get(ep.showRatingKey);
    if (list) list.push(ep);
    else byShow.set(ep.showRatingKey, [ep]);
  }
  const orderingOf = new Map(sections.map((s, i) => [s.key, results[i]?.ordering ?? null]));
  const titleOf = new Map(sections.map((s) => [s.key, s.title]));
  const agentOf = new Map(sections.map((s) => [s.key, s.agent ?? null]));
  const serverOf = new Map(sections.map((s) => [s.key, s.server]));
  const shows = unionShows(flatten(results.map((r) => r.shows)), byShow, (key) => serverOf.get(key));
  const excluded = new Set(gapOptions.excludeShows.map((t) => t.trim().toLowerCase()));

  const tally: ShowTally = { matched: 0, unmatched: [] as UnmatchedItem[], excluded: 0, episodesOwned: 0 };
  const gaps = new Map<OwnedShow, ShowGap>();
  let done = 0;
  ctx.progress('episodes', 0, shows.length);
  ctx.share.start('episodes', shows.length);
  await forEachBounded(shows, ctx.concurrency, signal, async (show) => {
    const owned = byShow.get(show.ratingKey) ?? [];
    try {
      if (excluded.has(show.title.trim().toLowerCase()) || isShowIgnored(show.ids, gapOptions.ignoreShows)) {
        tally.excluded += 1;
        ctx.share.skip();
        return;
      }
      const ownedKeys = ownedEpisodeKeys(owned);
      tally.episodesOwned += ownedKeys.size;
      const plan = planEpisodeSource(
        show.ordering,
        orderingOf.get(show.sectionKey),
        gapOptions.episodeSource,
        {
          agent: agentOf.get(show.sectionKey) ?? null,
          ...(show.hamaMode && { hamaMode: show.hamaMode }),
        },
      );
      const gap = await compareShow(
        { show, owned, ownedKeys, plan, library: titleOf.get(show.sectionKey) ?? show.sectionKey },
        sources,
        gapOptions,
        ctx,
        tally,
      );
      if (gap) gaps.set(show, gap);
    } catch (error) {
      ctx.itemFailed(error, { item: `"${show.title}"`, service: 'tvdb/tmdb', action: 'Checking' });
    } finally {
      done += 1;
      ctx.progress('episodes', done, shows.length);
    }
  });

  // Keep the order of the Plex listings (sorted by Plex's title sort).
  const reported = shows.map((s) => gaps.get(s)).filter((g): g is ShowGap => g !== undefined);
  // Fails the scan here when too many lookups failed, before it says it is done.
  const status = ctx.share.verdict();
  // Only a scan that fetched every list it had to may say it has seen the changes up to now.
  if (status === 'complete') await feed.commit().catch(() => {});
  ctx.progress('done', 1, 1);
  return {
    type: 'episodes',
    status,
    generatedAt: ctx.now.toISOString(),
    libraries: sections.map((s) => s.title),
    ...libraryServersOf(sections),
    summary: {
      showsScanned: shows.length,
      showsMatched: tally.matched,
      showsUnmatched: tally.unmatched.length,
      showsExcluded: tally.excluded,
      showsWithGaps: reported.length,
      episodesOwned: tally.episodesOwned,
      missingEpisodes: reported.reduce((n, s) => n + s.missingCount, 0),
    },
    warnings: ctx.warnings.list,
    unmatched: tally.unmatched,
    shows: reported,
  };
}
