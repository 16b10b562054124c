import { chmod, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';
import { liveEnv } from '../../testing/live-env.js';
import { formatOfFile } from './options.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'cli-output-'));

describe('a text report for a file or a pipe', () => {
  it('lists every missing episode; a terminal gets the short form', async () => {
    const terminal = fakeIo({ tty: { stdout: true }, env: { NO_COLOR: '1' } });
    expect(await main(['episodes', '--demo'], terminal.io)).toBe(0);
    expect(terminal.stdout()).toMatch(/\.\.\. and \d+ more/);

    const pipe = fakeIo();
    expect(await main(['episodes', '--demo'], pipe.io)).toBe(0);
    expect(pipe.stdout()).not.toContain('... and');
    const listed = (text: string) => text.split('\n').filter((l) => /^ {4}- S\d\dE\d\d/.test(l)).length;
    const total = Number(/Summary: (\d+) missing episodes/.exec(pipe.stdout())?.[1]);
    expect(listed(pipe.stdout())).toBe(total);
    expect(listed(terminal.stdout())).toBeLessThan(total);

    const dir = await tempDir();
    const toFile = fakeIo({ cwd: dir, tty: { stdout: true } });
    expect(await main(['episodes', '--demo', '-o', 'gaps.txt'], toFile.io)).toBe(0);
    expect(await readFile(join(dir, 'gaps.txt'), 'utf8')).toBe(pipe.stdout());
  });
});

describe('-o without --format', () => {
  it('picks json or csv from the file name, text otherwise', async () => {
    const dir = await tempDir();
    const f = fakeIo({ cwd: dir });
    expect(await main(['movies', '--demo', '-o', 'gaps.json'], f.io)).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'gaps.json'), 'utf8'))).toMatchObject({ type: 'movies' });
    expect(await main(['movies', '--demo', '-o', 'GAPS.CSV'], f.io)).toBe(0);
    expect(await readFile(join(dir, 'GAPS.CSV'), 'utf8')).toMatch(/^collection,collection_tmdb_id,/);
    expect(await main(['movies', '--demo', '-o', 'gaps.json', '--format', 'text'], f.io)).toBe(0);
    expect(await readFile(join(dir, 'gaps.json'), 'utf8')).toMatch(/^Alien Collection/);
  });

  it('formatOfFile', () => {
    expect([
      formatOfFile('a.json'),
      formatOfFile('b.csv'),
      formatOfFile('c.txt'),
      formatOfFile(undefined),
    ]).toEqual(['json', 'csv', 'text', 'text']);
  });
});

describe('an --output that cannot be written', () => {
  let fakes: FakeServices;
  beforeAll(async () => {
    fakes = await startFakeServices(smallWorld());
  });
  afterAll(() => fakes.close());

  it('is refused with exit 2 before any request of the scan', async () => {
    const dir = await tempDir();
    const env = { ...liveEnv(fakes), COMPLEXIONIST_HOME: dir };
    fakes.resetCounts();
    const missing = fakeIo({ cwd: dir, env });
    expect(await main(['scan', '-o', 'no/such/gaps.json'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain(
      'Cannot write the report to no/such/gaps.json: the folder no/such does not exist.',
    );
    await mkdir(join(dir, 'folder'));
    const folder = fakeIo({ cwd: dir, env });
    expect(await main(['scan', '-o', 'folder'], folder.io)).toBe(2);
    expect(folder.stderr()).toContain('Cannot write the report to folder: it is a folder.');
    const counts = fakes.counts();
    expect(counts.plex.total + counts.tmdb.total + counts.tvdb.total).toBe(0);
  });

  it('a read-only folder is refused too (unless running as root, who may write anywhere)', async () => {
    const dir = await tempDir();
    const locked = join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    const f = fakeIo({ cwd: dir, env: { ...liveEnv(fakes), COMPLEXIONIST_HOME: dir } });
    const code = await main(['movies', '-o', 'locked/gaps.txt'], f.io);
    if (process.getuid?.() === 0) expect(code).toBe(0);
    else {
      expect(code).toBe(2);
      expect(f.stderr()).toContain('Cannot write the report to locked/gaps.txt: permission denied (EACCES).');
    }
  });
});
