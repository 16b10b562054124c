import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFakes } from '../testing/live-env.js';

const live = useFakes({ plexServers: 2 });

async function mode(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

describe('auth plex --login (PIN flow against the fake plex.tv)', () => {
  it('prints the approval URL, waits, picks the first owned server and saves its URL and token', async () => {
    const run = await live.box.run(['auth', 'plex', '--login'], {
      env: { PLEX_TV_URL: live.fakes.plexTvUrl },
    });
    expect(run.stderr).toContain('https://app.plex.tv/auth#?clientID=');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Waiting for approval \(\d+:\d\d left\)/);
    expect(run.stderr).toMatch(/Using .+ \(of 2 servers/);
    expect(run.stderr).not.toContain(live.fakes.plexToken);
    expect(run.stderr).not.toContain(live.fakes.plexAccountToken);
    const yaml = await readFile(join(live.box.dir, 'config.yaml'), 'utf8');
    expect(yaml).toContain(live.fakes.plexUrl);
    const dotenv = await readFile(join(live.box.dir, '.env'), 'utf8');
    expect(dotenv).toContain(`PLEX_TOKEN=${live.fakes.plexToken}`);
    expect(await mode(join(live.box.dir, '.env'))).toBe(0o600);
  });

  it('after the login a scan needs nothing but a TMDB key', async () => {
    expect(
      (await live.box.run(['auth', 'plex', '--login'], { env: { PLEX_TV_URL: live.fakes.plexTvUrl } })).code,
    ).toBe(0);
    const run = await live.box.run(['movies', '--format', 'json'], {
      env: { TMDB_API_KEY: live.fakes.tmdbKey, TMDB_URL: live.fakes.tmdbUrl },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('auth keys are checked live before they are saved', () => {
  it('a TMDB key the service accepts is saved to <home>/.env with mode 0600', async () => {
    const run = await live.box.run(['auth', 'tmdb', '--key', live.fakes.tmdbKey], {
      env: { TMDB_URL: live.fakes.tmdbUrl },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain(live.fakes.tmdbKey);
    expect(await readFile(join(live.box.dir, '.env'), 'utf8')).toContain(
      `TMDB_API_KEY=${live.fakes.tmdbKey}`,
    );
    expect(await mode(join(live.box.dir, '.env'))).toBe(0o600);
  });

  it('a rejected TMDB key exits 3, names the setting and saves nothing', async () => {
    const bad = 'not-a-real-tmdb-key-123456';
    const run = await live.box.run(['auth', 'tmdb', '--key', bad], { env: { TMDB_URL: live.fakes.tmdbUrl } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('tmdb.api_key');
    expect(run.stderr).not.toContain(bad);
    await expect(stat(join(live.box.dir, '.env'))).rejects.toThrow();
  });

  it('a rejected TVDB key exits 3 and saves nothing', async () => {
    const run = await live.box.run(['auth', 'tvdb', '--key', 'bad-tvdb-key-0000'], {
      env: { TVDB_URL: live.fakes.tvdbUrl },
    });
    expect(run.code).toBe(3);
    await expect(stat(join(live.box.dir, '.env'))).rejects.toThrow();
  });

  it('a TVDB key is saved once TVDB accepts it', async () => {
    const run = await live.box.run(['auth', 'tvdb', '--key', live.fakes.tvdbKey], {
      env: { TVDB_URL: live.fakes.tvdbUrl },
    });
    expect(run.code).toBe(0);
    expect(await readFile(join(live.box.dir, '.env'), 'utf8')).toContain(
      `TVDB_API_KEY=${live.fakes.tvdbKey}`,
    );
  });

  it('auth plex --token checks the token against plex.url before saving it', async () => {
    const bad = await live.box.run([
      'auth',
      'plex',
      '--token',
      'bad-plex-token-777',
      '--url',
      live.fakes.plexUrl,
    ]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).not.toContain('bad-plex-token-777');
    await expect(stat(join(live.box.dir, '.env'))).rejects.toThrow();
    const good = await live.box.run([
      'auth',
      'plex',
      '--token',
      live.fakes.plexToken,
      '--url',
      live.fakes.plexUrl,
    ]);
    expect(good.code).toBe(0);
    expect(await readFile(join(live.box.dir, '.env'), 'utf8')).toContain(
      `PLEX_TOKEN=${live.fakes.plexToken}`,
    );
    expect(await readFile(join(live.box.dir, 'config.yaml'), 'utf8')).toContain(live.fakes.plexUrl);
  });
});
