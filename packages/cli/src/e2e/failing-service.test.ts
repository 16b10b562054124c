import type { MovieGapReport } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { liveEnv, useFakes } from '../testing/live-env.js';

// One set of fakes for the file; each test injects its fault and heals it at the end.
const live = useFakes({}, 'perFile');

describe('a service that answers only errors never gives an all-clear (issue 13, built binary)', () => {
  it('TMDB answering 500 to every call: exit 3, the cause and a hint, no report', async () => {
    live.fakes.setFault('tmdb', { status: 500 });
    try {
      const run = await live.box.run(['movies', '--no-cache'], { env: liveEnv(live.fakes) });
      expect(run.code).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^error: The movie scan failed: TMDB could not answer (any|more than half) of the \d+ movie lookups \(\d+ failed\), so no report was made/,
      );
      expect(run.stderr).toContain('Check that TMDB is up and answering');
      expect(run.stderr).toContain('more than 50 %');
      expect(run.stderr).not.toContain('    at ');
      expect(run.stderr).not.toContain(live.fakes.tmdbKey);
    } finally {
      live.fakes.setFault('tmdb', undefined);
    }
  });

  it('TheTVDB login answering 500: the episode half fails, so a scan of both exits 3', async () => {
    live.fakes.setFault('tvdb', { status: 500, path: '/login' });
    try {
      const run = await live.box.run(['scan', '--no-cache', '--format', 'json'], {
        env: liveEnv(live.fakes),
      });
      expect(run.code).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('error: The episode scan failed: TheTVDB could not answer');
    } finally {
      live.fakes.setFault('tvdb', undefined);
    }
  });

  it('one library section answering 404 is a warning; the rest is scanned and the report says partial', async () => {
    live.fakes.setFault('plex', { status: 404, path: '/library/sections/3/' });
    try {
      const run = await live.box.run(['movies', '--no-cache', '--format', 'json'], {
        env: liveEnv(live.fakes),
      });
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as MovieGapReport;
      expect(report.status).toBe('partial');
      expect(report.libraries).toEqual(['Movies']);
      expect(report.warnings).toEqual([
        expect.objectContaining({ code: 'not-found', service: 'plex', item: 'library "4K Movies"' }),
      ]);
      expect(report.summary.moviesScanned).toBeGreaterThan(0);
      expect(run.stderr).toContain('Note: this report is partial');
    } finally {
      live.fakes.setFault('plex', undefined);
    }
  });

  it('with every service answering, the text report ends "Status: complete"', async () => {
    const run = await live.box.run(['movies', '--no-cache'], { env: liveEnv(live.fakes) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nStatus: complete \(every lookup answered\)\.\n$/);
    expect(run.stderr).not.toContain('partial');
  });
});
