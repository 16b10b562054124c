/**
 * Benchmark (not a test): drives the TMDB client — or, with `--service tvdb`, the TVDB client — through
 * 2,000 distinct lookups against a local server with 25 ms latency that refuses beyond 40 requests/s.
 * Target: elapsed within 15 % of 2000 / 40 = 50 s, and fewer than 1 % of requests answered 429.
 *
 *   pnpm --filter @complexionist/tmdb bench [-- --service tvdb] [-- --count 2000] [-- --concurrency 32]
 */
import { parseArgs } from 'node:util';
import { createTvdbClient } from '@complexionist/tvdb';
import { createTmdbClient } from '../src/index.js';
import { startLimitedServer } from './limited-server.js';

const { values } = parseArgs({
  options: {
    service: { type: 'string', default: 'tmdb' },
    count: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '32' },
    limit: { type: 'string', default: '40' },
  },
});
const service = values.service === 'tvdb' ? 'tvdb' : 'tmdb';
const count = Number(values.count);
const concurrency = Number(values.concurrency);
const limit = Number(values.limit);

const server = await startLimitedServer({
  latencyMs: 25,
  perSecond: limit,
  answer: (url) => {
    if (url.pathname === '/v4/login') return { status: 'success', data: { token: 'bench-token' } };
    const movie = /^\/3\/movie\/(\d+)$/.exec(url.pathname);
    if (movie)
      return {
        id: Number(movie[1]),
        title: `Movie ${movie[1]}`,
        release_date: '2001-01-01',
        belongs_to_collection: null,
      };
    const series = /^\/v4\/series\/(\d+)\/episodes\/default$/.exec(url.pathname);
    if (series) {
      const episodes = [
        { id: Number(series[1]) * 10, seasonNumber: 1, number: 1, name: 'Pilot', aired: '2001-01-01' },
      ];
      return {
        status: 'success',
        data: { series: { status: { name: 'Ended' } }, episodes },
        links: { next: null },
      };
    }
    return undefined;
  },
});

// TVDB's own default is a gentler 20/s; the benchmark runs both clients at the server's 40/s.
const client =
  service === 'tmdb'
    ? createTmdbClient({ apiKey: 'bench-key', baseURL: `${server.url}/3` })
    : createTvdbClient({ apiKey: 'bench-key', baseURL: `${server.url}/v4`, rate: { perSecond: limit } });
const lookup =
  service === 'tmdb'
    ? (id: number) => (client as ReturnType<typeof createTmdbClient>).getMovie(id)
    : (id: number) => (client as ReturnType<typeof createTvdbClient>).getSeriesEpisodes(id, 'default');

const started = performance.now();
let next = 1;
let done = 0;
const progress = setInterval(() => process.stderr.write(`\r${done}/${count} `), 1000);
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next <= count) {
      const id = next++;
      const result = await lookup(id);
      if (result === null) throw new Error(`lookup ${id} came back empty`);
      done++;
    }
  }),
);
clearInterval(progress);
const elapsed = (performance.now() - started) / 1000;
await server.close();

const ideal = count / limit;
const ratio = elapsed / ideal;
const stats = client.stats();
const percent = (100 * server.counts.refused) / server.counts.requests;
process.stderr.write('\r');
console.log(
  `service        ${service} (client ${stats.service}), ${count} lookups, ${concurrency} callers in flight`,
);
console.log(`server         25 ms latency, refuses beyond ${limit} requests/s (sliding 1 s window)`);
console.log(
  `elapsed        ${elapsed.toFixed(2)} s (ideal ${ideal.toFixed(1)} s, ratio ${ratio.toFixed(3)})`,
);
console.log(
  `requests       ${server.counts.requests} at the server, ${stats.requests} sent by the client, ${stats.retries} retries`,
);
console.log(`429 answers    ${server.counts.refused} (${percent.toFixed(2)} % of requests)`);
const ok = Math.abs(ratio - 1) <= 0.15 && percent < 1;
console.log(ok ? 'PASS: within 15 % of the ideal time and under 1 % 429s' : 'FAIL: outside the targets');
process.exitCode = ok ? 0 : 1;
