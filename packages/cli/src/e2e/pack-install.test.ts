import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type PrebuiltHost, startPrebuiltHost } from '../testing/prebuilt-host.js';
import { requireBuiltBin } from '../testing/run-cli.js';
import { runTool } from '../testing/run-tool.js';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/**
 * npm reads its global configuration (registry, `cafile`, proxy) from `<prefix>/etc/npmrc`; `--prefix`
 * would move that to the throw-away prefix and lose it, which behind a TLS-inspecting proxy fails every
 * fetch. Ask npm where the user's global config is and keep it.
 */
async function userGlobalConfig(cwd: string): Promise<string> {
  const { stdout } = await runTool('npm', ['config', 'get', 'globalconfig'], { cwd, timeoutMs: 30_000 });
  return stdout.trim();
}

describe('the packed CLI (docs/spec.md §1)', () => {
  const dirs: string[] = [];
  let host: PrebuiltHost | undefined;
  afterAll(async () => {
    await host?.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('installs with plain npm i -g from its tarball, runs scan --demo and serves the page', {
    timeout: 300_000,
  }, async () => {
    requireBuiltBin();
    const dir = await mkdtemp(join(tmpdir(), 'complexionist-pack-'));
    dirs.push(dir);
    await runTool('pnpm', ['pack', '--pack-destination', dir], { cwd: PACKAGE_DIR, timeoutMs: 60_000 });
    const tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    host = await startPrebuiltHost(dir);
    const prefix = join(dir, 'prefix');
    const globalconfig = await userGlobalConfig(dir);
    // Registry failures (certificate, proxy, DNS) end the install in seconds with npm's own message
    // instead of minutes of retries; the npm cache is preferred so a warm machine needs no registry.
    await runTool(
      'npm',
      [
        'i',
        '-g',
        '--prefix',
        prefix,
        '--globalconfig',
        globalconfig,
        '--prefer-offline',
        '--fetch-retries=1',
        '--fetch-retry-mintimeout=1000',
        '--fetch-retry-maxtimeout=5000',
        '--no-audit',
        '--no-fund',
        '--no-update-notifier',
        join(dir, tarball ?? ''),
      ],
      { cwd: dir, env: { ...process.env, ...host.env }, timeoutMs: 240_000 },
    );
    // The native module came from the (local) release host, as it does from GitHub for a user.
    expect(host.requests.some((path) => path.endsWith('.tar.gz'))).toBe(true);

    const bin = join(prefix, 'bin', 'complexionist');
    const home = join(dir, 'home');
    const runEnv = { PATH: process.env.PATH ?? '', COMPLEXIONIST_HOME: home, HOME: dir };
    const demo = await runTool(bin, ['scan', '--demo'], { cwd: dir, env: runEnv, timeoutMs: 60_000 });
    expect(demo.stderr).toBe('');
    expect(demo.stdout).toContain('Alien Collection (missing');
    expect(demo.stdout).toContain('Breaking Bad (missing');
    // Opening the SQLite cache proves the native dependency was installed and loads.
    const cache = await runTool(bin, ['cache', '--stats'], { cwd: dir, env: runEnv, timeoutMs: 60_000 });
    expect(cache.stderr).toBe('');
    expect(cache.stdout).toContain(join(home, 'cache', 'cache.db'));

    // The web page's script, bundled at build time, ships in the package: `serve --demo` serves it.
    const serve = spawn(bin, ['serve', '--demo', '--port', '0'], { cwd: dir, env: runEnv });
    try {
      // Keep reading stderr after the URL: a stream left unread (or destroyed by breaking out of a
      // for-await) makes the server's next log line fail with EPIPE and end it.
      const url = await new Promise<string>((resolve, reject) => {
        let log = '';
        serve.stderr.setEncoding('utf8');
        serve.stderr.on('data', (chunk: string) => {
          log += chunk;
          // Whole line only: a chunk may end inside the URL.
          const listening = /listening on (http:\/\/\S+)\n/.exec(log);
          if (listening?.[1]) resolve(listening[1]);
        });
        serve.once('exit', (code) =>
          reject(new Error(`serve --demo exited (${code}) before listening:\n${log}`)),
        );
      });
      const script = await (await fetch(`${url}/assets/app.js`)).text();
      expect(script.startsWith('"use strict";(()=>{')).toBe(true);
      expect(script).toContain('/api/integrations');
      expect(await (await fetch(`${url}/`)).text()).toContain(
        '<script src="/assets/app.js" defer=""></script>',
      );
    } finally {
      serve.kill('SIGTERM');
      if (serve.exitCode === null) await once(serve, 'exit');
    }
  });
});
