/**
 * `pnpm bench --days N` (issue 19): a daily scan of a world that changes every day, under the current
 * freshness policy and, beside it, the policy before issue 19 (no jitter, no change feed, every owned film
 * looked up, movies kept 7 days). Prints requests per day, the dearest day after the first, the total
 * against one cold scan and whether each change was reported within its promise; PASS/FAIL per target.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracker } from './lib/daily-check.mjs';
import { int, seconds } from './lib/format.mjs';
import { LATENCY_MS, TMDB_RATE_LIMIT } from './lib/lower-bound.mjs';
import { cliBin, runCli } from './lib/run-cli.mjs';

export const DAILY_LIMITS = Object.freeze({ dayOverCold: 0.15, totalOverCold: 3 });

/** `config.yaml` of the policy before issue 19. */
const OLD_POLICY = `cache:
  jitter_percent: 0
  change_feeds: false
  skip_listed_movies: false
  ttl_hours:
    tmdb_movie: 168
`;

const answered = (counts) => ({
  tmdb: counts.tmdb.total - counts.tmdb429,
  tvdb: counts.tvdb.total,
  tmdb429: counts.tmdb429,
  byRoute: {
    ...counts.tmdb.byRoute,
    ...Object.fromEntries(Object.entries(counts.tvdb.byRoute).map(([k, v]) => [`tvdb ${k}`, v])),
  },
});

/** Runs `days` daily scans of one freshly generated world under `policy` ('new' | 'old'). */
async function runPolicy(testkit, options, policy, start) {
  const { world } = testkit.generateWorld({ seed: options.seed, ...options.size, now: start });
  const services = await testkit.startFakeServices(world, {
    latencyMs: LATENCY_MS,
    tmdbRateLimit: TMDB_RATE_LIMIT,
  });
  const churn = testkit.createChurn(world, options.seed);
  const tracker = createTracker(testkit.PROMISE_DAYS);
  const home = mkdtempSync(join(tmpdir(), `complexionist-days-${policy}-`));
  if (policy === 'old') writeFileSync(join(home, 'config.yaml'), OLD_POLICY);
  const rows = [];
  try {
    for (let day = 0; day < options.days; day++) {
      let changes = 0;
      if (day > 0) {
        const events = churn.advance();
        changes = events.length;
        tracker.add(events);
        services.reload();
      }
      services.resetCounts();
      const result = await runCli(services, home, `${policy}-day${day}`, cliBin(options.cli), {
        COMPLEXIONIST_NOW: world.now,
      });
      let report = null;
      try {
        report = JSON.parse(result.stdout);
      } catch {
        report = null;
      }
      tracker.check(day, report);
      const counts = answered(services.counts());
      rows.push({
        day,
        date: world.now.slice(0, 10),
        code: result.code,
        wallMs: result.wallMs,
        changes,
        ...counts,
      });
      process.stderr.write(
        `  ${policy} day ${String(day).padStart(2)}: TMDB ${int(counts.tmdb)}, TVDB ${int(counts.tvdb)}, ` +
          `${seconds(result.wallMs / 1000)}${result.code === 0 ? '' : `, exit ${result.code}: ${result.stderr.trim().split('\n')[0]}`}\n`,
      );
    }
  } finally {
    await services.close();
    if (options.keepHome) process.stderr.write(`Kept the home (cache) at ${home}\n`);
    else rmSync(home, { recursive: true, force: true });
  }
  return { policy, rows, changes: tracker.summary(options.days - 1) };
}

