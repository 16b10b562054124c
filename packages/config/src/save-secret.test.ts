import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { saveSecret } from './save-secret.js';
import { workspace } from './test-helpers.js';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('saveSecret', () => {
  it('creates <home>/.env readable only by the user, in a folder only the user can enter', async () => {
    const ws = workspace();
    const home = join(ws.root, 'fresh-home');
    const file = saveSecret(home, 'TMDB_API_KEY', 'k1');
    expect(file).toBe(join(home, '.env'));
    expect(mode(file)).toBe(0o600);
    expect(mode(home)).toBe(0o700);
    expect((await ws.load({ home })).config.tmdb.apiKey).toBe('k1');
  });

  it('replaces an existing value, keeps other lines and tightens a too-open file to 0600', () => {
    const ws = workspace();
    const file = ws.write('home/.env', '# my secrets\nexport PLEX_TOKEN=old\nOTHER=1\n');
    saveSecret(ws.home, 'PLEX_TOKEN', 'new-token');
    saveSecret(ws.home, 'TVDB_PIN', '0123');
    expect(readFileSync(file, 'utf8')).toBe('# my secrets\nPLEX_TOKEN=new-token\nOTHER=1\nTVDB_PIN=0123\n');
    expect(mode(file)).toBe(0o600);
  });

  it.each(['has space', 'with#hash', "it's", 'a"quote', 'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIxIn0.sig-_x'])(
    '%j reads back exactly',
    (value) => {
      const ws = workspace();
      const file = saveSecret(ws.home, 'TMDB_API_KEY', value);
      expect(parseEnv(readFileSync(file, 'utf8')).TMDB_API_KEY).toBe(value);
    },
  );

  it('a value a .env file cannot hold is refused without repeating it', () => {
    const ws = workspace();
    const attempt = () => saveSecret(ws.home, 'PLEX_TOKEN', 'line1\nline2\'"');
    expect(attempt).toThrow('The value for PLEX_TOKEN contains characters a .env file cannot hold');
    expect(attempt).not.toThrow('line1');
  });

  it('an empty value removes the variable', () => {
    const ws = workspace();
    const file = ws.write('home/.env', 'PLEX_TOKEN=old\nOTHER=1\n');
    saveSecret(ws.home, 'PLEX_TOKEN', '');
    expect(readFileSync(file, 'utf8')).toBe('OTHER=1\n');
  });
});
