// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these tests are about the literal ${VAR} syntax of config.yaml.
import { describe, expect, it } from 'vitest';
import { assertResolved } from './build-config.js';
import { workspace } from './test-helpers.js';

async function loadYaml(text: string, env: Record<string, string> = {}) {
  const ws = workspace();
  const file = ws.write('home/config.yaml', text);
  return { file, ws, loading: ws.load({ env }) };
}

describe('YAML validation', () => {
  it('a wrong type names the file, line, key, what is expected and what was found', async () => {
    const { file, loading } = await loadYaml('options:\n  min_owned: two\n');
    await expect(loading).rejects.toMatchObject({
      name: 'ConfigError',
      kind: 'config',
      message: `${file}:2: options.min_owned must be a whole number ≥ 0 (got "two").`,
    });
  });

  it('an unknown key names the file and line and suggests the likely key', async () => {
    const { file, loading } = await loadYaml('# settings\noptions:\n  min_colection_size: 3\n');
    await expect(loading).rejects.toThrow(
      `${file}:3: unknown setting options.min_colection_size (did you mean options.min_collection_size?).`,
    );
  });

  it('an unknown top-level section is an error too', async () => {
    const { file, loading } = await loadYaml('plexx:\n  url: http://x\n');
    await expect(loading).rejects.toThrow(`${file}:1: unknown setting plexx`);
  });

  it.each([
    ['plex:\n  url: ftp://nas\n', 'plex.url must be an http:// or https:// URL (got "ftp://nas")'],
    ['options:\n  exclude_future: maybe\n', 'options.exclude_future must be true or false (got "maybe")'],
    ['options:\n  episode_source: imdb\n', 'options.episode_source must be auto, tvdb or tmdb (got "imdb")'],
    [
      'options:\n  min_collection_size: 0\n',
      'options.min_collection_size must be a whole number ≥ 1 (got "0")',
    ],
    ['server:\n  port: 70000\n', 'server.port must be a port number from 1 to 65535 (got "70000")'],
    [
      'ignore:\n  shows: [81189, abc]\n',
      'ignore.shows must be a list of show ids such as 81189 (TVDB) or tmdb:1396',
    ],
    ['ignore:\n  episodes: ["81189:E02"]\n', 'ignore.episodes must be a list of episodes such as'],
    ['plex: http://x\n', 'plex must be a section of settings.'],
  ])('%j is refused: %s', async (text, message) => {
    await expect((await loadYaml(text)).loading).rejects.toThrow(message);
  });

  it('a secret of the wrong shape is refused without repeating it', async () => {
    const { loading } = await loadYaml('plex:\n  token: [s3cr3t-token-value]\n');
    const error = await loading.catch((e: Error) => e);
    expect(String(error)).toContain('plex.token must be text.');
    expect(String(error)).not.toContain('s3cr3t');
  });

  it('numbers and booleans may be quoted, and YAML spellings of booleans work', async () => {
    const { loading } = await loadYaml(
      'options:\n  min_owned: "2"\n  exclude_specials: no\n  exclude_future: "false"\n',
    );
    expect((await loading).config.options).toMatchObject({
      minOwned: 2,
      excludeSpecials: false,
      excludeFuture: false,
    });
  });

  it('a PIN keeps its leading zero', async () => {
    const { loading } = await loadYaml('tvdb:\n  pin: 0123\n');
    expect((await loading).config.tvdb.pin).toBe('0123');
  });

  it('an empty or null value means "not set here", so the default applies', async () => {
    const { loading } = await loadYaml('plex:\n  url:\n  tv_url: ~\noptions:\n');
    const { config } = await loading;
    expect(config.plex.url).toBeUndefined();
    expect(config.plex.tvUrl).toBe('https://plex.tv');
  });

  it('a trailing slash of a URL is dropped', async () => {
    const { loading } = await loadYaml('plex:\n  url: http://192.168.1.10:32400/\n');
    expect((await loading).config.plex.url).toBe('http://192.168.1.10:32400');
  });

  it('ignore values are normalised as core reads them', async () => {
    const { loading } = await loadYaml(
      'ignore:\n  movies: [603, "604"]\n  shows: [tvdb:81189, TMDB:1396]\n  episodes: ["tmdb:1396:s1e2"]\n',
    );
    expect((await loading).config.ignore).toEqual({
      collections: [],
      movies: [603, 604],
      shows: ['81189', 'tmdb:1396'],
      episodes: ['tmdb:1396:S01E02'],
    });
  });

  it('broken YAML is a configuration error naming the file and line, without a dangling colon', async () => {
    const { file, loading } = await loadYaml('plex:\n  url: http://a\nplex:\n  url: http://b\n');
    await expect(loading).rejects.toMatchObject({
      kind: 'config',
      message: `${file}:3: not valid YAML: Map keys must be unique.`,
    });
  });

  it('an unknown key that is no near typo points at the settings it could have meant', async () => {
    const { file, loading } = await loadYaml('foo: 1\nplex:\n  address: http://x\n');
    await expect(loading).rejects.toMatchObject({
      message: `${file}:1: unknown setting foo.`,
      hint: expect.stringContaining('`complexionist config --show` lists them all'),
    });
    const section = await loadYaml('plex:\n  address: http://x\n');
    await expect(section.loading).rejects.toMatchObject({
      message: `${section.file}:2: unknown setting plex.address.`,
      hint: expect.stringMatching(/^Settings under plex: url, token, /),
    });
  });

  it('a likely typo gets the suggestion alone', async () => {
    const { loading } = await loadYaml('options:\n  min_ownd: 1\n');
    await expect(loading).rejects.toMatchObject({ hint: undefined });
  });

  it('a YAML syntax error does not echo the file, so a token near the mistake stays hidden', async () => {
    const { loading } = await loadYaml('plex:\n  token: s3cr3tTokenValue\n   url: [http://x\n');
    const error = await loading.catch((e: Error) => e);
    expect(String(error)).toContain('not valid YAML');
    expect(String(error)).not.toContain('s3cr3t');
  });

  it('a repeated key is an error rather than a silent override', async () => {
    const { loading } = await loadYaml('plex:\n  url: http://a\n  url: http://b\n');
    await expect(loading).rejects.toThrow('Map keys must be unique');
  });
});

