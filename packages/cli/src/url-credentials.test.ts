import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { main } from './main.js';
import { fakeIo } from './testing/fake-io.js';

const PASSWORD = 'hunter2-proxy-password';

function home(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cx-url-creds-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('a user:password@ in plex.url never reaches the output (issue 13, finding 6)', () => {
  const env = (dir: string) => ({
    COMPLEXIONIST_HOME: dir,
    HOME: dir,
    // Node's fetch refuses a URL with credentials and repeats it whole in its error (the "Caused by:" line).
    PLEX_URL: `http://me:${PASSWORD}@127.0.0.1:9`,
    PLEX_TOKEN: 'plex-token-0123456789',
    TMDB_API_KEY: 'tmdb-key-0123456789abcdef',
  });

  it('in an error with every cause shown (-v)', async () => {
    const f = fakeIo({ env: env(home()) });
    const code = await main(['movies', '-v'], f.io);
    expect(code).not.toBe(0);
    expect(f.stderr()).toContain('http://***@127.0.0.1:9');
    expect(f.stderr()).not.toContain(PASSWORD);
    expect(f.stderr()).not.toContain('    at ');
  });

  it('in config --show', async () => {
    const f = fakeIo({ env: env(home()) });
    expect(await main(['config', '--show'], f.io)).toBe(0);
    expect(f.stdout()).toContain('http://***@127.0.0.1:9');
    expect(f.stdout()).not.toContain(PASSWORD);
  });
});
