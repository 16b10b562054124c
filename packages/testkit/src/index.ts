/**
 * @complexionist/testkit — fake Plex, plex.tv, TMDB, TVDB, Radarr and Sonarr servers on 127.0.0.1, a hand-written small
 * world with known gaps, and a seeded generator of large worlds with their ground truth.
 */

export { toExpectedEpisodes, toExpectedMovies } from './compare.js';
export type { ArrRequest } from './fake/arr-common.js';
export { ARR_TEST_KEYS, type RunningArr, startFakeRadarr, startFakeSonarr } from './fake/arr-start.js';
export type { FakeFault, FakeRequest, RouteCounts } from './fake/http.js';
export { PLEX_401_BODY } from './fake/plex-server.js';
export { DEAD_PORT } from './fake/plex-tv-server.js';
export type { FakeRadarrMovie, FakeRadarrState } from './fake/radarr-server.js';
export { type ReceiverReply, type RunningReceiver, startReceiver } from './fake/receiver.js';
export type {
  FakeSonarrCatalogEntry,
  FakeSonarrEpisode,
  FakeSonarrSeries,
  FakeSonarrState,
} from './fake/sonarr-server.js';
export {
  DEFAULT_CREDENTIALS,
  type FakeCounts,
  type FakePlexServer,
  type FakeServiceName,
  type FakeServices,
  type FakeServicesOptions,
  startFakeServices,
} from './fake/start.js';
export { TVDB_UPDATES_PAGE_SIZE, TVDB_UPDATES_PER_DAY } from './fake/tvdb-updates.js';
export { type ChurnEvent, type ChurnRates, createChurn, PROMISE_DAYS } from './generate/churn.js';
export {
  type GeneratedWorld,
  type GenerateWorldOptions,
  generateWorld,
  WORLD_SCALES,
} from './generate/generate-world.js';
export { legacyWorld } from './legacy/legacy-world.js';
export { legacyWorldExpected } from './legacy/legacy-world-expected.js';
export { createRng, type Rng } from './prng.js';
export {
  type ExpectedRequestCounts,
  expectedRequestCounts,
  PLEX_PAGE_SIZE,
  TMDB_APPEND_LIMIT,
  TVDB_PAGE_SIZE,
} from './request-counts.js';
export { smallWorld } from './small/small-world.js';
export { smallWorldExpected } from './small/small-world-expected.js';
export {
  TWO_SERVER_NAMES,
  TWO_SERVER_SPLIT,
  twoServerExpected,
  twoServerWatchlist,
  twoServerWatchlistExpected,
  twoServerWorld,
} from './small/two-servers.js';
export { NEW_COLLECTION_PART, NEW_EPISODE, worldChanges } from './small/world-changes.js';
export type * from './world/expected-types.js';
export type * from './world/types.js';
