import { setMaxListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type FakeRadarrState,
  type FakeServices,
  type FakeSonarrState,
  type RunningArr,
  smallWorld,
  startFakeRadarr,
  startFakeServices,
  startFakeSonarr,
} from '@complexionist/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';
import { liveEnv } from '../../testing/live-env.js';
import { type Sandbox, sandbox } from '../../testing/run-cli.js';

let fakes: FakeServices;
let box: Sandbox;
let radarr: RunningArr<FakeRadarrState>;
let sonarr: RunningArr<FakeSonarrState>;
beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
});
afterAll(() => fakes.close());
beforeEach(async () => {
  box = await sandbox();
  // Radarr already has Alien: Romulus (unmonitored by the user); it lacks the three other missing films.
  radarr = await startFakeRadarr({
    movies: [{ id: 1, tmdbId: 945961, title: 'Alien: Romulus', monitored: false, hasFile: false }],
  });
  // Sonarr has Breaking Bad: 2x03 on disk, 2x04 (missing in Plex) and 2x05 (owned in Plex) unmonitored.
  sonarr = await startFakeSonarr({
    series: [{ id: 1, tvdbId: 81189, title: 'Breaking Bad', monitored: true }],
    episodes: [3, 4, 5].map((n) => ({
      id: 200 + n,
      seriesId: 1,
      tvdbId: 349230 + n,
      seasonNumber: 2,
      episodeNumber: n,
      title: `Episode ${n}`,
      hasFile: n === 3,
      monitored: n === 3,
    })),
  });
});
afterEach(async () => {
  await Promise.all([radarr.close(), sonarr.close(), box.remove()]);
});

