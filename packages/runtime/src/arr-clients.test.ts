import { defaultConfig } from '@complexionist/config';
import { type RunningArr, startFakeRadarr, startFakeSonarr } from '@complexionist/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { radarrClient, sonarrClient } from './arr-clients.js';
import { configSendTargets } from './send-targets.js';

const running: Array<RunningArr<unknown>> = [];
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.close();
});

describe('Radarr and Sonarr clients of the composition root', () => {
  it('talk to the services with their keys', async () => {
    const radarr = await startFakeRadarr({ version: '5.14.0.9383' });
    const sonarr = await startFakeSonarr();
    running.push(radarr, sonarr);
    expect((await radarrClient({ url: radarr.url, apiKey: radarr.apiKey }).status()).version).toBe(
      '5.14.0.9383',
    );
    await expect(sonarrClient({ url: sonarr.url, apiKey: 'wrong-key-123' }).status()).rejects.toMatchObject({
      kind: 'auth',
    });
  });

  it('send targets exist only for the services with a URL and a key', () => {
    const config = defaultConfig();
    config.radarr.url = 'http://127.0.0.1:7878';
    config.radarr.apiKey = 'radarr-key-123';
    config.sonarr.url = 'http://127.0.0.1:8989';
    expect(Object.keys(configSendTargets(config))).toEqual(['radarr']);
  });
});
