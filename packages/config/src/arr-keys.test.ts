import { describe, expect, it } from 'vitest';
import { maskConfig } from './mask.js';
import { workspace } from './test-helpers.js';

describe('radarr.* and sonarr.* settings', () => {
  it('default to monitored, search on add and no tags, with no URL or key', async () => {
    const { config } = await workspace().load({ env: {} });
    expect(config.radarr).toEqual({ monitored: true, searchOnAdd: true, tags: [] });
    expect(config.sonarr).toEqual({ monitored: true, searchOnAdd: true, tags: [] });
  });

  it('read the YAML and the variables, and mask the keys', async () => {
    const ws = workspace();
    ws.write(
      'home/config.yaml',
      'radarr:\n  url: http://nas:7878/\n  root_folder: /movies\n  quality_profile: HD-1080p\n  search_on_add: no\n  tags: [complexionist, gaps]\nsonarr:\n  monitored: false\n  tags: kids\n',
    );
    const { config } = await ws.load({
      env: {
        RADARR_API_KEY: 'radarr-key-abcdef123456',
        SONARR_URL: 'http://nas:8989',
        SONARR_API_KEY: 'sk-99887766',
      },
    });
    expect(config.radarr).toEqual({
      url: 'http://nas:7878',
      apiKey: 'radarr-key-abcdef123456',
      rootFolder: '/movies',
      qualityProfile: 'HD-1080p',
      monitored: true,
      searchOnAdd: false,
      tags: ['complexionist', 'gaps'],
    });
    expect(config.sonarr).toMatchObject({ url: 'http://nas:8989', monitored: false, tags: ['kids'] });
    const shown = JSON.stringify(maskConfig(config));
    expect(shown).not.toContain('radarr-key-abcdef');
    expect(shown).not.toContain('sk-99887766');
  });

  it('name the key and the expected value when one is wrong', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'sonarr:\n  search_on_add: sometimes\n');
    await expect(ws.load({ env: {} })).rejects.toThrow(/sonarr\.search_on_add must be true or false/);
  });
});
