// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these tests write literal ${VAR} references.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_KEYS } from '@complexionist/config';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { type FakeIoOptions, fakeIo } from '../../testing/fake-io.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
/** A run in the temporary folder, which is also the home folder. */
const io = (options: FakeIoOptions = {}) =>
  fakeIo({ cwd: dir, ...options, env: { COMPLEXIONIST_HOME: dir, ...options.env } });
const home = (name: string) => readFile(join(dir, name), 'utf8');

describe('config --set', () => {
  it('shows the value of an ordinary setting, so a refused one can be read too', async () => {
    const f = io();
    expect(await main(['config', '--set', 'plex.url', 'http://nas.local:32400'], f.io)).toBe(0);
    expect(f.stderr()).toBe(`Set plex.url to http://nas.local:32400 in ${join(dir, 'config.yaml')}.\n`);
    const bad = io();
    expect(await main(['config', '--set', 'server.host', 'exam ple'], bad.io)).toBe(0);
    expect(bad.stderr()).toContain('exam ple');
    const refused = io();
    expect(await main(['config', '--set', 'options.min_owned', 'lots'], refused.io)).toBe(2);
    expect(refused.stderr()).toContain('options.min_owned must be a whole number ≥ 0 (got "lots")');
  });

  it('masks a secret value, and the value given for an unknown (maybe mistyped secret) key', async () => {
    const f = io();
    expect(await main(['config', '--set', 'tmdb.api_key', 'abcdef0123456789'], f.io)).toBe(0);
    expect(f.stderr()).toBe(`Set tmdb.api_key in ${join(dir, '.env')}.\n`);
    const typo = io();
    expect(await main(['config', '--set', 'tmdb.apikey', 'secret-9876543210'], typo.io)).toBe(2);
    expect(typo.stderr()).not.toContain('secret-9876543210');
    expect(typo.stderr()).toContain('did you mean tmdb.api_key?');
  });
});

describe('config --unset', () => {
  it('removes a setting so its default applies again, and says when nothing was set', async () => {
    await writeFile(
      join(dir, 'config.yaml'),
      '# mine\noptions:\n  min_owned: 3 # keep\n  min_collection_size: 4\n',
    );
    const f = io();
    expect(await main(['config', '--unset', 'options.min_owned'], f.io)).toBe(0);
    expect(f.stderr()).toBe(`Removed options.min_owned from ${join(dir, 'config.yaml')}.\n`);
    const yaml = await home('config.yaml');
    expect(yaml).toContain('# mine');
    expect(yaml).toContain('min_collection_size: 4');
    expect(yaml).not.toContain('min_owned');
    const again = io();
    expect(await main(['config', '--unset', 'options.min_owned'], again.io)).toBe(0);
    expect(again.stderr()).toBe(`options.min_owned was not set in ${join(dir, 'config.yaml')}.\n`);
  });

  it('removes a secret from <home>/.env, keeping the other variables, and notes the environment still sets it', async () => {
    await writeFile(join(dir, '.env'), 'TMDB_API_KEY=abcdef0123456789\nPLEX_TOKEN=tok-123456\n');
    const f = io({ env: { TMDB_API_KEY: 'from-the-environment' } });
    expect(await main(['config', '--unset', 'tmdb.api_key'], f.io)).toBe(0);
    expect(f.stderr()).toContain(`Removed tmdb.api_key from ${join(dir, '.env')}.`);
    expect(f.stderr()).toContain('Note: tmdb.api_key is still set by environment (TMDB_API_KEY).');
    expect(await home('.env')).toBe('PLEX_TOKEN=tok-123456\n');
  });

  it('an unknown key exits 2 naming the likely one', async () => {
    const f = io();
    expect(await main(['config', '--unset', 'options.min_ownd'], f.io)).toBe(2);
    expect(f.stderr()).toContain('did you mean options.min_owned?');
  });
});

