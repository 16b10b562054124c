import { describe, expect, it } from 'vitest';
import { maskConfig, maskSecret } from './mask.js';
import { workspace } from './test-helpers.js';

const SECRETS = {
  PLEX_TOKEN: 'plexTokenAbcdefghijWXYZ',
  TMDB_API_KEY: 'eyJhbGciOiJIUzI1NiJ9.tmdbv4tokenQRST',
  TVDB_API_KEY: 'tvdb-key-0123456789',
  TVDB_PIN: '4711',
  COMPLEXIONIST_API_KEY: 'Kx7pq-apikey12',
};

describe('maskConfig', () => {
  it('no secret appears in the masked configuration, whole or in a long piece', async () => {
    const { config } = await workspace().load({ env: SECRETS });
    const shown = JSON.stringify(maskConfig(config));
    for (const secret of Object.values(SECRETS)) {
      expect(shown).not.toContain(secret);
      expect(shown).not.toContain(secret.slice(0, 5));
    }
    expect(maskConfig(config).plex.token).toBe('********WXYZ');
    expect(maskConfig(config).tvdb.pin).toBe('********');
    expect(maskConfig(config).server.apiKey).toBe('********12');
  });

  it('leaves the original configuration and the other settings as they were', async () => {
    const { config } = await workspace().load({ env: SECRETS });
    const masked = maskConfig(config);
    expect(config.plex.token).toBe(SECRETS.PLEX_TOKEN);
    expect(masked.options).toEqual(config.options);
    expect(masked.plex.tvUrl).toBe(config.plex.tvUrl);
  });

  it('shows at most the last 4 characters, fewer for short secrets', () => {
    expect(maskSecret('0123456789abcdef')).toBe('********cdef');
    expect(maskSecret('01234567')).toBe('********67');
    expect(maskSecret('0123456')).toBe('********');
  });
});
