/**
 * Turns the request trace the probe recorded inside the CLI into a timeline per service and kind of
 * request (when the first started, when the last ended, the pace in between, the most in flight), which
 * shows which phase of a scan took the time.
 */

function kindOf(service, path) {
  const parts = path.split('/').filter(Boolean);
  if (service === 'tmdb') {
    // Named like the fake TMDB's route counters: /3/movie/1 → movie, /3/tv/1/external_ids → tvExternalIds.
    const [, first, , sub] = parts;
    if (first === 'tv' && sub === 'external_ids') return 'tvExternalIds';
    if (first === 'tv' && sub === 'season') return 'tvSeason';
    return sub ? `${first}/${sub}` : (first ?? '/');
  }
  if (service === 'tvdb') {
    // /v4/login, /v4/series/1/episodes/default[/eng], /v4/search/remoteid/tt1
    const [, first, , sub] = parts;
    if (first === 'series')
      return sub === 'episodes' ? (parts.length > 5 ? 'episodes/lang' : 'episodes') : `series/${sub ?? ''}`;
    return first ?? '/';
  }
  if (path.endsWith('/all')) return 'listing';
  if (path.endsWith('/prefs')) return 'prefs';
  return path;
}

function maxInFlight(entries) {
  const events = [];
  for (const e of entries) events.push([e[2], 1], [e[3] < 0 ? e[2] : e[3], -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let max = 0;
  for (const [, delta] of events) {
    now += delta;
    if (now > max) max = now;
  }
  return max;
}

function summarize(service, kind, entries) {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  let busy = 0;
  for (const e of entries) {
    start = Math.min(start, e[2]);
    end = Math.max(end, e[3] < 0 ? e[2] : e[3]);
    busy += e[3] < 0 ? 0 : e[3] - e[2];
  }
  const seconds = (end - start) / 1000;
  return {
    service,
    kind,
    requests: entries.length,
    status429: entries.filter((e) => e[4] === 429).length,
    fromS: start / 1000,
    toS: end / 1000,
    perSecond: seconds > 0 ? entries.length / seconds : null,
    meanMs: busy / entries.length,
    maxInFlight: maxInFlight(entries),
  };
}

/**
 * `probe` is what bench/probe.mjs wrote; `origins` maps each fake's origin to its service name.
 * Returns one row per service (kind `all`) followed by one row per kind of request, in time order.
 */
export function summarizeTrace(probe, origins) {
  if (!probe?.trace?.length) return [];
  const serviceOf = probe.origins.map((origin) => origins[origin] ?? origin);
  const groups = new Map();
  const add = (key, entry) => {
    const list = groups.get(key) ?? [];
    list.push(entry);
    groups.set(key, list);
  };
  for (const entry of probe.trace) {
    const service = serviceOf[entry[0]];
    add(`${service}\u0000all`, entry);
    add(`${service}\u0000${kindOf(service, entry[1])}`, entry);
  }
  const rows = [...groups].map(([key, entries]) => {
    const [service, kind] = key.split('\u0000');
    return summarize(service, kind, entries);
  });
  return rows.sort((a, b) => Number(b.kind === 'all') - Number(a.kind === 'all') || a.fromS - b.fromS);
}

/**
 * When the highest sampled RSS happened and which kinds of request were in flight (or last finished) then,
 * e.g. `{ atS: 287.1, rssMb: 402, heapMb: 251, during: 'plex listing' }`; null without samples.
 */
export function memoryPeak(probe, origins) {
  if (!probe?.memory?.length) return null;
  let peak = probe.memory[0];
  for (const m of probe.memory) if (m[1] > peak[1]) peak = m;
  const [at] = peak;
  const serviceOf = (probe.origins ?? []).map((origin) => origins[origin] ?? origin);
  const active = new Set();
  let last = null;
  for (const e of probe.trace ?? []) {
    const end = e[3] < 0 ? e[2] : e[3];
    const label = `${serviceOf[e[0]]} ${kindOf(serviceOf[e[0]], e[1])}`;
    if (e[2] <= at && end >= at - 250) active.add(label);
    if (end <= at && (last === null || end > last.end)) last = { end, label };
  }
  const during = active.size > 0 ? [...active].join(', ') : last ? `after ${last.label}` : 'start-up';
  return { atS: at / 1000, rssMb: peak[1], heapMb: peak[2], during };
}
