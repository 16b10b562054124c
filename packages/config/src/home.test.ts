import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configPath, homePaths, resolveHome } from './home.js';
import { workspace } from './test-helpers.js';

describe('resolveHome', () => {
  it('is ~/.complexionist unless COMPLEXIONIST_HOME says otherwise', () => {
    expect(resolveHome({})).toBe(join(homedir(), '.complexionist'));
    expect(resolveHome({ COMPLEXIONIST_HOME: '  ' })).toBe(join(homedir(), '.complexionist'));
    expect(resolveHome({ COMPLEXIONIST_HOME: '/srv/cx' })).toBe('/srv/cx');
    expect(resolveHome({ COMPLEXIONIST_HOME: '~/cx' })).toBe(join(homedir(), 'cx'));
  });

  it('homePaths names the config, .env and cache files', () => {
    expect(homePaths('/h')).toEqual({
      config: '/h/config.yaml',
      env: '/h/.env',
      cacheDb: '/h/cache/cache.db',
    });
  });
});

describe('configPath (the file config --set writes)', () => {
  it('is --config FILE when given, else ./config.yaml when it exists, else <home>/config.yaml', () => {
    const ws = workspace();
    expect(configPath({ cwd: ws.cwd, home: ws.home })).toBe(join(ws.home, 'config.yaml'));
    ws.write('project/config.yaml', '');
    expect(configPath({ cwd: ws.cwd, home: ws.home })).toBe(join(ws.cwd, 'config.yaml'));
    expect(configPath({ cwd: ws.cwd, home: ws.home, configFile: 'x.yaml' })).toBe(join(ws.cwd, 'x.yaml'));
  });
});
