import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@complexionist/config';
import { type RunningArr, startFakeRadarr } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveSetup } from './live-setup.js';

let radarr: RunningArr<unknown>;
const homes: string[] = [];
beforeAll(async () => {
  radarr = await startFakeRadarr();
});
afterAll(async () => {
  await radarr.close();
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

/** A setup over a fresh home, with the configurations it reloaded. */
async function fresh() {
  const home = mkdtempSync(join(tmpdir(), 'complexionist-live-setup-'));
  homes.push(home);
  const env = { COMPLEXIONIST_HOME: home };
  const { config } = await loadConfig({ cwd: home, env });
  const reloaded: Config[] = [];
  const setup = liveSetup({ config, home, cwd: home, env, onReload: (c) => reloaded.push(c) });
  return { home, setup, reloaded };
}

describe('live setup', () => {
  it('saves as `auth` does (secrets in <home>/.env 0600, the rest in config.yaml) and reads the config again', async () => {
    const { home, setup, reloaded } = await fresh();
    expect(setup.status()).toMatchObject({ needed: true, plex: { configured: false } });
    const files = await setup.save({ 'plex.url': 'http://10.0.0.2:32400', 'plex.token': 'plex-token-123' });
    const env = join(home, '.env');
    const yaml = join(home, 'config.yaml');
    expect(files.sort()).toEqual([env, yaml].sort());
    expect(readFileSync(env, 'utf8')).toBe('PLEX_TOKEN=plex-token-123\n');
    expect(statSync(env).mode & 0o777).toBe(0o600);
    expect(readFileSync(yaml, 'utf8')).toContain('http://10.0.0.2:32400');
    expect(readFileSync(yaml, 'utf8')).not.toContain('plex-token-123');
    expect(reloaded.at(-1)?.plex).toMatchObject({ url: 'http://10.0.0.2:32400', token: 'plex-token-123' });
    expect(setup.status()).toMatchObject({ plex: { configured: true, url: 'http://10.0.0.2:32400' } });
    expect(setup.status().needed).toBe(true);
    await setup.save({ 'tmdb.api_key': 'tmdb-key' });
    expect(setup.status().needed).toBe(false);
  });

  it('tests a Radarr key at the given address, naming the version; a wrong key is refused', async () => {
    const { setup } = await fresh();
    await expect(setup.testKey('radarr', { key: radarr.apiKey, url: radarr.url })).resolves.toMatch(
      /^Radarr \d/,
    );
    await expect(setup.testKey('radarr', { key: 'wrong', url: radarr.url })).rejects.toMatchObject({
      kind: 'auth',
    });
    await expect(setup.testKey('sonarr', { key: 'x' })).rejects.toThrow('Enter the address of Sonarr first.');
  });
});
