import { findEpisodeGaps } from '../episode-gaps.js';
import { isShowIgnored } from '../ignore.js';
import type { SourcePlan } from '../ordering.js';
import type { ShowGap, UnmatchedCode, UnmatchedItem } from '../report.js';
import type { EpisodeGapOptions } from '../resolve-options.js';
import type { OwnedEpisode, OwnedShow } from '../types.js';
import { attemptLabel, fetchReferenceList } from './reference-list.js';
import type { RunContext } from './run-context.js';
import { createShowIdResolver, type ShowIdResolver, type ShowIdSources } from './show-ids.js';

/** Counters an episode scan keeps across shows. */
export interface ShowTally {
  matched: number;
  unmatched: UnmatchedItem[];
  excluded: number;
  episodesOwned: number;
}

/** One show to compare. */
export interface ShowJob {
  show: OwnedShow;
  owned: OwnedEpisode[];
  /** `ownedEpisodeKeys(owned)`, computed once by the scan. */
  ownedKeys: ReadonlySet<string>;
  plan: SourcePlan;
  /** Section title, for the unmatched list. */
  library: string;
}

/** Fills in the id the compared source did not need, so the report carries both when they exist. */
async function completeIds(resolver: ShowIdResolver, title: string, ctx: RunContext): Promise<void> {
  for (const which of ['tvdb', 'tmdb'] as const) {
    try {
      await resolver[which]();
    } catch (error) {
      // The show was compared; only its second id is missing, so this does not count towards failing the scan.
      ctx.itemFailed(error, { item: `"${title}"`, service: which, action: 'Resolving the ids of' }, false);
    }
  }
}

/**
 * Compares one show with its reference list: resolves the ids the plan needs, fetches the list (with
 * fallback), and returns its gaps, or null when nothing is missing or it could not be compared (then a
 * warning or an unmatched entry says why).
 */
export async function compareShow(
  job: ShowJob,
  sources: ShowIdSources,
  options: EpisodeGapOptions,
  ctx: RunContext,
  tally: ShowTally,
): Promise<ShowGap | null> {
  const { show, owned, plan } = job;
  const title = `"${show.title}"`;
  const unmatch = (code: UnmatchedCode, reason: string): null => {
    tally.unmatched.push({
      title: show.title,
      year: show.year ?? null,
      ratingKey: show.ratingKey,
      library: job.library,
      code,
      reason,
    });
    return null;
  };
  const noId = show.ids.tvdb === undefined && show.ids.tmdb === undefined && !show.ids.imdb;
  if (plan.notComparable !== undefined || (noId && show.ids.anidb !== undefined)) {
    ctx.share.skip(); // nothing to look up, so nothing that could fail
    // Never "missing": HAMA numbers these shows in a way no TVDB or TMDB list reproduces.
    const anidb = show.hamaMode === 'anidb' || noId;
    return unmatch(
      anidb ? 'anidb-only' : 'not-comparable',
      anidb
        ? `matched only to AniDB (id ${show.ids.anidb ?? '?'}); AniDB numbering cannot be compared with TVDB or TMDB (match it to a TVDB id in HAMA to include it)`
        : `not comparable: ${plan.notComparable}`,
    );
  }
  if (noId) {
    ctx.share.skip();
    return unmatch('no-id', 'no TVDB, TMDB or IMDb id in Plex (match it in Plex to include it)');
  }
  if (show.conflictingTvdbIds && show.conflictingTvdbIds.length > 0) {
    ctx.warnings.add({
      code: 'tvdb-id-conflict',
      message: `${title} has several TVDB ids in Plex (${[show.ids.tvdb, ...show.conflictingTvdbIds].join(', ')}); using ${show.ids.tvdb}.`,
      service: 'plex',
      item: title,
    });
  }
  if (plan.unknownOrdering !== undefined) {
    ctx.warnings.add({
      code: 'unknown-ordering',
      message: `${title} uses the episode ordering "${plan.unknownOrdering}", which ComPlexionist does not know; treating it as ${plan.ordering}.`,
      service: 'plex',
      item: title,
    });
  }
  const resolver = createShowIdResolver(show, sources, ctx);
  const outcome = await fetchReferenceList(
    plan,
    sources,
    resolver,
    ctx,
    () => !isShowIgnored(resolver.known(), options.ignoreShows),
  );
  if (outcome === 'skip') {
    ctx.share.skip();
    tally.excluded += 1;
    tally.episodesOwned -= job.ownedKeys.size;
    return null;
  }
  const known = resolver.known();
  if (!outcome.ok) {
    if (known.tvdb === null && known.tmdb === null) {
      return known.imdb
        ? unmatch('imdb-unknown', `no TVDB or TMDB show has IMDb id ${known.imdb} (fix the match in Plex)`)
        : unmatch('no-id', 'no TVDB or TMDB id could be found (match it in Plex to include it)');
    }
    tally.matched += 1;
    ctx.warnings.add({
      code: 'episodes-unavailable',
      message: `No episode list for ${title}: ${outcome.reasons.join('; ')}. It was skipped.`,
      item: title,
    });
    return null;
  }
  tally.matched += 1;
  const used = outcome.attempt;
  if (outcome.fellBackBecause !== undefined) {
    ctx.warnings.add({
      code: 'source-fallback',
      message: `${title} follows the ${plan.ordering} ordering, but ${outcome.fellBackBecause}; compared with ${attemptLabel(used)} instead (episode numbers may differ).`,
      service: used.source,
      item: title,
    });
  }
  if (outcome.list.episodes.length === 0) {
    if (owned.length > 0) {
      ctx.warnings.add({
        code: 'empty-episode-list',
        message: `${attemptLabel(used)} lists no episodes for ${title} (id ${outcome.id}), though Plex has ${owned.length}; it was not compared.`,
        service: used.source,
        item: title,
      });
    }
    return null;
  }
  const seasons = findEpisodeGaps(
    { ids: known, source: used.source, reference: outcome.list.episodes, owned, ownedKeys: job.ownedKeys },
    { ...options },
    ctx.now,
  );
  if (seasons.length === 0) return null;
  await completeIds(resolver, show.title, ctx);
  const ids = resolver.known();
  return {
    tvdbId: ids.tvdb,
    tmdbId: ids.tmdb,
    imdbId: ids.imdb,
    source: used.source,
    ordering: plan.ordering,
    orderingOrigin: plan.origin,
    orderingReason: plan.why,
    title: show.title,
    year: show.year ?? null,
    missingCount: seasons.reduce((n, s) => n + s.missing.length, 0),
    seasons,
  };
}
