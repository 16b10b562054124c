import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { type FakeIoOptions, fakeIo } from '../../testing/fake-io.js';

let fakes: FakeServices;
let dir: string;

beforeAll(async () => {
  fakes = await startFakeServices(smallWorld(), { plexServers: 2 });
});
afterAll(async () => {
  await fakes?.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-login-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function terminal(options: FakeIoOptions = {}) {
  return fakeIo({
    cwd: dir,
    tty: { stdin: true, stderr: true, stdout: true },
    ...options,
    env: { COMPLEXIONIST_HOME: dir, PLEX_TV_URL: fakes.plexTvUrl, ...options.env },
  });
}

describe('auth plex --login at a terminal', () => {
  it('opens the browser, counts down in place and asks which server to use', async () => {
    const f = terminal({ input: ['1'] });
    expect(await main(['auth', 'plex', '--login'], f.io)).toBe(0);
    expect(f.opened).toHaveLength(1);
    expect(f.opened[0]).toContain('https://app.plex.tv/auth#?clientID=');
    // The help names the page the command really sends people to.
    const help = fakeIo();
    await main(['auth', '--help'], help.io);
    expect(help.stdout()).toContain('sign in at the app.plex.tv link it prints');
    expect(help.stdout()).not.toContain('plex.tv/link');
    // The countdown redraws one line: carriage return + "erase line" (ESC [K) before each update.
    expect(f.stderr()).toContain('\r\u001b[KWaiting for approval… ');
    expect(f.stderr()).toMatch(/Waiting for approval… \d+:\d\d left/);
    expect(f.stderr()).toContain('Servers on this account:\n  1) ');
    expect(f.stderr()).toContain('Choose 1-2 [1]: ');
    expect(f.stderr()).not.toContain(fakes.plexToken);
    expect(await readFile(join(dir, 'config.yaml'), 'utf8')).toContain(fakes.plexUrl);
    expect(await readFile(join(dir, '.env'), 'utf8')).toContain(`PLEX_TOKEN=${fakes.plexToken}`);
  });

  it('a chosen server none of whose connections answer exits 3 and saves nothing', async () => {
    // The fake's second server lists no connection that leads to it.
    const f = terminal({ input: ['2'] });
    expect(await main(['auth', 'plex', '--login'], f.io)).toBe(3);
    expect(f.stderr()).toContain('Could not reach the Plex server');
    await expect(readFile(join(dir, '.env'), 'utf8')).rejects.toThrow();
  });

  it('never opens a browser in CI or with COMPLEXIONIST_NO_BROWSER', async () => {
    for (const env of [{ CI: 'true' }, { COMPLEXIONIST_NO_BROWSER: '1' }]) {
      const f = terminal({ input: ['1'], env });
      expect(await main(['auth', 'plex', '--login'], f.io)).toBe(0);
      expect(f.opened).toEqual([]);
    }
  });

  it('keeps the same client identifier across sign-ins', async () => {
    const first = terminal({ input: ['1'] });
    await main(['auth', 'plex', '--login'], first.io);
    const second = terminal({ input: ['1'] });
    await main(['auth', 'plex', '--login'], second.io);
    const id = (url: string | undefined) => /clientID=([^&]+)/.exec(url ?? '')?.[1];
    expect(id(first.opened[0])).toBeDefined();
    expect(id(second.opened[0])).toBe(id(first.opened[0]));
  });
});

describe('auth plex --login when plex.tv says no', () => {
  it('an expired code exits 3 and saves nothing', async () => {
    const expiring = await startFakeServices(smallWorld(), { pinExpiresInSeconds: 0 });
    try {
      const f = fakeIo({ cwd: dir, env: { COMPLEXIONIST_HOME: dir, PLEX_TV_URL: expiring.plexTvUrl } });
      expect(await main(['auth', 'plex', '--login'], f.io)).toBe(3);
      expect(f.stderr()).toContain('expired');
      await expect(readFile(join(dir, '.env'), 'utf8')).rejects.toThrow();
    } finally {
      await expiring.close();
    }
  });
});
