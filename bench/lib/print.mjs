/** The benchmark's console output. */
import { comparisonLines } from '../compare.mjs';
import { formatTable, int, routes, seconds } from './format.mjs';

const MAX_DIFFERENCES = 20;

function runRows(runs, bound) {
  return formatTable(
    ['run', 'wall', 'wall / bound', 'Plex', 'TMDB', 'TVDB', 'TMDB 429s', 'retries', 'peak RSS', 'CPU'],
    runs.map((run) => {
      const retries = run.retries.plex + run.retries.tmdb + run.retries.tvdb;
      const cpu = run.probe ? (run.probe.userMs + run.probe.systemMs) / 1000 : null;
      return [
        run.kind,
        seconds(run.wallMs / 1000),
        run.kind === 'cold' ? (run.wallMs / 1000 / bound).toFixed(3) : '-',
        int(run.counts.plex.total),
        int(run.counts.tmdb.total),
        int(run.counts.tvdb.total),
        int(run.tmdb429),
        int(retries),
        run.probe ? `${(run.probe.maxRssKb / 1024).toFixed(0)} MB` : '?',
        seconds(cpu),
      ];
    }),
  );
}

function timelineRows(run) {
  return formatTable(
    ['service', 'requests', 'from', 'to', 'pace', 'mean answer', 'max in flight', '429s'],
    run.timeline.map((r) => [
      r.kind === 'all' ? r.service : `  ${r.kind}`,
      int(r.requests),
      seconds(r.fromS),
      seconds(r.toS),
      r.perSecond === null ? '-' : `${r.perSecond.toFixed(1)}/s`,
      `${r.meanMs.toFixed(0)} ms`,
      r.maxInFlight,
      r.status429,
    ]),
  );
}

function printRunDetails(run, log) {
  for (const t of run.targets)
    log(`  ${run.kind.padEnd(4)}  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
  const { differences } = run.verify;
  if (differences.length > 0) {
    log(`\n  ${run.kind} report differs from the ground truth (${int(differences.length)} differences):`);
    for (const line of differences.slice(0, MAX_DIFFERENCES)) log(`    ${line}`);
    if (differences.length > MAX_DIFFERENCES)
      log(`    … and ${int(differences.length - MAX_DIFFERENCES)} more`);
  }
  if (run.warnings.length > 0) {
    log(`\n  ${run.kind} report warnings (${run.warnings.length}):`);
    for (const w of run.warnings.slice(0, 5)) log(`    [${w.code}] ${w.message}`);
  }
  // With -q a scan writes nothing to stderr, so whatever it wrote is worth seeing.
  const stderr = run.stderr.trim().split('\n').filter(Boolean);
  if (stderr.length > 0) {
    log(`\n  ${run.kind} stderr (${stderr.length} lines):`);
    for (const line of stderr.slice(0, 10)) log(`    ${line}`);
  }
}

/** Prints everything; `summary` is what run.mjs also writes to results.json. */
export function printSummary(summary, runs, log = console.log) {
  const { world, expectedTotals: e, minimum, lowerBound: lb } = summary;
  log(
    `\nComPlexionist benchmark: scale ${summary.scale}, seed ${summary.seed}, Node ${summary.node}, ${summary.cpus} CPUs`,
  );
  const load = summary.loadAverage;
  const busy = Math.max(load.before, load.after) > summary.cpus;
  log(
    `Load average (1 min): ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after` +
      (busy ? ' (other processes competed for the CPUs: times are pessimistic)' : ''),
  );
  log(
    `World: ${int(world.movies)} movie items, ${int(world.shows)} shows, ${int(world.episodes)} episode items ` +
      `(generated in ${seconds(summary.generateS)})`,
  );
  log(
    `Ground truth: ${int(e.collections)} collections missing ${int(e.missingMovies)} films; ` +
      `${int(e.shows)} shows missing ${int(e.missingEpisodes)} episodes`,
  );
  log('Services: Plex 5 ms, TMDB 25 ms (40 requests/s, then 429 + Retry-After: 1), TVDB 40 ms');
  for (const service of ['plex', 'tmdb', 'tvdb']) {
    log(`Minimum ${service.padEnd(4)}: ${int(minimum[service].total)} (${routes(minimum[service].byRoute)})`);
  }
  const terms = Object.entries(lb.services)
    .map(([s, t]) => `${s} ${seconds(t.bound)}`)
    .join(', ');
  log(`Lower bound: ${seconds(lb.seconds)}, set by ${lb.bottleneck} (${terms})`);
  if (summary.oldMinimum) {
    log(
      `Before issue 19 (every owned film looked up): TMDB ${int(summary.oldMinimum.tmdb.total)}, ` +
        `lower bound ${seconds(summary.oldLowerBound.seconds)}\n`,
    );
  }
  for (const line of runRows(runs, lb.seconds)) log(line);
  log('\nTargets');
  for (const run of runs) printRunDetails(run, log);
  for (const run of runs) {
    if (run.timeline.length === 0) continue;
    const exit = run.probe ? `; the CLI exited at ${seconds(run.probe.uptimeMs / 1000)}` : '';
    log(
      `\n${run.kind} run timeline (since the CLI's first line ran${exit}; pace = requests / (last end − first start))`,
    );
    for (const line of timelineRows(run)) log(`  ${line}`);
    const loop = run.probe?.loopDelayMs;
    if (loop) {
      log(
        `  event-loop delay: mean ${loop.mean.toFixed(1)} ms, p50 ${loop.p50.toFixed(1)} ms, ` +
          `p99 ${loop.p99.toFixed(1)} ms, max ${loop.max.toFixed(0)} ms (timers, so paced requests, start that late)`,
      );
    }
    const peak = run.memoryPeak;
    if (peak) {
      log(
        `  highest sampled RSS ${peak.rssMb} MB (heap used ${peak.heapMb} MB) at ${seconds(peak.atS)}, during ${peak.during}`,
      );
    }
  }
  log('\nSame world at the pacing of other tools (lower bounds; × = against our lower bound)');
  for (const line of comparisonLines(summary.comparison)) log(`  ${line}`);
  const warm = runs.find((r) => r.kind === 'warm');
  if (warm) {
    log(
      `\nWarm scan (issue 6): ${int(world.movies)} movies and ${int(world.episodes)} episodes in ` +
        `${seconds(warm.wallMs / 1000)}, ${int(warm.counts.tmdb.total)} TMDB and ${int(warm.counts.tvdb.total)} TVDB requests`,
    );
  }
  log(`\n${summary.pass ? 'PASS: every target met' : `FAIL: ${summary.failed.join('; ')}`}`);
}
