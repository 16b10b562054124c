import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { requireBuiltBin } from '../testing/run-cli.js';

const run = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

describe('the packed CLI (spec §1)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('installs with plain npm i -g from its tarball and runs scan --demo', { timeout: 480_000 }, async () => {
    requireBuiltBin();
    const dir = await mkdtemp(join(tmpdir(), 'complexionist-pack-'));
    dirs.push(dir);
    await run('pnpm', ['pack', '--pack-destination', dir], { cwd: PACKAGE_DIR });
    const tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const prefix = join(dir, 'prefix');
    // better-sqlite3 is compiled from source (about two minutes): npm needs the Node headers folder, and
    // skipping the prebuilt-binary download keeps the test independent of GitHub being reachable. The npm
    // cache is preferred, so a warm machine installs without asking the registry.
    const env = {
      ...process.env,
      npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr',
      npm_config_build_from_source: 'true',
    };
    await run(
      'npm',
      [
        'i',
        '-g',
        '--prefix',
        prefix,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        join(dir, tarball ?? ''),
      ],
      { cwd: dir, env, maxBuffer: 32 * 1024 * 1024 },
    );

    const bin = join(prefix, 'bin', 'complexionist');
    const home = join(dir, 'home');
    const runEnv = { PATH: process.env.PATH ?? '', COMPLEXIONIST_HOME: home, HOME: dir };
    const demo = await run(bin, ['scan', '--demo'], { cwd: dir, env: runEnv });
    expect(demo.stderr).toBe('');
    expect(demo.stdout).toContain('Alien Collection (missing');
    expect(demo.stdout).toContain('Breaking Bad (missing');
    // Opening the SQLite cache proves the native dependency was installed and loads.
    const cache = await run(bin, ['cache', '--stats'], { cwd: dir, env: runEnv });
    expect(cache.stderr).toBe('');
    expect(cache.stdout).toContain(join(home, 'cache', 'cache.db'));
  });
});
