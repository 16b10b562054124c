// biome-ignore-all lint/suspicious/noTemplateCurlyInString: config.yaml's ${VAR} syntax is checked here.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type FakeServices,
  startFakeServices,
  TWO_SERVER_SPLIT,
  twoServerWorld,
} from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';

let fakes: FakeServices;
let dir: string;
beforeAll(async () => {
  fakes = await startFakeServices(twoServerWorld(), { plexSplit: TWO_SERVER_SPLIT });
  dir = await mkdtemp(join(tmpdir(), 'cli-login-add-'));
});
afterAll(async () => {
  await fakes?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('auth plex --login --add', () => {
  it('adds the account’s server not yet configured to plex.servers and saves the account token', async () => {
    const env = { COMPLEXIONIST_HOME: dir, PLEX_TV_URL: fakes.plexTvUrl };
    expect(await main(['auth', 'plex', '--login'], fakeIo({ cwd: dir, env }).io)).toBe(0);
    const f = fakeIo({ cwd: dir, env });
    expect(await main(['auth', 'plex', '--login', '--add'], f.io)).toBe(0);
    expect(f.stderr()).toContain('Added Testkit Plex 2 to plex.servers');
    const yaml = await readFile(join(dir, 'config.yaml'), 'utf8');
    expect(yaml).toContain(`url: ${fakes.plexServers[1]?.url}`);
    expect(yaml).toContain('token: ${PLEX_TOKEN_TESTKIT_PLEX_2}');
    const dotenv = await readFile(join(dir, '.env'), 'utf8');
    expect(dotenv).toContain(`PLEX_TOKEN_TESTKIT_PLEX_2=${fakes.plexToken}`);
    expect(dotenv).toContain(`PLEX_ACCOUNT_TOKEN=${fakes.plexAccountToken}`);
    expect(f.stderr()).not.toContain(fakes.plexToken);
    // Both are configured now: a third --add has nothing to offer.
    const again = fakeIo({ cwd: dir, env });
    expect(await main(['auth', 'plex', '--login', '--add'], again.io)).toBe(2);
    expect(again.stderr()).toContain('Every server of this Plex account is configured already.');
  });

  it('--add goes with --login only', async () => {
    const f = fakeIo({ cwd: dir, env: { COMPLEXIONIST_HOME: dir } });
    expect(await main(['auth', 'plex', '--token', 'abc', '--add'], f.io)).toBe(2);
    expect(f.stderr()).toContain('--add does not apply to auth plex');
  });
});
