import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';

const ESC = '\x1b[';

describe('scans on the demo library (no credentials, no network)', () => {
  it('movies --demo prints the collections with gaps and a summary', async () => {
    const f = fakeIo();
    expect(await main(['movies', '--demo'], f.io)).toBe(0);
    expect(f.stdout()).toMatch(/^Alien Collection \(missing \d+ of \d+\):\n {2}- Alien³ \(1992\)/);
    expect(f.stdout()).toMatch(/Summary: \d+ missing movies/);
    expect(f.stderr()).toBe('');
  });

  it('episodes --demo prints shows grouped by season', async () => {
    const f = fakeIo();
    expect(await main(['episodes', '--demo'], f.io)).toBe(0);
    expect(f.stdout()).toContain('Breaking Bad (missing 3 episodes):\n  Season 2:\n    - S02E05 - Breakage');
  });

  it('scan --demo --format json prints {movies, episodes} and nothing else', async () => {
    const f = fakeIo();
    expect(await main(['scan', '--demo', '--format', 'json'], f.io)).toBe(0);
    const report = JSON.parse(f.stdout()) as { movies: MovieGapReport; episodes: EpisodeGapReport };
    expect(report.movies.type).toBe('movies');
    expect(report.episodes.type).toBe('episodes');
    expect(report.movies.collections.length).toBeGreaterThan(0);
    // The owned films of a collection (an addition to the JSON contract; text and CSV do not show them).
    expect(report.movies.collections.find((c) => c.name === 'Alien Collection')?.ownedMovies).toEqual([
      { tmdbId: 348, title: 'Alien', year: 1979 },
      { tmdbId: 679, title: 'Aliens', year: 1986 },
    ]);
  });

  it('--format csv prints the movie header row and one row per missing film', async () => {
    const f = fakeIo();
    expect(await main(['movies', '--demo', '--format', 'csv'], f.io)).toBe(0);
    const lines = f.stdout().trim().split(/\r?\n/);
    expect(lines[0]).toBe('collection,collection_tmdb_id,tmdb_id,title,year,release_date');
    expect(lines.length).toBeGreaterThan(5);
  });

  it('--output FILE writes the report there: stdout stays empty, stderr says where', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-out-'));
    const f = fakeIo({ cwd: dir });
    expect(await main(['episodes', '--demo', '--format', 'json', '--output', 'gaps.json'], f.io)).toBe(0);
    expect(f.stdout()).toBe('');
    expect(f.stderr()).toBe('Report written to gaps.json\n');
    expect(JSON.parse(await readFile(join(dir, 'gaps.json'), 'utf8')).type).toBe('episodes');
  });

  it('--output with -q writes the file and prints nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-out-'));
    const f = fakeIo({ cwd: dir });
    expect(await main(['movies', '--demo', '-q', '-o', 'm.txt'], f.io)).toBe(0);
    expect(f.stdout() + f.stderr()).toBe('');
    const printed = fakeIo({ cwd: dir });
    expect(await main(['movies', '--demo', '-q'], printed.io)).toBe(0);
    expect(await readFile(join(dir, 'm.txt'), 'utf8')).toBe(printed.stdout());
  });

  it('an --output folder that does not exist is a usage error (exit 2)', async () => {
    const f = fakeIo({ cwd: tmpdir() });
    expect(await main(['movies', '--demo', '--output', 'no/such/dir/x.txt'], f.io)).toBe(2);
    expect(f.stderr()).toContain(
      'Cannot write the report to no/such/dir/x.txt: the folder no/such/dir does not exist.',
    );
  });
});

describe('colour', () => {
  it('text on a terminal is coloured', async () => {
    const f = fakeIo({ tty: { stdout: true } });
    await main(['movies', '--demo'], f.io);
    expect(f.stdout()).toContain(ESC);
  });

  it('NO_COLOR turns colour off even on a terminal', async () => {
    const f = fakeIo({ tty: { stdout: true }, env: { NO_COLOR: '1' } });
    await main(['movies', '--demo'], f.io);
    expect(f.stdout()).not.toContain(ESC);
  });

  it('a pipe gets no colour', async () => {
    const f = fakeIo();
    await main(['scan', '--demo'], f.io);
    expect(f.stdout()).not.toContain(ESC);
  });
});

describe('libraries', () => {
  it('--library picks sections by title, case-insensitively', async () => {
    const f = fakeIo();
    expect(await main(['scan', '--demo', '--format', 'json', '--library', 'tv shows'], f.io)).toBe(0);
    const report = JSON.parse(f.stdout()) as { movies: MovieGapReport; episodes: EpisodeGapReport };
    expect(report.episodes.libraries).toEqual(['TV Shows']);
    expect(report.movies.libraries).toEqual([]);
  });

  it('scan --library naming only a movie library gives an empty episodes half, not an error', async () => {
    const f = fakeIo();
    expect(await main(['scan', '--demo', '--format', 'json', '--library', 'Movies'], f.io)).toBe(0);
    const report = JSON.parse(f.stdout()) as { movies: MovieGapReport; episodes: EpisodeGapReport };
    expect(report.movies.libraries).toEqual(['Movies']);
    expect(report.episodes.libraries).toEqual([]);
    expect(report.episodes.shows).toEqual([]);
  });

  it('episodes --library naming only a movie library is a usage error (exit 2)', async () => {
    const f = fakeIo();
    expect(await main(['episodes', '--demo', '--library', 'Movies'], f.io)).toBe(2);
    expect(f.stdout()).toBe('');
  });

  it('an unknown library exits 2 and lists the libraries that exist', async () => {
    const f = fakeIo();
    expect(await main(['movies', '--demo', '--library', 'Films'], f.io)).toBe(2);
    expect(f.stderr()).toContain('Unknown library "Films"');
    expect(f.stderr()).toContain('"Movies" (movie)');
    expect(f.stdout()).toBe('');
  });
});

describe('progress and verbosity', () => {
  it('a terminal stderr shows a progress bar redrawn with \\r, cleared at the end', async () => {
    const f = fakeIo({ tty: { stderr: true } });
    await main(['scan', '--demo'], f.io);
    expect(f.stderr()).toContain('\r\x1b[K');
    expect(f.stderr()).toMatch(/movies {2}\S/);
    expect(f.stderr().endsWith('\r\x1b[K')).toBe(true);
  });

  it('-q silences the progress bar', async () => {
    const f = fakeIo({ tty: { stderr: true } });
    await main(['scan', '--demo', '-q'], f.io);
    expect(f.stderr()).toBe('');
  });

  it('a pipe gets no progress bar', async () => {
    const f = fakeIo();
    await main(['scan', '--demo'], f.io);
    expect(f.stderr()).toBe('');
  });

  it('-v lists unmatched items and request counts on stderr, keeping stdout to the report', async () => {
    const f = fakeIo();
    expect(await main(['movies', '--demo', '-v', '--format', 'json'], f.io)).toBe(0);
    expect(JSON.parse(f.stdout()).type).toBe('movies');
    expect(f.stderr()).toMatch(/Unmatched movies: 1\n {2}- .+: no TMDB/);
    expect(f.stderr()).toContain('Requests: none (no network)');
  });
});

describe('interruption', () => {
  it('Ctrl-C before the scan finishes exits 130 and prints no report', async () => {
    const f = fakeIo();
    f.interrupt();
    expect(await main(['scan', '--demo'], f.io)).toBe(130);
    expect(f.stdout()).toBe('');
    expect(f.stderr()).toBe('Interrupted.\n');
  });
});
