import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox, sandbox } from '../testing/run-cli.js';

let fakes: FakeServices;
let box: Sandbox;

beforeAll(async () => {
  fakes = await startFakeServices(smallWorld(), { plexServers: 2 });
});
afterAll(async () => {
  await fakes?.close();
});
beforeEach(async () => {
  box = await sandbox();
});
afterEach(async () => {
  await box.remove();
});

async function mode(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

describe('auth plex --login (PIN flow against the fake plex.tv)', () => {
  it('prints the approval URL, waits, picks the first owned server and saves its URL and token', async () => {
    const run = await box.run(['auth', 'plex', '--login'], { env: { PLEX_TV_URL: fakes.plexTvUrl } });
    expect(run.stderr).toContain('https://app.plex.tv/auth#?clientID=');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Waiting for approval \(\d+:\d\d left\)/);
    expect(run.stderr).toMatch(/Using .+ \(of 2 servers/);
    expect(run.stderr).not.toContain(fakes.plexToken);
    expect(run.stderr).not.toContain(fakes.plexAccountToken);
    const yaml = await readFile(join(box.dir, 'config.yaml'), 'utf8');
    expect(yaml).toContain(fakes.plexUrl);
    const dotenv = await readFile(join(box.dir, '.env'), 'utf8');
    expect(dotenv).toContain(`PLEX_TOKEN=${fakes.plexToken}`);
    expect(await mode(join(box.dir, '.env'))).toBe(0o600);
  });

  it('after the login a scan needs nothing but a TMDB key', async () => {
    expect((await box.run(['auth', 'plex', '--login'], { env: { PLEX_TV_URL: fakes.plexTvUrl } })).code).toBe(
      0,
    );
    const run = await box.run(['movies', '--format', 'json'], {
      env: { TMDB_API_KEY: fakes.tmdbKey, TMDB_URL: fakes.tmdbUrl },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('auth keys are checked live before they are saved', () => {
  it('a TMDB key the service accepts is saved to <home>/.env with mode 0600', async () => {
    const run = await box.run(['auth', 'tmdb', '--key', fakes.tmdbKey], { env: { TMDB_URL: fakes.tmdbUrl } });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain(fakes.tmdbKey);
    expect(await readFile(join(box.dir, '.env'), 'utf8')).toContain(`TMDB_API_KEY=${fakes.tmdbKey}`);
    expect(await mode(join(box.dir, '.env'))).toBe(0o600);
  });

  it('a rejected TMDB key exits 3, names the setting and saves nothing', async () => {
    const bad = 'not-a-real-tmdb-key-123456';
    const run = await box.run(['auth', 'tmdb', '--key', bad], { env: { TMDB_URL: fakes.tmdbUrl } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('tmdb.api_key');
    expect(run.stderr).not.toContain(bad);
    await expect(stat(join(box.dir, '.env'))).rejects.toThrow();
  });

  it('a rejected TVDB key exits 3 and saves nothing', async () => {
    const run = await box.run(['auth', 'tvdb', '--key', 'bad-tvdb-key-0000'], {
      env: { TVDB_URL: fakes.tvdbUrl },
    });
    expect(run.code).toBe(3);
    await expect(stat(join(box.dir, '.env'))).rejects.toThrow();
  });

  it('a TVDB key is saved once TVDB accepts it', async () => {
    const run = await box.run(['auth', 'tvdb', '--key', fakes.tvdbKey], { env: { TVDB_URL: fakes.tvdbUrl } });
    expect(run.code).toBe(0);
    expect(await readFile(join(box.dir, '.env'), 'utf8')).toContain(`TVDB_API_KEY=${fakes.tvdbKey}`);
  });

  it('auth plex --token checks the token against plex.url before saving it', async () => {
    const bad = await box.run(['auth', 'plex', '--token', 'bad-plex-token-777', '--url', fakes.plexUrl]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).not.toContain('bad-plex-token-777');
    await expect(stat(join(box.dir, '.env'))).rejects.toThrow();
    const good = await box.run(['auth', 'plex', '--token', fakes.plexToken, '--url', fakes.plexUrl]);
    expect(good.code).toBe(0);
    expect(await readFile(join(box.dir, '.env'), 'utf8')).toContain(`PLEX_TOKEN=${fakes.plexToken}`);
    expect(await readFile(join(box.dir, 'config.yaml'), 'utf8')).toContain(fakes.plexUrl);
  });
});
