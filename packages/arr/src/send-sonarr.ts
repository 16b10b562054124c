import type { ShowGap } from '@complexionist/core';
import { sleep } from '@complexionist/http';
import { errorDetail, isAlreadyThere } from './errors.js';
import { pickProfile, pickRootFolder } from './pick-defaults.js';
import { activeSearchIds, type EpisodePlan, orderingProblem, planEpisodes } from './plan-episodes.js';
import type { ArrEpisode, ArrSeries } from './schemas.js';
import { fail } from './send-radarr.js';
import { type SonarrAddContext, sonarrAddBody } from './sonarr-add.js';
import type { SonarrClient } from './sonarr-client.js';
import { resolveTags } from './tags.js';
import type { ArrAddSettings, SendItem, SendOptions, SendOutcome } from './types.js';

/** Options of {@link sendToSonarr}. */
export interface SonarrSendOptions extends SendOptions {
  /**
   * Waits between looks at a just-added series' episodes (Sonarr fills them in a moment after the add).
   * @default sleep from `@complexionist/http`
   */
  wait?: (ms: number) => Promise<void>;
  /** Looks at a just-added series' episodes before giving up. @default 10 */
  episodeLooks?: number;
}

/**
 * Sends the missing episodes of each show. A show Sonarr has: exactly the missing episodes are monitored
 * (when they were not) and searched, in one `PUT /episode/monitor` and one `EpisodeSearch`. A show Sonarr
 * lacks: it is added with every episode unmonitored (`addOptions.monitor: 'none'`), then the same is done.
 * Other episodes are never touched (see {@link planEpisodes}). A refused key or unreachable Sonarr stops
 * at the first request (`/system/status`); after that every show and episode gets its own result.
 */
export async function sendToSonarr(
  sonarr: SonarrClient,
  shows: readonly ShowGap[],
  settings: ArrAddSettings,
  options: SonarrSendOptions,
): Promise<SendOutcome> {
  const { version } = await sonarr.status();
  const items: SendItem[] = [];
  let searching: Promise<Set<number>> | undefined;
  let addContext: Promise<SonarrAddContext> | undefined;
  const context = () => {
    addContext ??= loadAddContext(sonarr, settings, version, options.dryRun);
    return addContext;
  };
  for (const show of shows) {
    options.signal?.throwIfAborted();
    const showItem = (status: SendItem['status'], detail: string): void => {
      items.push({ kind: 'show', key: `tvdb:${show.tvdbId ?? '?'}`, label: show.title, status, detail });
    };
    if (show.tvdbId === null) {
      showItem('skipped', 'no TVDB id, which Sonarr needs');
      continue;
    }
    const problem = orderingProblem(show);
    if (problem) {
      showItem('skipped', problem);
      continue;
    }
    try {
      let series: ArrSeries | null = await sonarr.seriesByTvdbId(show.tvdbId);
      let note = '';
      if (!series) {
        const lookup = await sonarr.lookupSeries(show.tvdbId);
        if (!lookup) {
          showItem('failed', `Sonarr found no series with TVDB id ${show.tvdbId}`);
          continue;
        }
        const ctx = await context();
        if (options.dryRun) {
          const what = (settings.searchOnAdd ?? true) ? 'monitor and search' : 'monitor';
          showItem('planned', `would add it unmonitored ${ctx.how}, then ${what} the missing episodes`);
          for (const m of show.seasons.flatMap((s) => s.missing))
            items.push({ ...episodeItem(show, m), status: 'planned', detail: `would ${what}` });
          continue;
        }
        const added = await sonarr.addSeries(sonarrAddBody(lookup, ctx, settings));
        if (added.ok) {
          series = added.series;
          note = `added ${ctx.how} with every episode unmonitored; `;
        } else if (isAlreadyThere(added.status, added.data)) {
          // Added by someone else since our look-up: carry on as with a show Sonarr had.
          series = await sonarr.seriesByTvdbId(show.tvdbId);
        }
        if (!series) {
          const why = added.ok ? '' : `: HTTP ${added.status}${detailOf(added.data)}`;
          showItem('failed', `Sonarr refused to add it${why}`);
          continue;
        }
      }
      const episodes = await episodesOf(sonarr, series.id, note !== '', options);
      // Queued searches are read once per send, when first needed.
      searching ??= sonarr.commands().then(activeSearchIds);
      const plan = planEpisodes(
        show.seasons.flatMap((s) => s.missing),
        episodes,
        await searching,
        {
          search: settings.searchOnAdd ?? true,
        },
      );
      if (note && episodes.length === 0) {
        showItem(
          'sent',
          `${note}Sonarr has not listed its episodes yet; send again in a minute to monitor and search them`,
        );
        continue;
      }
      if (note) showItem('sent', note.replace(/; $/, ''));
      await apply(sonarr, plan, options.dryRun);
      // The series' own flag is the user's: left as it is, but said, since Sonarr then grabs only on this search.
      const aside = series.monitored ? '' : ' (the series is unmonitored in Sonarr, left so)';
      for (const { missing, step } of plan.steps) {
        const item = stepItem(show, missing, step, options.dryRun);
        items.push(step.action === 'skip' ? item : { ...item, detail: item.detail + aside });
      }
    } catch (error) {
      const item: SendItem = {
        kind: 'show',
        key: `tvdb:${show.tvdbId}`,
        label: show.title,
        status: 'failed',
        detail: '',
      };
      fail(item, error);
      items.push(item);
    }
  }
  return { service: 'sonarr', dryRun: options.dryRun, items };
}

