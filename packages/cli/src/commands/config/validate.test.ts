// biome-ignore-all lint/suspicious/noTemplateCurlyInString: a test writes a literal ${VAR} reference.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';

let fakes: FakeServices;
let dir: string;
beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
});
afterAll(() => fakes.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-validate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const everything = () => ({
  COMPLEXIONIST_HOME: dir,
  PLEX_URL: fakes.plexUrl,
  PLEX_TOKEN: fakes.plexToken,
  TMDB_URL: fakes.tmdbUrl,
  TMDB_API_KEY: fakes.tmdbKey,
  TVDB_URL: fakes.tvdbUrl,
  TVDB_API_KEY: fakes.tvdbKey,
});
const validate = async (env: Record<string, string>) => {
  const f = fakeIo({ cwd: dir, env });
  const code = await main(['config', 'validate'], f.io);
  return { code, lines: f.stdout().trimEnd().split('\n'), stderr: f.stderr() };
};

describe('config validate', () => {
  it('tests each configured service: one line each, exit 0 when all answer', async () => {
    fakes.resetCounts();
    const run = await validate(everything());
    expect(run.code).toBe(0);
    expect(run.lines[0]).toMatch(/^ok {4}configuration \(/);
    expect(run.lines.slice(1)).toEqual([
      `ok    Plex: ${fakes.plexUrl} answers as Plex Media Server 1.41.3.9314-a0bfb8370 and accepts the token`,
      'ok    TMDB: the API key is accepted',
      'ok    TVDB: logged in',
    ]);
    const counts = fakes.counts();
    expect(counts.plex.total).toBeGreaterThan(0);
    expect(counts.tmdb.total).toBeGreaterThan(0);
    expect(counts.tvdb.byRoute.login).toBe(1);
  });

  it('a refused key fails its line and the command (exit 3); the others are still tested; no secret shown', async () => {
    const run = await validate({ ...everything(), TMDB_API_KEY: 'wrong-tmdb-key-0123456789' });
    expect(run.code).toBe(3);
    expect(run.lines[1]).toMatch(/^ok {4}Plex: /);
    expect(run.lines[2]).toMatch(/^FAIL {2}TMDB: .*tmdb\.api_key/);
    expect(run.lines[3]).toBe('ok    TVDB: logged in');
    expect(run.stderr).toContain('TMDB failed the check (see above).');
    expect(run.lines.join('\n') + run.stderr).not.toContain('wrong-tmdb-key-0123456789');
  });

  it('a Plex server that cannot be reached fails the Plex line', async () => {
    const run = await validate({ ...everything(), PLEX_URL: 'http://127.0.0.1:9' });
    expect(run.code).toBe(3);
    expect(run.lines[1]).toMatch(/^FAIL {2}Plex: /);
    expect(run.stderr).toContain('Plex failed the check');
  });

  it('a service without settings is skipped, not failed; an unset ${VAR} fails its service (exit 2)', async () => {
    await writeFile(join(dir, 'config.yaml'), 'tvdb:\n  api_key: ${TVDB_API_KEY}\n');
    const { TVDB_API_KEY: _unused, ...noTvdb } = everything();
    const run = await validate({ ...noTvdb, TMDB_API_KEY: '' });
    expect(run.lines.slice(1)).toEqual([
      expect.stringMatching(/^ok {4}Plex: /),
      '-     TMDB: not configured',
      expect.stringMatching(
        /^FAIL {2}TVDB: .*tvdb\.api_key uses \$\{TVDB_API_KEY\}, but TVDB_API_KEY is not set/,
      ),
    ]);
    expect(run.code).toBe(2);
  });

  it('nothing configured at all is exit 2 saying how to start', async () => {
    const run = await validate({ COMPLEXIONIST_HOME: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No service is configured yet.');
  });
});

describe('config validate with several servers', () => {
  it('tests every server of plex.servers besides plex.url, and fails the Plex line when one does not answer', async () => {
    await writeFile(
      join(dir, 'config.yaml'),
      `plex:\n  servers:\n    - name: Annex\n      url: ${fakes.plexUrl}\n      token: \${PLEX_TOKEN}\n` +
        '    - name: Attic\n      url: http://127.0.0.1:1\n      token: attic-token-0001\n',
    );
    const { code, lines } = await validate({ COMPLEXIONIST_HOME: dir, PLEX_TOKEN: fakes.plexToken });
    expect(code).toBe(3);
    expect(lines.find((l) => l.includes('Plex'))).toMatch(
      /^FAIL {2}Plex: Could not reach Plex at http:\/\/127\.0\.0\.1:1 /,
    );
    await writeFile(
      join(dir, 'config.yaml'),
      `plex:\n  servers:\n    - name: Annex\n      url: ${fakes.plexUrl}\n      token: \${PLEX_TOKEN}\n`,
    );
    const ok = await validate({ COMPLEXIONIST_HOME: dir, PLEX_TOKEN: fakes.plexToken });
    expect(ok.lines.find((l) => l.includes('Plex'))).toContain(
      `Plex: ${fakes.plexUrl} answers as Plex Media Server`,
    );
  });
});
