import { createDemoDeps } from '@complexionist/core/demo';
import type { ScanSession } from './session.js';

/** The bundled demo library and sources: no configuration, no credentials, no network, no cache. */
export function demoSession(now: Date): ScanSession {
  const deps = createDemoDeps({ now });
  return {
    library: deps.library,
    metadata: deps.metadata,
    tvdb: deps.tvdb,
    tmdb: deps.tmdb,
    settings: { movies: {}, episodes: {} },
    requestStats: () => [],
    notices: [],
    close() {},
  };
}
