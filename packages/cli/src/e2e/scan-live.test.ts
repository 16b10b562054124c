import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import { smallWorldExpected } from '@complexionist/testkit';
import { describe, expect, it } from 'vitest';
import { gapsOf } from '../testing/gaps.js';
import { liveEnv, useFakes } from '../testing/live-env.js';

const live = useFakes({}, 'perFile');
const env = () => liveEnv(live.fakes);

describe('complexionist against the test kit (built binary)', () => {
  it('scan --format json reports exactly the expected gaps, listing the Plex sections once', async () => {
    live.fakes.resetCounts();
    const run = await live.box.run(['scan', '--format', 'json'], { env: env() });
    expect(live.fakes.counts().plex.byRoute.sections).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { movies: MovieGapReport; episodes: EpisodeGapReport };
    expect(gapsOf(report)).toEqual(gapsOf(smallWorldExpected));
  });

  it('movies prints the text report with the summary line', async () => {
    const run = await live.box.run(['movies'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Alien Collection (missing 2 of 5):\n  - Alien³ (1992)\n  - Alien: Romulus (2024)',
    );
    expect(run.stdout).toMatch(/Summary: 4 missing movies/);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('episodes --format csv prints one row per missing episode under the header', async () => {
    const run = await live.box.run(['episodes', '--format', 'csv'], { env: env() });
    expect(run.code).toBe(0);
    const [gaps, unmatched] = run.stdout.split('\r\n\r\n');
    const rows = gaps!.trim().split(/\r?\n/);
    expect(rows[0]).toBe('show,tvdb_id,tmdb_id,season,episode,title,aired');
    expect(rows).toContain('Breaking Bad,81189,1396,2,4,Down,2009-03-29');
    expect(rows).toHaveLength(1 + 5);
    // Then the unmatched show and why (issue 14).
    expect(unmatched?.trim().split(/\r?\n/)).toEqual([
      'unmatched,year,library,reason_code,reason',
      expect.stringMatching(/^Home Movies \(Family\),.*,TV Shows,no-id,/),
    ]);
  });

  it('movies --format csv has the movie header and one row per missing film', async () => {
    const run = await live.box.run(['movies', '--format', 'csv'], { env: env() });
    const rows = run.stdout.split('\r\n\r\n')[0]!.trim().split(/\r?\n/);
    expect(rows[0]).toBe('collection,collection_tmdb_id,tmdb_id,title,year,release_date');
    expect(rows).toHaveLength(1 + 4);
  });

  it('--library limits the scan to the named sections, of either type', async () => {
    const run = await live.box.run(
      ['scan', '--format', 'json', '--library', '4k movies', '--library', 'More TV'],
      {
        env: env(),
      },
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { movies: MovieGapReport; episodes: EpisodeGapReport };
    expect(report.movies.libraries).toEqual(['4K Movies']);
    expect(report.episodes.libraries).toEqual(['More TV']);
    expect(report.episodes.shows.map((s) => s.title)).toEqual(['Abbott Elementary']);
  });

  it('an unknown library exits 2 and lists the libraries that exist', async () => {
    const run = await live.box.run(['episodes', '--library', 'Cartoons'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Unknown library "Cartoons"');
    for (const title of ['Movies', 'TV Shows', '4K Movies', 'More TV'])
      expect(run.stderr).toContain(`"${title}"`);
  });

  it('--output writes the report to the file and says so on stderr', async () => {
    const run = await live.box.run(['movies', '--format', 'json', '--output', 'movies.json'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Report written to movies.json\n');
    const report = JSON.parse(await readFile(join(live.box.dir, 'movies.json'), 'utf8')) as MovieGapReport;
    expect(report.collections.map((c) => c.tmdbId).sort()).toEqual([2344, 8091]);
  });

  it('FORCE_COLOR colours the text report and NO_COLOR wins over it', async () => {
    const coloured = await live.box.run(['movies'], { env: { ...env(), FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\x1b[');
    const plain = await live.box.run(['movies'], { env: { ...env(), FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\x1b[');
    expect(plain.stdout).toContain('Alien Collection (missing 2 of 5):');
  });

  it('-v adds request counts per service on stderr; stdout stays the report', async () => {
    const run = await live.box.run(['scan', '--format', 'json', '-v', '--no-cache'], { env: env() });
    expect(run.code).toBe(0);
    JSON.parse(run.stdout);
    expect(run.stderr).toMatch(/Requests: plex \d+; tmdb \d+; tvdb \d+/);
    expect(run.stderr).toContain('Unmatched movies: 1\n  - Home Video');
  });
});

describe('credentials and services', () => {
  it('a bad Plex token exits 3 and the token never appears in the output', async () => {
    const bad = 'wrong-plex-token-9d8c7b6a';
    const run = await live.box.run(['movies', '-v'], { env: { ...env(), PLEX_TOKEN: bad } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('Plex rejected the token');
    expect(run.stderr + run.stdout).not.toContain(bad);
  });

  it('a missing TMDB key exits 2 naming the setting, before any request', async () => {
    live.fakes.resetCounts();
    const { TMDB_API_KEY: _, ...withoutTmdb } = env();
    const run = await live.box.run(['movies'], { env: withoutTmdb });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('TMDB API key is missing: set tmdb.api_key');
    expect(run.stderr).toContain('TMDB_API_KEY');
    expect(live.fakes.counts().plex.total).toBe(0);
  });

  it('a Plex server that cannot be reached exits 3 naming the URL', async () => {
    const run = await live.box.run(['movies'], { env: { ...env(), PLEX_URL: 'http://127.0.0.1:9' } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('127.0.0.1:9');
  });

  it('episodes work with only a TVDB key', async () => {
    const { TMDB_API_KEY: _, ...tvdbOnly } = env();
    const run = await live.box.run(['episodes', '--format', 'json'], { env: tvdbOnly });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as EpisodeGapReport).shows.length).toBeGreaterThan(0);
  });
});