describe('${VAR} in YAML values', () => {
  it('expands from the environment', async () => {
    const { loading } = await loadYaml('plex:\n  url: http://${PLEX_HOST}:32400\n', {
      PLEX_HOST: 'nas.local',
    });
    expect((await loading).config.plex.url).toBe('http://nas.local:32400');
  });

  it('expands from a .env file when the environment does not have it', async () => {
    const ws = workspace();
    ws.write('home/.env', 'MY_PORT=9999\n');
    ws.write('home/config.yaml', 'server:\n  port: ${MY_PORT}\n');
    expect((await ws.load()).config.server.port).toBe(9999);
  });

  it('an unset variable stops only what needs the setting, with an error naming the variable, key and file', async () => {
    const { file, loading } = await loadYaml(
      'tmdb:\n  api_key: ${MY_TMDB_KEY}\n  url: ${MY_TMDB_URL}\nplex:\n  url: http://nas:32400\n',
    );
    const loaded = await loading;
    expect(loaded.config.plex.url).toBe('http://nas:32400');
    expect(loaded.config.tmdb.apiKey).toBeUndefined();
    expect(loaded.config.tmdb.url).toBe('https://api.themoviedb.org/3');
    expect(loaded.sources['tmdb.api_key'].label).toBe(`${file}:2 (\${MY_TMDB_KEY} is not set)`);
    expect(() => assertResolved(loaded, (key) => key.startsWith('plex.'))).not.toThrow();
    expect(() => assertResolved(loaded, (key) => key.startsWith('tmdb.'))).toThrow(
      `${file}:2: tmdb.api_key uses \${MY_TMDB_KEY}, but MY_TMDB_KEY is not set in the environment or a .env file.`,
    );
    expect(Object.keys(loaded.unresolved)).toEqual(['tmdb.api_key', 'tmdb.url']);
  });

  it('an unresolved value hides the lower file, and a higher source with a value resolves it', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'tvdb:\n  pin: "1234"\n');
    ws.write('project/config.yaml', 'tvdb:\n  pin: ${MY_PIN}\n');
    const hidden = await ws.load();
    expect(hidden.config.tvdb.pin).toBeUndefined();
    expect(Object.keys(hidden.unresolved)).toEqual(['tvdb.pin']);
    const fixed = await ws.load({ env: { TVDB_PIN: '9999' } });
    expect(fixed.config.tvdb.pin).toBe('9999');
    expect(fixed.unresolved).toEqual({});
  });

  it('${VAR:-fallback} falls back, and an empty fallback leaves the setting unset', async () => {
    const { loading } = await loadYaml('server:\n  host: ${HOST:-0.0.0.0}\ntmdb:\n  api_key: ${NONE:-}\n');
    const { config } = await loading;
    expect(config.server.host).toBe('0.0.0.0');
    expect(config.tmdb.apiKey).toBeUndefined();
  });

  it('$${ stays a literal ${', async () => {
    const { loading } = await loadYaml('exclusions:\n  shows: ["Cost $${X}"]\n');
    expect((await loading).config.exclusions.shows).toEqual(['Cost ${X}']);
  });
});

describe('environment variables', () => {
  it('a bad value names the variable and the setting', async () => {
    await expect(workspace().load({ env: { TVDB_URL: 'nope' } })).rejects.toThrow(
      'environment: TVDB_URL (tvdb.url) must be an http:// or https:// URL (got "nope").',
    );
  });

  it('a bad value in a .env file names the file', async () => {
    const ws = workspace();
    const file = ws.write('project/.env', 'PLEX_URL=nope\n');
    await expect(ws.load()).rejects.toThrow(`${file}: PLEX_URL (plex.url) must be`);
  });

  it('every variable of docs/spec.md §6 fills its setting', async () => {
    const env = {
      PLEX_URL: 'http://plex:32400',
      PLEX_TOKEN: 'ptok',
      PLEX_TV_URL: 'http://plextv',
      TMDB_API_KEY: 'tkey',
      TMDB_URL: 'http://tmdb',
      TVDB_API_KEY: 'vkey',
      TVDB_PIN: '0042',
      TVDB_URL: 'http://tvdb',
      PLEX_ACCOUNT_TOKEN: 'atok',
      PLEX_DISCOVER_URL: 'http://discover',
    };
    const { config } = await workspace().load({ env });
    expect(config.plex).toEqual({
      url: env.PLEX_URL,
      token: 'ptok',
      tvUrl: 'http://plextv',
      insecureTls: false,
      servers: [],
      accountToken: 'atok',
      discoverUrl: 'http://discover',
    });
    expect(config.tmdb).toEqual({ apiKey: 'tkey', url: 'http://tmdb' });
    expect(config.tvdb).toEqual({ apiKey: 'vkey', pin: '0042', url: 'http://tvdb' });
  });
});
