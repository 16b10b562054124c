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

  it('installs with plain npm i -g from its tarball and runs scan --demo', { timeout: 240_000 }, async () => {
    requireBuiltBin();
    const dir = await mkdtemp(join(tmpdir(), 'complexionist-pack-'));
    dirs.push(dir);
    await run('pnpm', ['pack', '--pack-destination', dir], { cwd: PACKAGE_DIR });
    const tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const prefix = join(dir, 'prefix');
    // better-sqlite3 compiles from source here; npm needs the Node headers folder for that. The npm cache
    // is preferred so a warm machine installs without going to the registry.
    const env = { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' };
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

    const { stdout, stderr } = await run(join(prefix, 'bin', 'complexionist'), ['scan', '--demo'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', COMPLEXIONIST_HOME: join(dir, 'home'), HOME: dir },
    });
    expect(stderr).toBe('');
    expect(stdout).toContain('Alien Collection (missing');
    expect(stdout).toContain('Breaking Bad (missing');
  });
});
