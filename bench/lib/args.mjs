/** Command-line options of `pnpm bench` (pnpm appends its arguments to `node bench/run.mjs`). */

/** Library sizes per scale (issue 7). */
export const SCALES = Object.freeze({
  smoke: { movies: 200, shows: 20, episodes: 1_000 },
  default: { movies: 2_000, shows: 200, episodes: 10_000 },
  large: { movies: 10_000, shows: 1_000, episodes: 50_000 },
});

const USAGE = `Usage: pnpm bench [--scale default|large|smoke] [--seed N] [--keep-home] [--cli PATH]
       pnpm bench --days N [--policy both|new|old] [--scale …] [--seed N]

  --scale      library size: default = 2,000 movies, 200 shows, 10,000 episodes;
               large = 10,000 movies, 1,000 shows, 50,000 episodes;
               smoke = 200 movies, 20 shows, 1,000 episodes (a quick check of the harness; start-up dominates its wall-time ratio)
  --seed       seed of the synthetic library (default 7)
  --keep-home  keep the temporary COMPLEXIONIST_HOME (cache) and print its path
  --cli        the CLI entry to measure (default packages/cli/dist/bin.js), e.g. another build
  --days       run a daily scan for N simulated days of a changing world instead (issue 19): requests per
               day, the dearest day after the first, the total against one cold scan, each change in time
  --policy     with --days: the current freshness policy (new), the one before issue 19 (old), or both (default)
  --help       this text`;

/**
 * Parses `argv` (without `node` and the script). A bare `--` (what `pnpm bench -- --scale large` passes
 * through) is ignored. Throws an Error whose message includes the usage on a bad flag.
 */
export function parseArgs(argv) {
  const options = {
    scale: 'default',
    seed: 7,
    keepHome: false,
    help: false,
    cli: undefined,
    days: undefined,
    policy: 'both',
  };
  const fail = (message) => {
    throw new Error(`${message}\n\n${USAGE}`);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--':
        break;
      case '--scale': {
        const scale = value();
        if (!Object.hasOwn(SCALES, scale)) fail(`unknown scale "${scale}" (use default, large or smoke)`);
        options.scale = scale;
        break;
      }
      case '--seed': {
        const seed = Number(value());
        if (!Number.isSafeInteger(seed) || seed < 0) fail('--seed needs a non-negative integer');
        options.seed = seed;
        break;
      }
      case '--days': {
        const days = Number(value());
        if (!Number.isSafeInteger(days) || days < 2 || days > 366)
          fail('--days needs a whole number from 2 to 366');
        options.days = days;
        break;
      }
      case '--policy': {
        const policy = value();
        if (!['both', 'new', 'old'].includes(policy))
          fail(`unknown policy "${policy}" (use both, new or old)`);
        options.policy = policy;
        break;
      }
      case '--cli':
        options.cli = value();
        break;
      case '--keep-home':
        options.keepHome = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        fail(`unknown argument "${arg}"`);
    }
  }
  return { ...options, size: SCALES[options.scale], usage: USAGE };
}