async function apply(sonarr: SonarrClient, plan: EpisodePlan, dryRun: boolean): Promise<void> {
  if (dryRun) return;
  if (plan.monitorIds.length > 0) await sonarr.monitorEpisodes(plan.monitorIds);
  if (plan.searchIds.length > 0) await sonarr.searchEpisodes(plan.searchIds);
}

async function episodesOf(
  sonarr: SonarrClient,
  seriesId: number,
  justAdded: boolean,
  options: SonarrSendOptions,
): Promise<ArrEpisode[]> {
  const looks = justAdded ? Math.max(1, options.episodeLooks ?? 10) : 1;
  const wait = options.wait ?? ((ms: number) => sleep(ms));
  for (let look = 1; ; look++) {
    const episodes = await sonarr.episodes(seriesId);
    if (episodes.length > 0 || look >= looks) return episodes;
    await wait(Math.min(1000 * look, 5000));
  }
}

async function loadAddContext(
  sonarr: SonarrClient,
  settings: ArrAddSettings,
  version: string,
  dryRun: boolean,
): Promise<SonarrAddContext> {
  const [folders, profiles] = await Promise.all([sonarr.rootFolders(), sonarr.qualityProfiles()]);
  const rootFolderPath = pickRootFolder('sonarr', folders, settings.rootFolder);
  const profile = pickProfile('sonarr', profiles, settings.qualityProfile);
  // Sonarr v3 requires an existing language profile; v4 ignores the field (api-notes §8.6).
  const v3 = /^3\./.test(version);
  const language = v3 ? pickFirst(await sonarr.languageProfiles()) : undefined;
  const tags = await resolveTags(sonarr, settings.tags ?? [], dryRun);
  const how = `to ${rootFolderPath} (${profile.name}${language ? `, ${language.name}` : ''})`;
  return {
    rootFolderPath,
    qualityProfileId: profile.id,
    languageProfileId: language?.id,
    tagIds: tags.ids,
    v4: !v3,
    how,
  };
}

function pickFirst<T>(list: T[]): T | undefined {
  return list[0];
}

function episodeItem(show: ShowGap, m: { season: number; episode: number; title: string | null }): SendItem {
  const code = `S${pad(m.season)}E${pad(m.episode)}`;
  return {
    kind: 'episode',
    key: `tvdb:${show.tvdbId}:${code}`,
    label: `${show.title} ${code}${m.title ? ` "${m.title}"` : ''}`,
    status: 'planned',
    detail: '',
  };
}

function stepItem(
  show: ShowGap,
  m: { season: number; episode: number; title: string | null },
  step: EpisodePlan['steps'][number]['step'],
  dryRun: boolean,
): SendItem {
  const item = episodeItem(show, m);
  if (step.action === 'skip') return { ...item, status: 'skipped', detail: step.reason };
  const [what, done] = STEP_WORDS[step.action];
  return { ...item, status: dryRun ? 'planned' : 'sent', detail: dryRun ? `would ${what}` : done };
}

const STEP_WORDS = {
  'monitor-and-search': ['monitor and search', 'monitored, search started'],
  search: ['search (already monitored)', 'search started (already monitored)'],
  monitor: ['monitor', 'monitored'],
} as const;

function detailOf(body: unknown): string {
  const text = errorDetail(body);
  return text ? ` (${text})` : '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
