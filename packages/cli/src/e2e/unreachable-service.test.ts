import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { liveEnv, useFakes } from '../testing/live-env.js';

const live = useFakes({}, 'perFile');

/** A 127.0.0.1 port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a metadata service that cannot be reached (docs/spec.md §5 exit 3, built binary)', () => {
  it('TMDB unreachable: exit 3 naming TMDB, its URL and the setting, and no "complete" report', async () => {
    const tmdbUrl = `http://127.0.0.1:${await closedPort()}/3`;
    const run = await live.box.run(['movies', '--no-cache'], {
      env: { ...liveEnv(live.fakes), TMDB_URL: tmdbUrl },
    });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Could not reach TMDB at ${tmdbUrl}`);
    expect(run.stderr).toContain('tmdb.url');
    expect(run.stderr).not.toContain('    at '); // no stack trace
    expect(run.stderr).not.toContain(live.fakes.tmdbKey);
  });

  it('TVDB unreachable in a scan of both: exit 3 naming TheTVDB', async () => {
    const tvdbUrl = `http://127.0.0.1:${await closedPort()}/v4`;
    const run = await live.box.run(['scan', '--no-cache', '--format', 'json'], {
      env: { ...liveEnv(live.fakes), TVDB_URL: tvdbUrl },
    });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Could not reach TheTVDB at ${tvdbUrl}`);
  });
});