/** Figures and targets of one policy's days. */
function judgeDays(run) {
  const cost = (r) => r.tmdb + r.tvdb;
  const cold = cost(run.rows[0]);
  const later = run.rows.slice(1);
  const dearest = later.reduce((a, r) => (cost(r) > cost(a) ? r : a), later[0]);
  const total = run.rows.reduce((n, r) => n + cost(r), 0);
  const c = run.changes;
  const targets = [
    {
      name: 'every daily scan exits 0',
      pass: run.rows.every((r) => r.code === 0),
      detail:
        run.rows
          .filter((r) => r.code !== 0)
          .map((r) => `day ${r.day}: ${r.code}`)
          .join(', ') || 'all',
    },
    {
      name: `no daily scan after the first > ${DAILY_LIMITS.dayOverCold * 100} % of the cold scan`,
      pass: cost(dearest) <= DAILY_LIMITS.dayOverCold * cold,
      detail: `day ${dearest.day}: ${int(cost(dearest))} of ${int(cold)} (${((cost(dearest) / cold) * 100).toFixed(1)} %)`,
    },
    {
      name: `${run.rows.length} days ≤ ${DAILY_LIMITS.totalOverCold} × one cold scan`,
      pass: total <= DAILY_LIMITS.totalOverCold * cold,
      detail: `${int(total)} = ${(total / cold).toFixed(2)} × ${int(cold)}`,
    },
    {
      name: 'every change reported within its promise',
      pass: c.late.length === 0 && c.missed.length === 0,
      detail: `${c.inTime} of ${c.changes} in time, ${c.late.length} late, ${c.missed.length} missed, ${c.notDue} not yet due`,
    },
  ];
  return {
    cold,
    dearest: { day: dearest.day, requests: cost(dearest) },
    total,
    ratio: total / cold,
    targets,
  };
}

function printDays(runs, log = console.log) {
  const byPolicy = Object.fromEntries(runs.map((r) => [r.policy, r]));
  const policies = runs.map((r) => r.policy);
  log(`\nRequests per day (TMDB + TVDB answered; 429s taken off)`);
  log(
    ['day', 'date', 'changes', ...policies.flatMap((p) => [`${p} TMDB`, `${p} TVDB`, `${p} wall`])].join(
      '\t',
    ),
  );
  for (let i = 0; i < runs[0].rows.length; i++) {
    const base = runs[0].rows[i];
    log(
      [
        base.day,
        base.date,
        base.changes,
        ...policies.flatMap((p) => {
          const r = byPolicy[p].rows[i];
          return [int(r.tmdb), int(r.tvdb), seconds(r.wallMs / 1000)];
        }),
      ].join('\t'),
    );
  }
  for (const run of runs) {
    const j = run.judged;
    log(
      `\n${run.policy === 'new' ? 'Current policy' : 'Policy before issue 19'}: cold ${int(j.cold)}, dearest later day ${j.dearest.day} ` +
        `${int(j.dearest.requests)} (${((j.dearest.requests / j.cold) * 100).toFixed(1)} %), ${run.rows.length} days ${int(j.total)} (${j.ratio.toFixed(2)} × cold)`,
    );
    for (const [kind, k] of Object.entries(run.changes.byKind))
      log(`  ${kind}: ${k.inTime} of ${k.changes} in time (promise ${k.promise} d, slowest ${k.maxDays} d)`);
    for (const e of run.changes.late.slice(0, 5)) log(`  late: ${JSON.stringify(e)}`);
    for (const e of run.changes.missed.slice(0, 5)) log(`  missed: ${JSON.stringify(e)}`);
    if (run.policy !== 'new') continue;
    for (const t of j.targets) log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
  }
}

/** The `--days` mode; returns the exit code. */
export async function runDays(testkit, options, resultsPath) {
  // Scans at 06:00 UTC each day, like a morning schedule.
  const start = new Date(`${new Date().toISOString().slice(0, 10)}T06:00:00Z`);
  const policies = options.policy === 'both' ? ['new', 'old'] : [options.policy];
  const runs = [];
  for (const policy of policies) {
    process.stderr.write(
      `${policy === 'new' ? 'Current policy' : 'Policy before issue 19'}: ${options.days} daily scans…\n`,
    );
    const run = await runPolicy(testkit, options, policy, start);
    run.judged = judgeDays(run);
    runs.push(run);
  }
  printDays(runs);
  const current = runs.find((r) => r.policy === 'new');
  const failed = current ? current.judged.targets.filter((t) => !t.pass).map((t) => t.name) : [];
  console.log(`\n${failed.length === 0 ? 'PASS: every target met' : `FAIL: ${failed.join('; ')}`}`);
  writeFileSync(
    resultsPath,
    `${JSON.stringify({ date: new Date().toISOString(), scale: options.scale, seed: options.seed, days: options.days, runs }, null, 2)}\n`,
  );
  console.log(`Results written to ${resultsPath}`);
  return failed.length === 0 ? 0 : 1;
}
