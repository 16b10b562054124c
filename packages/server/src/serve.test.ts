// biome-ignore-all lint/suspicious/noTemplateCurlyInString: a test writes a literal ${VAR} reference.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeServices, smallWorld, smallWorldExpected, startFakeServices } from '@complexionist/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './serve.js';
import type { RunningServer } from './start-server.js';

let fakes: FakeServices;
let home: string;
let server: RunningServer | undefined;
const lines: string[] = [];

beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
});
afterAll(() => fakes.close());
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(home, { recursive: true, force: true });
});

function start(extra: Parameters<typeof serve>[0] = {}) {
  home ??= mkdtempSync(join(tmpdir(), 'complexionist-serve-'));
  const env = {
    COMPLEXIONIST_HOME: home,
    PLEX_URL: fakes.plexUrl,
    PLEX_TOKEN: fakes.plexToken,
    TMDB_API_KEY: fakes.tmdbKey,
    TMDB_URL: fakes.tmdbUrl,
    TVDB_API_KEY: fakes.tvdbKey,
    TVDB_URL: fakes.tvdbUrl,
  };
  // The fakes' day is the scans' day, so a run crossing UTC midnight sees one "today".
  const now = () => fakes.now;
  return serve({
    cwd: home,
    env,
    now,
    port: 0,
    handleSignals: false,
    log: (line) => lines.push(line),
    ...extra,
  });
}

async function scan(base: string, body: unknown) {
  const res = await fetch(`${base}/api/scans`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const { id } = await res.json();
  const events = await (await fetch(`${base}/api/scans/${id}/events`)).text();
  expect(events).toContain('event: done');
  return (await (await fetch(`${base}/api/scans/${id}`)).json()).report;
}

describe('serve (live, against the fake services)', () => {
  it('scans the configured Plex server, keeps the latest report and ignores across a restart', async () => {
    home = mkdtempSync(join(tmpdir(), 'complexionist-serve-'));
    server = await start();
    expect(lines.at(-1)).toBe(`ComPlexionist is listening on ${server.url}`);
    const report = await scan(server.url, { type: 'scan' });
    const titles = report.movies.collections.flatMap((c: { missing: { title: string }[] }) =>
      c.missing.map((m) => m.title),
    );
    const expected = smallWorldExpected.movies.collections.flatMap((c) => c.missing.map((m) => m.title));
    expect(titles).toEqual(expected);
    expect(report.episodes.shows.length).toBe(smallWorldExpected.episodes.shows.length);
    // StevenLu items carry the IMDb ids TMDB knows; a second read costs TMDB nothing (the shared cache).
    const stevenLu = async () => (await fetch(`${server?.url}/api/lists/radarr?format=stevenlu`)).json();
    expect(await stevenLu()).toContainEqual({
      title: 'Alien³',
      imdb_id: 'tt0103644',
      poster_url: 'https://image.tmdb.org/t/p/w342/poster-8077.jpg',
    });
    fakes.resetCounts();
    expect((await stevenLu()).map((item: { title: string }) => item.title)).toContain('Alien³');
    expect(fakes.counts().tmdb.total).toBe(0);
    const ignored = await fetch(`${server.url}/api/ignores`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'movies', value: 8077 }),
    });
    expect(ignored.status).toBe(201);
    expect(readFileSync(join(home, 'config.yaml'), 'utf8')).toContain('8077');

    await server.close();
    server = await start();
    const latest = await (await fetch(`${server.url}/api/reports/latest?type=movies`)).json();
    expect(
      latest.collections.flatMap((c: { missing: { title: string }[] }) => c.missing.map((m) => m.title)),
    ).toEqual(expected.filter((title) => title !== 'Alien³'));
    expect((await (await fetch(`${server.url}/api/ignores`)).json()).movies).toEqual([8077]);
    const everything = lines.join('\n');
    for (const secret of [fakes.plexToken, fakes.tmdbKey, fakes.tvdbKey])
      expect(everything).not.toContain(secret);
  });

  it('without Plex settings the page still loads and says what to set', async () => {
    home = mkdtempSync(join(tmpdir(), 'complexionist-serve-'));
    server = await serve({
      cwd: home,
      env: { COMPLEXIONIST_HOME: home },
      port: 0,
      handleSignals: false,
      log: () => {},
    });
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('plex.url is not set');
  });

  it('--demo serves the demo library with its banner and needs no settings', async () => {
    home = mkdtempSync(join(tmpdir(), 'complexionist-serve-'));
    server = await serve({
      demo: true,
      cwd: home,
      env: { COMPLEXIONIST_HOME: home },
      port: 0,
      handleSignals: false,
      log: (l) => lines.push(l),
    });
    expect(lines.at(-1)).toBe(`ComPlexionist (demo) is listening on ${server.url}`);
    expect(await (await fetch(server.url)).text()).toContain('id="demo-banner"');
    const report = await scan(server.url, { type: 'movies' });
    expect(report.collections.map((c: { name: string }) => c.name)).toContain('Alien Collection');
  });

  it('refuses 0.0.0.0 without server.api_key', async () => {
    home = mkdtempSync(join(tmpdir(), 'complexionist-serve-'));
    await expect(
      serve({
        demo: true,
        host: '0.0.0.0',
        cwd: home,
        env: { COMPLEXIONIST_HOME: home },
        port: 0,
        handleSignals: false,
        log: () => {},
      }),
    ).rejects.toThrow('Refusing to listen on 0.0.0.0 without server.api_key');
  });

  it('a ${VAR} of config.yaml that is not set stops the live server, naming it (the demo needs none)', async () => {
    home = mkdtempSync(join(tmpdir(), 'complexionist-serve-'));
    writeFileSync(join(home, 'config.yaml'), 'tvdb:\n  pin: ${MY_TVDB_PIN}\n');
    const options = {
      cwd: home,
      env: { COMPLEXIONIST_HOME: home },
      port: 0,
      handleSignals: false,
      log: () => {},
    };
    await expect(serve(options)).rejects.toThrow(
      'tvdb.pin uses ${MY_TVDB_PIN}, but MY_TVDB_PIN is not set in the environment or a .env file.',
    );
    server = await serve({ ...options, demo: true });
  });
});
