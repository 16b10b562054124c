/**
 * Preloaded into the CLI under test with `node --import ./bench/probe.mjs`, so the CLI needs no change.
 *
 * - On exit it writes `{ maxRssKb, userMs, systemMs, uptimeMs, origins, trace, memory }` to the file named
 *   by `COMPLEXIONIST_BENCH_PROBE` (`maxRSS` is the peak resident set size in KiB, as getrusage reports
 *   it; `memory` samples RSS and heap every 250 ms; `loopDelayMs` summarises the event-loop delay).
 * - It listens on undici's diagnostics channels to note when each request started and ended, by origin and
 *   status, so the benchmark can tell which phase of a scan took the time. Both Node's `fetch` (TMDB, TVDB)
 *   and undici's `request` (Plex, through `requestFetch`) publish there; listening adds a small array per
 *   request and nothing to the wire.
 */
import diagnostics from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const LOOP_RESOLUTION_MS = 10;
// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by bench/run.mjs for the CLI child only; no turbo task reads it
const out = process.env.COMPLEXIONIST_BENCH_PROBE;
if (out) {
  const t0 = performance.now();
  const origins = [];
  const trace = [];
  const originIndex = (url) => {
    let origin;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = String(url);
    }
    const index = origins.indexOf(origin);
    if (index >= 0) return index;
    origins.push(origin);
    return origins.length - 1;
  };
  // Memory every 250 ms, to tell in which phase the peak happens: [ms, rss MB, heap used MB].
  const memory = [];
  const sample = () => {
    const m = process.memoryUsage();
    memory.push([
      Math.round(performance.now() - t0),
      Math.round(m.rss / 1048576),
      Math.round(m.heapUsed / 1048576),
    ]);
  };
  setInterval(sample, 250).unref();
  // Event-loop delay: a busy loop starts paced requests late, which lowers the pace a client reaches.
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loop.enable();
  // Requests by undici's own objects: created → headers (status) → trailers (body read) or error.
  const entries = new WeakMap();
  diagnostics.subscribe('undici:request:create', ({ request }) => {
    const url = `${request.origin}${request.path}`;
    // [origin index, path, start ms, end ms, status]
    const entry = [originIndex(url), pathOf(url), performance.now() - t0, -1, 0];
    entries.set(request, entry);
    trace.push(entry);
  });
  diagnostics.subscribe('undici:request:headers', ({ request, response }) => {
    const entry = entries.get(request);
    if (entry) entry[4] = response.statusCode;
  });
  const finish = ({ request }) => {
    const entry = entries.get(request);
    if (entry && entry[3] < 0) entry[3] = performance.now() - t0;
  };
  diagnostics.subscribe('undici:request:trailers', finish);
  diagnostics.subscribe('undici:request:error', finish);
  process.on('exit', () => {
    sample();
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({
        maxRssKb: usage.maxRSS,
        userMs: Math.round(usage.userCPUTime / 1000),
        systemMs: Math.round(usage.systemCPUTime / 1000),
        uptimeMs: Math.round(performance.now() - t0),
        origins,
        trace,
        memory,
        // The histogram records each 10 ms tick's whole interval; the lag is what exceeds it.
        loopDelayMs: {
          mean: lag(loop.mean),
          p50: lag(loop.percentile(50)),
          p99: lag(loop.percentile(99)),
          max: lag(loop.max),
        },
      }),
    );
  });
}

function lag(ns) {
  return Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
}

function pathOf(url) {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const end = url.indexOf('?');
  return start < 0 ? '/' : url.slice(start, end < 0 ? undefined : end);
}
