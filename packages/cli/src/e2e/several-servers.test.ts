// biome-ignore-all lint/suspicious/noTemplateCurlyInString: config.yaml's ${VAR} syntax is written here.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EpisodeGapReport, MovieGapReport, WatchlistReport } from '@complexionist/core';
import {
  type FakeServices,
  startFakeServices,
  TWO_SERVER_SPLIT,
  twoServerExpected,
  twoServerWatchlistExpected,
  twoServerWorld,
} from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapsOf } from '../testing/gaps.js';
import { type Sandbox, sandbox } from '../testing/run-cli.js';

let fakes: FakeServices;
let box: Sandbox;
beforeAll(async () => {
  fakes = await startFakeServices(twoServerWorld(), { plexSplit: TWO_SERVER_SPLIT });
  box = await sandbox();
  const [tower, annex] = fakes.plexServers;
  await writeFile(
    join(box.dir, 'config.yaml'),
    `plex:\n  servers:\n    - name: Tower\n      url: ${tower?.url}\n      token: \${TOWER_TOKEN}\n` +
      `    - name: Annex\n      url: ${annex?.url}\n      token: \${ANNEX_TOKEN}\n`,
  );
});
afterAll(async () => {
  await fakes?.close();
  await box?.remove();
});

const env = (extra: Record<string, string> = {}) => ({
  TOWER_TOKEN: fakes.plexToken,
  ANNEX_TOKEN: fakes.plexToken,
  PLEX_TV_URL: fakes.plexTvUrl,
  PLEX_DISCOVER_URL: fakes.discoverUrl,
  PLEX_ACCOUNT_TOKEN: fakes.plexAccountToken,
  TMDB_URL: fakes.tmdbUrl,
  TMDB_API_KEY: fakes.tmdbKey,
  TVDB_URL: fakes.tvdbUrl,
  TVDB_API_KEY: fakes.tvdbKey,
  COMPLEXIONIST_NOW: fakes.now.toISOString(),
  ...extra,
});

describe('several Plex servers (built binary against two fake servers)', () => {
  it('scan: a film or an episode owned only on the second server is not missing; libraries name their server', async () => {
    const run = await box.run(['scan', '--format', 'json'], { env: env() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { movies: MovieGapReport; episodes: EpisodeGapReport };
    expect(gapsOf(report)).toEqual(gapsOf(twoServerExpected));
    expect(report.movies.libraryServers).toEqual([
      { library: 'Movies', server: 'Tower' },
      { library: '4K Movies', server: 'Tower' },
      { library: 'Movies', server: 'Annex' },
    ]);
  });

  it('--server limits the scan to the named server: the second server’s film is missing again', async () => {
    fakes.resetCounts();
    const run = await box.run(['movies', '--server', 'tower'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The Matrix Collection (missing 2 of 4):\n  - The Matrix Reloaded (2003)');
    expect(fakes.counts().plexServers[1]?.total).toBe(0);
  });

  it('--library SERVER/LIBRARY picks one server’s library of a name both have', async () => {
    const run = await box.run(['movies', '--library', 'Annex/Movies', '--format', 'json'], { env: env() });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as MovieGapReport).libraryServers).toEqual([
      { library: 'Movies', server: 'Annex' },
    ]);
  });

  it('one unreachable server is a warning and a partial report; exit 3 when it is the only one scanned', async () => {
    const dead = { TOWER_TOKEN: fakes.plexToken };
    const config = join(box.dir, 'three.yaml');
    await writeFile(
      config,
      `plex:\n  servers:\n    - name: Tower\n      url: ${fakes.plexServers[0]?.url}\n      token: \${TOWER_TOKEN}\n` +
        '    - name: Attic\n      url: http://127.0.0.1:1\n      token: attic-token-0001\n',
    );
    const partial = await box.run(['movies', '--config', config, '-v'], { env: env(dead) });
    expect(partial.code).toBe(0);
    expect(partial.stdout).toContain('Status: partial');
    expect(partial.stdout).toContain('Plex server "Attic" could not be read');
    expect(partial.stderr).toContain('Note: this report is partial');
    expect(partial.stdout + partial.stderr).not.toContain('attic-token-0001');
    const none = await box.run(['movies', '--config', config, '--server', 'Attic'], { env: env(dead) });
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('Could not reach Plex at http://127.0.0.1:1');
    expect(none.stderr).toContain('Check plex.servers (Attic)');
  });

  it('watchlist lists exactly the watchlist items no scanned server owns', async () => {
    const run = await box.run(['watchlist', '--format', 'json'], { env: env() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as WatchlistReport;
    const expected = twoServerWatchlistExpected;
    expect(
      report.movies.map(({ title, releaseDate, released }) => ({ title, releaseDate, released })),
    ).toEqual(expected.movies);
    expect(report.shows.map(({ title, owned, missingCount }) => ({ title, owned, missingCount }))).toEqual(
      expected.shows,
    );
    expect(report.unmatched.map((u) => u.title)).toEqual(expected.unmatched);
    expect(report.summary.owned).toBe(expected.owned);
    const towerOnly = await box.run(['watchlist', '--server', 'Tower'], { env: env() });
    expect(towerOnly.stdout).toContain('  - The Matrix Reloaded (2003-05-15)');
  });

  it('watchlist without an account token tries the first server’s token, which plex.tv refuses: exit 3, the fix named', async () => {
    const run = await box.run(['watchlist'], { env: env({ PLEX_ACCOUNT_TOKEN: '' }) });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('PLEX_ACCOUNT_TOKEN');
    expect(run.stderr).not.toContain(fakes.plexToken);
  });
});
