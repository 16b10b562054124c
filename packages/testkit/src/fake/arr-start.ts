import type { ArrRequest } from './arr-common.js';
import { type FakeHandler, startFake } from './http.js';
import { type FakeRadarrState, radarrHandler } from './radarr-server.js';
import { type FakeSonarrState, sonarrHandler } from './sonarr-server.js';

/** Default API keys of the fakes; obviously fake, long enough for redaction tests to find them. */
export const ARR_TEST_KEYS = {
  radarr: 'radarr-test-key-0a1b2c3d4e5f6789',
  sonarr: 'sonarr-test-key-9f8e7d6c5b4a3210',
} as const;

/** A running fake Radarr or Sonarr: its URL, its (live, editable) state and every request it got. */
export interface RunningArr<S> {
  /** `http://127.0.0.1:<port>` (the client appends `/api/v3/...`). */
  url: string;
  apiKey: string;
  state: S;
  /** Every request, in order. */
  requests: ArrRequest[];
  /** The requests that change something (POST, PUT, DELETE). */
  writes(): ArrRequest[];
  close(): Promise<void>;
}

const common = {
  rootFolders: [{ id: 1, path: '/data/media' }],
  qualityProfiles: [{ id: 1, name: 'Any' }],
  tags: [],
  commands: [],
};

async function start<S extends { apiKey: string }>(
  state: S,
  handler: (state: S, log: ArrRequest[]) => FakeHandler,
): Promise<RunningArr<S>> {
  const requests: ArrRequest[] = [];
  const fake = await startFake(() => handler(state, requests));
  return {
    url: fake.origin,
    apiKey: state.apiKey,
    state,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET'),
    close: () => fake.close(),
  };
}

/** Starts a fake Radarr (v3 API) on 127.0.0.1; `state` overrides the empty defaults. */
export function startFakeRadarr(state: Partial<FakeRadarrState> = {}): Promise<RunningArr<FakeRadarrState>> {
  return start<FakeRadarrState>(
    {
      apiKey: ARR_TEST_KEYS.radarr,
      version: '5.14.0.9383',
      ...structuredClone(common),
      movies: [],
      ...state,
    },
    radarrHandler,
  );
}

/** Starts a fake Sonarr on 127.0.0.1: v4 by default, v3 with `version: '3.0.10.1567'`. */
export function startFakeSonarr(state: Partial<FakeSonarrState> = {}): Promise<RunningArr<FakeSonarrState>> {
  return start<FakeSonarrState>(
    {
      apiKey: ARR_TEST_KEYS.sonarr,
      version: '4.0.13.2932',
      ...structuredClone(common),
      series: [],
      episodes: [],
      catalog: [],
      languageProfiles: [{ id: 1, name: 'English' }],
      ...state,
    },
    sonarrHandler,
  );
}
