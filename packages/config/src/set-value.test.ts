// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these tests are about the literal ${VAR} syntax of config.yaml.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setConfigValue, unsetConfigValue } from './set-value.js';
import { workspace } from './test-helpers.js';

const COMMENTED = `# My ComPlexionist settings
plex:
  url: http://nas:32400 # the NAS
options:
  # be strict about collections
  min_owned: 1
`;

describe('setConfigValue (config --set)', () => {
  it('keeps the comments and other keys while changing one value', async () => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', COMMENTED);
    setConfigValue(file, 'options.min_owned', '2');
    expect(readFileSync(file, 'utf8')).toBe(COMMENTED.replace('min_owned: 1', 'min_owned: 2'));
    expect((await ws.load()).config.options.minOwned).toBe(2);
  });

  it('adds a new key to an existing section and writes numbers and booleans with their type', () => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', COMMENTED);
    setConfigValue(file, 'options.exclude_future', 'no');
    setConfigValue(file, 'server.port', '9000');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# be strict about collections\n  min_owned: 1\n  exclude_future: false\n');
    expect(text).toContain('server:\n  port: 9000\n');
    expect(text).toContain('url: http://nas:32400 # the NAS');
  });

  it('creates the file and its folder when missing', async () => {
    const ws = workspace();
    const file = join(ws.root, 'new-home', 'config.yaml');
    expect(setConfigValue(file, 'plex.url', 'http://192.168.1.10:32400/')).toBe('http://192.168.1.10:32400');
    expect(readFileSync(file, 'utf8')).toBe('plex:\n  url: http://192.168.1.10:32400\n');
  });

  it('a folder it creates for the file is private (0700), like the home folder', () => {
    const ws = workspace();
    const folder = join(ws.root, 'new-home');
    setConfigValue(join(folder, 'config.yaml'), 'plex.url', 'http://nas:32400');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('an unknown key is refused with a suggestion and the file is not touched', () => {
    const ws = workspace();
    const file = join(ws.home, 'config.yaml');
    expect(() => setConfigValue(file, 'options.min_owend', '2')).toThrow(
      'unknown setting options.min_owend (did you mean options.min_owned?).',
    );
    expect(existsSync(file)).toBe(false);
  });

  it('a value of the wrong type is refused naming the key', () => {
    const file = join(workspace().home, 'config.yaml');
    expect(() => setConfigValue(file, 'options.min_owned', 'two')).toThrow(
      'options.min_owned must be a whole number ≥ 0 (got "two").',
    );
  });

  it('a secret is refused, pointing to auth, and never written to the YAML file', () => {
    const file = join(workspace().home, 'config.yaml');
    const attempt = () => setConfigValue(file, 'tmdb.api_key', 'abcdef123456');
    expect(attempt).toThrow('tmdb.api_key is a secret and is not written to');
    expect(attempt).toThrow('complexionist auth tmdb --key KEY');
    expect(existsSync(file)).toBe(false);
  });

  it('a secret may be set to a ${VAR} reference', async () => {
    const ws = workspace();
    setConfigValue(join(ws.home, 'config.yaml'), 'plex.token', '${MY_TOKEN}');
    expect((await ws.load({ env: { MY_TOKEN: 'tok' } })).config.plex.token).toBe('tok');
  });

  it('lists take [a, b] or a single item, and "" empties them', () => {
    const file = join(workspace().home, 'config.yaml');
    expect(setConfigValue(file, 'exclusions.shows', '[Doctor Who, "Love, Death & Robots"]')).toEqual([
      'Doctor Who',
      'Love, Death & Robots',
    ]);
    expect(setConfigValue(file, 'exclusions.shows', 'Love, Death & Robots')).toEqual([
      'Love, Death & Robots',
    ]);
    expect(setConfigValue(file, 'ignore.movies', '')).toEqual([]);
  });

  it('unsetConfigValue removes the key so the default applies again', async () => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', COMMENTED);
    expect(unsetConfigValue(file, 'options.min_owned')).toBe(true);
    expect(unsetConfigValue(file, 'options.min_owned')).toBe(false);
    expect(readFileSync(file, 'utf8')).toContain('url: http://nas:32400 # the NAS');
    expect((await ws.load()).sources['options.min_owned'].kind).toBe('default');
  });
});
