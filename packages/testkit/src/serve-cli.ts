import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type FakeServiceName, type FakeServices, startFakeServices } from './fake/start.js';
import { generateWorld, WORLD_SCALES } from './generate/generate-world.js';
import { expectedRequestCounts } from './request-counts.js';
import { smallWorld } from './small/small-world.js';
import { smallWorldExpected } from './small/small-world-expected.js';

/** Usage text of `serve.js`. */
export const SERVE_USAGE = `Usage: node packages/testkit/dist/serve.js [options]
  --world small|generated    which world to serve (default small)
  --seed N                   generator seed (default 1)
  --scale default|large      generator scale (default default)
  --latency plex=5,tmdb=25,tvdb=40,plexTv=0   per-service latency in ms
  --tmdb-rate-limit N        TMDB requests per second before 429
  --tvdb-page-size N         TVDB episodes per page (default 500)
  --expected FILE            write the expected gaps (JSON) to FILE
Prints the services' URLs and keys as one JSON line on stdout, then serves until SIGINT/SIGTERM.`;

function latencies(text: string | undefined): Partial<Record<FakeServiceName, number>> {
  const out: Partial<Record<FakeServiceName, number>> = {};
  for (const pair of (text ?? '').split(',').filter(Boolean)) {
    const [name, ms] = pair.split('=');
    if (!['plex', 'plexTv', 'tmdb', 'tvdb'].includes(name ?? '') || !Number.isFinite(Number(ms)))
      throw new Error(`bad --latency entry "${pair}"`);
    out[name as FakeServiceName] = Number(ms);
  }
  return out;
}

/**
 * Starts the fakes as `serve.js` does and returns them with the JSON line it prints.
 * Throws an Error with a usage message on bad arguments.
 */
export async function startFromArgs(argv: string[]): Promise<{ services: FakeServices; line: string }> {
  const { values } = parseArgs({
    args: argv,
    options: {
      world: { type: 'string', default: 'small' },
      seed: { type: 'string', default: '1' },
      scale: { type: 'string', default: 'default' },
      latency: { type: 'string' },
      'tmdb-rate-limit': { type: 'string' },
      'tvdb-page-size': { type: 'string' },
      expected: { type: 'string' },
    },
  });
  const scale =
    values.scale === 'large'
      ? WORLD_SCALES.large
      : values.scale === 'default'
        ? WORLD_SCALES.default
        : undefined;
  const seed = Number(values.seed);
  if (!scale || !Number.isInteger(seed) || (values.world !== 'small' && values.world !== 'generated'))
    throw new Error(SERVE_USAGE);
  const now = new Date();
  const { world, expected } =
    values.world === 'small'
      ? { world: smallWorld({ now }), expected: smallWorldExpected }
      : generateWorld({ seed, now, ...scale });
  const tvdbPageSize = values['tvdb-page-size'] ? Number(values['tvdb-page-size']) : undefined;
  const services = await startFakeServices(world, {
    latencyMs: latencies(values.latency),
    tmdbRateLimit: values['tmdb-rate-limit'] ? Number(values['tmdb-rate-limit']) : undefined,
    tvdbPageSize,
  });
  if (values.expected) await writeFile(values.expected, `${JSON.stringify(expected, null, 2)}\n`);
  const { counts: _c, resetCounts: _r, revokeTvdbTokens: _v, close: _x, ...info } = services;
  const line = JSON.stringify({
    ...info,
    world: values.world,
    seed,
    now: now.toISOString(),
    expectedRequests: expectedRequestCounts(world, { tvdb: tvdbPageSize }),
  });
  return { services, line };
}
