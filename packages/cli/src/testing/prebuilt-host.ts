import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);

/** A local stand-in for the GitHub release host that better-sqlite3's install downloads its binary from. */
export interface PrebuiltHost {
  /** Environment that points prebuild-install at this host (`npm_config_better_sqlite3_binary_host`). */
  env: Record<string, string>;
  /** Paths of the requests it answered (to assert the binary really came from here). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the better-sqlite3 binary already built in this workspace (for the running Node.js ABI) the way
 * its release host does. A user's `npm i -g complexionist` downloads that prebuilt binary; here the
 * download comes from 127.0.0.1 instead of GitHub, so the install is fast, needs no compiler and no
 * network beyond the npm registry.
 */
export async function startPrebuiltHost(tarballDir: string): Promise<PrebuiltHost> {
  const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  const tarball = join(tarballDir, name);
  await promisify(execFile)('tar', ['czf', tarball, '-C', packageDir, 'build/Release/better_sqlite3.node']);

  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === `/v${version}/${name}`) {
      response.writeHead(200, { 'content-type': 'application/gzip' });
      createReadStream(tarball).pipe(response);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `http://127.0.0.1:${port}`;
  return {
    env: { npm_config_better_sqlite3_binary_host: host },
    requests,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // prebuild-install keeps each download under a name made from its URL; this one's port never recurs.
      await rm(prebuildCachePath(`${host}/v${version}/${name}`), { force: true });
    },
  };
}

/** Where prebuild-install caches a download (its `util.cachedPrebuild`). */
function prebuildCachePath(url: string): string {
  const digest = createHash('sha512').update(url).digest('hex').slice(0, 6);
  const cache = process.env.npm_config_cache ?? join(homedir(), '.npm');
  return join(
    cache,
    '_prebuilds',
    `${digest}-${url
      .split('/')
      .pop()
      ?.replace(/[^a-zA-Z0-9.]+/g, '-')}`,
  );
}
