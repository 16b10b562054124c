import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plexServersOf } from './plex-servers.js';
import { addPlexServerToFile, serverTokenVariable } from './plex-servers-file.js';
import { workspace } from './test-helpers.js';

describe('addPlexServerToFile', () => {
  it('appends a server with its token as a variable, keeping comments, and replaces one of the same name', async () => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', '# my settings\nplex:\n  url: http://tower:32400 # main\n');
    addPlexServerToFile(file, {
      name: 'Annex',
      url: 'http://annex:32400',
      tokenVariable: serverTokenVariable('Annex'),
    });
    addPlexServerToFile(file, {
      name: 'annex',
      url: 'http://annex2:32400',
      tokenVariable: 'PLEX_TOKEN_ANNEX',
    });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# my settings');
    expect(text).toContain('# main');
    const { config } = await ws.load({ env: { PLEX_TOKEN: 't1', PLEX_TOKEN_ANNEX: 't2' } });
    expect(plexServersOf(config.plex)).toEqual([
      { name: 'plex', url: 'http://tower:32400', token: 't1' },
      { name: 'annex', url: 'http://annex2:32400', token: 't2' },
    ]);
  });

  it('names token variables after the server', () => {
    expect(serverTokenVariable('Living Room NAS')).toBe('PLEX_TOKEN_LIVING_ROOM_NAS');
    expect(serverTokenVariable('é')).toBe('PLEX_TOKEN_SERVER');
  });
});