describe('config init', () => {
  it('writes a commented starter naming every setting, which loads as the defaults', async () => {
    const f = io();
    expect(await main(['config', 'init'], f.io)).toBe(0);
    expect(f.stderr()).toContain(`Wrote a starter configuration to ${join(dir, 'config.yaml')}`);
    const yaml = await home('config.yaml');
    for (const spec of CONFIG_KEYS) expect(yaml).toContain(`# ${spec.description}.`);
    const shown = io();
    expect(await main(['config', '--show', '--format', 'json'], shown.io)).toBe(0);
    const { settings } = JSON.parse(shown.stdout()) as { settings: Record<string, { source: string }> };
    expect(Object.values(settings).every((s) => s.source === 'default' || s.source === 'not set')).toBe(true);
  });

  it('never overwrites an existing file (exit 2)', async () => {
    await writeFile(join(dir, 'config.yaml'), 'plex:\n  url: http://mine:32400\n');
    const f = io();
    expect(await main(['config', 'init'], f.io)).toBe(2);
    expect(f.stderr()).toContain(`${join(dir, 'config.yaml')} already exists; config init never overwrites`);
    expect(await home('config.yaml')).toBe('plex:\n  url: http://mine:32400\n');
  });
});

describe('config --show --format json', () => {
  it('gives every setting its value and source, secrets masked', async () => {
    const f = io({ env: { TMDB_API_KEY: 'tmdb-secret-0123456789', PLEX_URL: 'http://nas:32400' } });
    expect(await main(['config', '--show', '--format', 'json'], f.io)).toBe(0);
    expect(f.stdout()).not.toContain('tmdb-secret-0123456789');
    const shown = JSON.parse(f.stdout()) as { settings: Record<string, { value: unknown; source: string }> };
    expect(Object.keys(shown.settings)).toEqual(CONFIG_KEYS.map((s) => s.key));
    expect(shown.settings['plex.url']).toEqual({
      value: 'http://nas:32400',
      source: 'environment (PLEX_URL)',
    });
    expect(shown.settings['tmdb.api_key']).toEqual({
      value: '********6789',
      source: 'environment (TMDB_API_KEY)',
    });
    expect(shown.settings['plex.token']).toEqual({ value: null, source: 'not set' });
    expect(shown.settings['options.min_owned']).toEqual({ value: 1, source: 'default' });
  });

  it('--format goes with --show only', async () => {
    const f = io();
    expect(await main(['config', '--path', '--format', 'json'], f.io)).toBe(2);
    expect(f.stderr()).toContain('--format goes with --show only');
  });
});

describe('an unset ${VAR} in config.yaml', () => {
  let fakes: FakeServices;
  beforeAll(async () => {
    fakes = await startFakeServices(smallWorld());
  });
  afterAll(() => fakes.close());

  const movieUser = () => ({
    PLEX_URL: fakes.plexUrl,
    PLEX_TOKEN: fakes.plexToken,
    TMDB_URL: fakes.tmdbUrl,
    TMDB_API_KEY: fakes.tmdbKey,
    COMPLEXIONIST_NOW: fakes.now.toISOString(),
  });

  it('does not stop a command that never reads the setting: movies runs', async () => {
    await writeFile(join(dir, 'config.yaml'), 'tvdb:\n  api_key: ${TVDB_API_KEY}\n');
    const f = io({ env: movieUser() });
    expect(await main(['movies', '--format', 'json'], f.io)).toBe(0);
    expect(JSON.parse(f.stdout())).toMatchObject({ type: 'movies' });
    expect(f.stderr()).toBe('');
  });

  it('stops a command that needs it, naming the variable, the key and the file (exit 2)', async () => {
    await writeFile(join(dir, 'config.yaml'), 'tvdb:\n  api_key: ${TVDB_API_KEY}\n');
    const f = io({ env: movieUser() });
    fakes.resetCounts();
    expect(await main(['episodes'], f.io)).toBe(2);
    expect(f.stderr()).toContain(
      `${join(dir, 'config.yaml')}:2: tvdb.api_key uses \${TVDB_API_KEY}, but TVDB_API_KEY is not set in the environment or a .env file.`,
    );
    expect(fakes.counts().plex.total).toBe(0);
  });

  it('config --show still works and says which variable is missing', async () => {
    await writeFile(join(dir, 'config.yaml'), 'tvdb:\n  api_key: ${TVDB_API_KEY}\n');
    const f = io();
    expect(await main(['config', '--show'], f.io)).toBe(0);
    expect(f.stdout()).toMatch(/tvdb\.api_key\s+-\s+.*config\.yaml:2 \(\$\{TVDB_API_KEY\} is not set\)/);
  });
});
