import { defaultConfig } from '@complexionist/config';
import { createRedactor } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { configSecrets, SECRET_KEYS } from './secrets.js';

describe('the secrets list (from the schema’s secret: true)', () => {
  it('names every credential setting and nothing else', () => {
    expect([...SECRET_KEYS].sort()).toEqual([
      'notifications',
      'plex.account_token',
      'plex.servers',
      'plex.token',
      'radarr.api_key',
      'server.api_key',
      'sonarr.api_key',
      'tmdb.api_key',
      'tvdb.api_key',
      'tvdb.pin',
    ]);
  });

  it('collects the set values, and a redactor fed with them hides each one', () => {
    const config = defaultConfig();
    config.plex.url = 'http://nas:32400';
    config.plex.token = 'plex-token-1';
    config.tmdb.apiKey = 'tmdb-key-2';
    config.tvdb.pin = 'pin-3';
    config.server.apiKey = 'server-key-4';
    config.radarr.apiKey = 'radarr-key-5';
    config.notifications = [
      { type: 'discord', url: 'https://discord.com/api/webhooks/123/abc-secret', onFailure: false },
    ];
    const secrets = configSecrets(config);
    expect(secrets).not.toContain('http://nas:32400');
    const line = createRedactor(secrets).redact(
      'plex-token-1 tmdb-key-2 pin-3 server-key-4 radarr-key-5 https://discord.com/api/webhooks/123/abc-secret',
    );
    expect(line).toBe('*** *** *** *** *** ***');
  });
});
