import {
  type ArrCommonState,
  type ArrRequest,
  arrHandler,
  profileOrFolderFailure,
  validationFailure,
} from './arr-common.js';
import { type FakeReply, type FakeRequest, json } from './http.js';

/** A series in the fake Sonarr. */
export interface FakeSonarrSeries {
  id: number;
  tvdbId: number;
  title: string;
  monitored: boolean;
}

/** An episode in the fake Sonarr (TVDB aired numbering). */
export interface FakeSonarrEpisode {
  id: number;
  seriesId: number;
  /** The TVDB episode id. */
  tvdbId: number;
  seasonNumber: number;
  episodeNumber: number;
  title: string;
  airDate?: string;
  hasFile: boolean;
  monitored: boolean;
}

/** What `/series/lookup` knows about a series Sonarr has not added: its episodes appear once it is. */
export interface FakeSonarrCatalogEntry {
  tvdbId: number;
  title: string;
  year?: number;
  episodes: Array<{ season: number; episode: number; title: string; tvdbId?: number; airDate?: string }>;
}

/** The fake Sonarr's whole state. `version` 3.x requires `languageProfileId` on add; 4.x ignores it. */
export interface FakeSonarrState extends ArrCommonState {
  series: FakeSonarrSeries[];
  episodes: FakeSonarrEpisode[];
  catalog: FakeSonarrCatalogEntry[];
  /** Sonarr v3's language profiles (a v4 fake answers its one "Deprecated" stub instead). */
  languageProfiles: Array<{ id: number; name: string }>;
  /** How many `GET /episode` of a just-added series answer `[]` (Sonarr fills them in after a refresh). */
  emptyEpisodeLooksAfterAdd?: number;
}

/** The Sonarr v3/v4 API routes ComPlexionist uses, over `state`; every request is appended to `log`. */
export function sonarrHandler(state: FakeSonarrState, log: ArrRequest[]) {
  const pendingLooks = new Map<number, number>();
  const v3 = () => state.version.startsWith('3.');
  return arrHandler('Sonarr', state, log, (req: FakeRequest, body): FakeReply | undefined => {
    const path = req.path.toLowerCase();
    const get = req.method === 'GET';
    if (get && path === '/api/v3/series') {
      const tvdbId = req.query.get('tvdbId');
      return json(
        200,
        'series',
        state.series.filter((s) => tvdbId === null || String(s.tvdbId) === tvdbId),
      );
    }
    if (get && path === '/api/v3/series/lookup') {
      const id = Number(/^tvdbi?d?:(\d+)$/i.exec(req.query.get('term') ?? '')?.[1]);
      const existing = state.series.find((s) => s.tvdbId === id);
      if (existing) return json(200, 'lookup', [existing]);
      const entry = state.catalog.find((c) => c.tvdbId === id);
      return json(200, 'lookup', entry ? [lookupOf(entry)] : []);
    }
    if (get && path === '/api/v3/languageprofile')
      return json(200, 'languageprofile', v3() ? state.languageProfiles : [{ id: 1, name: 'Deprecated' }]);
    if (get && path === '/api/v3/episode') {
      const seriesId = Number(req.query.get('seriesId'));
      if (!seriesId) return json(400, 'episode', { message: 'seriesId or episodeIds must be provided' });
      const left = pendingLooks.get(seriesId) ?? 0;
      if (left > 0) {
        pendingLooks.set(seriesId, left - 1);
        return json(200, 'episode', []);
      }
      return json(
        200,
        'episode',
        state.episodes.filter((e) => e.seriesId === seriesId),
      );
    }
    if (req.method === 'PUT' && path === '/api/v3/episode/monitor') {
      const ids = (body?.episodeIds as number[] | undefined) ?? [];
      const changed = state.episodes.filter((e) => ids.includes(e.id));
      for (const e of changed) e.monitored = body?.monitored === true;
      return json(202, 'episode-monitor', changed);
    }
    if (req.method === 'POST' && path === '/api/v3/series') {
      const reply = addSeries(state, body ?? {}, v3());
      if (reply.status === 201)
        pendingLooks.set(JSON.parse(reply.body).id, state.emptyEpisodeLooksAfterAdd ?? 0);
      return reply;
    }
    return undefined;
  });
}

function lookupOf(entry: FakeSonarrCatalogEntry) {
  const seasons = [...new Set(entry.episodes.map((e) => e.season))].map((n) => ({
    seasonNumber: n,
    monitored: true,
  }));
  return { tvdbId: entry.tvdbId, title: entry.title, year: entry.year ?? 0, seasons, images: [], id: 0 };
}

function addSeries(state: FakeSonarrState, body: Record<string, unknown>, v3: boolean): FakeReply {
  const tvdbId = Number(body.tvdbId);
  if (state.series.some((s) => s.tvdbId === tvdbId))
    return validationFailure('TvdbId', 'This series has already been added', 'SeriesExistsValidator');
  if (typeof body.title !== 'string' || body.title === '')
    return validationFailure('Title', "'Title' must not be empty.", 'NotEmptyValidator');
  const unfit = profileOrFolderFailure(state, body);
  if (unfit) return unfit;
  if (v3 && !state.languageProfiles.some((p) => p.id === body.languageProfileId))
    return validationFailure(
      'LanguageProfileId',
      'Language profile does not exist',
      'LanguageProfileExistsValidator',
    );
  const entry = state.catalog.find((c) => c.tvdbId === tvdbId);
  if (!entry) return validationFailure('TvdbId', 'A series with this ID was not found', 'SeriesNotFound');
  const id = state.series.reduce((max, s) => Math.max(max, s.id), 0) + 1;
  const series = { id, tvdbId, title: entry.title, monitored: body.monitored !== false };
  state.series.push(series);
  const monitor = (body.addOptions as { monitor?: string } | undefined)?.monitor ?? 'all';
  let next = state.episodes.reduce((max, e) => Math.max(max, e.id), 0);
  for (const e of entry.episodes) {
    state.episodes.push({
      id: ++next,
      seriesId: id,
      tvdbId: e.tvdbId ?? 0,
      seasonNumber: e.season,
      episodeNumber: e.episode,
      title: e.title,
      ...(e.airDate ? { airDate: e.airDate } : {}),
      hasFile: false,
      monitored: monitor !== 'none',
    });
  }
  return json(201, 'series-add', {
    ...series,
    qualityProfileId: body.qualityProfileId,
    path: `${String(body.rootFolderPath)}/${entry.title}`,
  });
}