async function run(args: string[], extra: Record<string, string> = {}) {
  const f = fakeIo({
    cwd: box.dir,
    env: {
      ...liveEnv(fakes),
      COMPLEXIONIST_HOME: box.dir,
      HOME: box.dir,
      RADARR_URL: radarr.url,
      RADARR_API_KEY: radarr.apiKey,
      SONARR_URL: sonarr.url,
      SONARR_API_KEY: sonarr.apiKey,
      ...extra,
    },
  });
  setMaxListeners(0, f.io.signal); // as process-io does: every request of the scan listens to it
  const code = await main(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

/** The requests a fake received, one line each: method, URL and JSON body. */
function requestLines(fake: RunningArr<unknown>): string[] {
  return fake.requests.map((r) => `${r.method} ${r.url}${r.body ? ` ${JSON.stringify(r.body)}` : ''}`);
}

describe('complexionist send radarr', () => {
  it('--all --yes adds exactly the missing released films Radarr lacks', async () => {
    const result = await run(['send', 'radarr', '--all', '--yes']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const posts = radarr.writes();
    expect(posts.map((p) => [p.method, p.url, (p.body as { tmdbId: number }).tmdbId])).toEqual([
      ['POST', '/api/v3/movie', 8077],
      ['POST', '/api/v3/movie', 604],
      ['POST', '/api/v3/movie', 624860],
    ]);
    expect(result.stdout).toContain(
      'skipped  Alien: Romulus (2024): already in Radarr (unmonitored, left so)',
    );
    expect(result.stdout).toContain(
      'sent     Alien³ (1992): added to /data/media (Any), monitored, search started',
    );
    expect(result.stdout).toMatch(/3 sent, 1 skipped\.\n$/);
    const lines = requestLines(radarr);
    expect(lines.slice(0, 5)).toEqual([
      'GET /api/v3/system/status',
      'GET /api/v3/movie?tmdbId=8077',
      'GET /api/v3/movie?tmdbId=945961',
      'GET /api/v3/movie?tmdbId=604',
      'GET /api/v3/movie?tmdbId=624860',
    ]);
    // Asked together, so they may arrive in either order.
    expect(lines.slice(5, 7).sort()).toEqual(['GET /api/v3/qualityprofile', 'GET /api/v3/rootfolder']);
    expect(lines.slice(7).map((l) => l.slice(0, l.indexOf(' {')))).toEqual([
      'POST /api/v3/movie',
      'POST /api/v3/movie',
      'POST /api/v3/movie',
    ]);
  });

  it('without --yes prints what it would send and sends nothing', async () => {
    const result = await run(['send', 'radarr', '--all']);
    expect(result.code).toBe(0);
    expect(radarr.writes()).toEqual([]);
    expect(result.stdout).toMatch(/^Radarr: dry run, nothing was sent\. Run again with --yes to send\.\n/);
    expect(result.stdout).toContain('would send  The Matrix Reloaded (2003): would add to /data/media (Any)');
  });

  it('--collection sends only that collection, and a repeat sends nothing', async () => {
    expect((await run(['send', 'radarr', '--collection', '2344', '--yes'])).code).toBe(0);
    expect(radarr.writes().map((p) => (p.body as { tmdbId: number }).tmdbId)).toEqual([604, 624860]);
    const again = await run(['send', 'radarr', '--collection', '2344', '--yes']);
    expect(again.code).toBe(0);
    expect(radarr.writes()).toHaveLength(2);
    expect(again.stdout).toMatch(/2 skipped\.\n$/);
  });

  it('a refused key exits 3 naming radarr.api_key, without the key', async () => {
    const result = await run(['send', 'radarr', '--all', '--yes'], { RADARR_API_KEY: 'wrong-radarr-key-42' });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('radarr.api_key');
    expect(result.stderr).not.toContain('wrong-radarr-key-42');
    expect(radarr.writes()).toEqual([]);
  });

  it('without radarr settings exits 2 and says how to set them', async () => {
    const result = await run(['send', 'radarr', '--all'], { RADARR_URL: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'radarr.url is not set; run `complexionist auth radarr --url URL --key KEY`',
    );
  });

  it('rejects --show with radarr and a missing selection', async () => {
    expect((await run(['send', 'radarr', '--show', '81189'])).code).toBe(2);
    const none = await run(['send', 'sonarr']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Give one of --all, --collection, --show');
  });
});

describe('complexionist send sonarr', () => {
  it('--show ID --yes monitors and searches exactly the missing aired episodes', async () => {
    const result = await run(['send', 'sonarr', '--show', '81189', '--yes']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(sonarr.writes()).toEqual([
      { method: 'PUT', url: '/api/v3/episode/monitor', body: { episodeIds: [204], monitored: true } },
      { method: 'POST', url: '/api/v3/command', body: { name: 'EpisodeSearch', episodeIds: [204] } },
    ]);
    expect(sonarr.state.episodes.map((e) => e.monitored)).toEqual([true, true, false]);
    expect(result.stdout).toContain('sent  Breaking Bad S02E04 "Down": monitored, search started');
    expect(requestLines(sonarr)).toEqual([
      'GET /api/v3/system/status',
      'GET /api/v3/series?tvdbId=81189',
      'GET /api/v3/episode?seriesId=1',
      'GET /api/v3/command',
      'PUT /api/v3/episode/monitor {"episodeIds":[204],"monitored":true}',
      'POST /api/v3/command {"name":"EpisodeSearch","episodeIds":[204]}',
    ]);
  });

  it('--all skips the DVD-ordered show, saying why, and sends nothing without --yes', async () => {
    sonarr.state.catalog.push({
      tvdbId: 403245,
      title: 'Abbott Elementary',
      episodes: [{ season: 1, episode: 3, title: 'Wishlist' }],
    });
    const result = await run(['send', 'sonarr', '--all']);
    expect(result.code).toBe(0);
    expect(sonarr.writes()).toEqual([]);
    expect(result.stdout).toContain('Firefly: the scan numbered it in tvdbDvd order');
    expect(result.stdout).toContain(
      'Abbott Elementary: would add it unmonitored to /data/media (Any), then monitor and search the missing episodes',
    );
  });

  it('a show Sonarr does not know is a FAILED line, the others are still sent, and the exit code is 3', async () => {
    const result = await run(['send', 'sonarr', '--all', '--yes']);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('FAILED   Abbott Elementary: Sonarr found no series with TVDB id 403245');
    expect(sonarr.writes().map((w) => w.url)).toEqual(['/api/v3/episode/monitor', '/api/v3/command']);
    expect(result.stderr).toContain('1 of 3 items could not be sent');
  });
});

describe('complexionist auth radarr', () => {
  it('checks the key with the status endpoint, then saves the key to <home>/.env and the URL to config.yaml', async () => {
    const result = await run(['auth', 'radarr', '--url', radarr.url, '--key', radarr.apiKey], {
      RADARR_URL: '',
      RADARR_API_KEY: '',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Radarr 5.14.0.9383 at ${radarr.url} accepted the key.`);
    expect(result.stderr).not.toContain(radarr.apiKey);
    expect(await readFile(join(box.dir, '.env'), 'utf8')).toContain(`RADARR_API_KEY=${radarr.apiKey}`);
    expect(await readFile(join(box.dir, 'config.yaml'), 'utf8')).toContain(`url: ${radarr.url}`);
    expect(radarr.requests.map((r) => r.url)).toEqual(['/api/v3/system/status']);
  });

  it('saves nothing when Sonarr refuses the key', async () => {
    const result = await run(['auth', 'sonarr', '--url', sonarr.url, '--key', 'nope-nope-nope'], {
      SONARR_URL: '',
      SONARR_API_KEY: '',
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('sonarr.api_key');
    await expect(readFile(join(box.dir, '.env'), 'utf8')).rejects.toThrow();
  });
});
