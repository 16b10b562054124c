import { type LoadedConfig, plexServersOf } from '@complexionist/config';
import { ConfigError, ConnectionError, isComplexionistError, UsageError } from '@complexionist/core';
import { createPlexClient } from '@complexionist/plex';
import { clientIdentifier } from '@complexionist/runtime';
import { createTmdbClient } from '@complexionist/tmdb';
import { createTvdbClient } from '@complexionist/tvdb';
import type { CommandIo, GlobalOptions } from '../../shared/context.js';
import { cliVersion } from '../../version.js';
import { loadCliConfig } from '../../wiring/load.js';

/** One service `config validate` checks: its label, the settings it reads, and the check itself. */
interface ServiceCheck {
  name: 'Plex' | 'TMDB' | 'TVDB';
  prefix: string;
  /** Undefined when the service is not configured (then it is skipped, not failed). */
  run(loaded: LoadedConfig): (() => Promise<string>) | undefined;
}

const CHECKS: ServiceCheck[] = [
  {
    name: 'Plex',
    prefix: 'plex.',
    run: ({ config, home }) => {
      // Every configured server (plex.url as `plex`, and plex.servers): one failing fails the line.
      const servers = plexServersOf(config.plex);
      if (servers.length === 0) return undefined;
      return async () => {
        const lines: string[] = [];
        for (const { name, url, token } of servers) {
          const plex = createPlexClient({
            url,
            token,
            insecureTls: config.plex.insecureTls,
            version: cliVersion(),
            clientIdentifier: await clientIdentifier(home),
          });
          const identity = await plex.identity();
          await plex.checkToken();
          const who = servers.length > 1 ? `${name}: ` : '';
          lines.push(`${who}${url} answers as Plex Media Server ${identity.version} and accepts the token`);
        }
        return lines.join('; ');
      };
    },
  },
  {
    name: 'TMDB',
    prefix: 'tmdb.',
    run: ({ config }) => {
      const { apiKey, url } = config.tmdb;
      if (!apiKey) return undefined;
      return async () => {
        await createTmdbClient({ apiKey, baseURL: url }).validateKey();
        return 'the API key is accepted';
      };
    },
  },
  {
    name: 'TVDB',
    prefix: 'tvdb.',
    run: ({ config }) => {
      const { apiKey, pin, url } = config.tvdb;
      if (!apiKey) return undefined;
      return async () => {
        await createTvdbClient({ apiKey, ...(pin ? { pin } : {}), baseURL: url }).validateKey();
        return `logged in${pin ? ' with the PIN' : ''}`;
      };
    },
  },
];

function reason(error: unknown): string {
  if (isComplexionistError(error) && error.hint !== undefined && !error.message.includes(error.hint))
    return `${error.message} ${error.hint}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * `config validate`: loads the configuration (any error in it stops here, as for every command), then tests
 * each configured service: Plex's identity and token, the TMDB key, the TVDB login. One line per service on
 * stdout; exits 3 when a service failed, 2 when none is configured.
 */
export async function configValidate(options: GlobalOptions, io: CommandIo): Promise<void> {
  const loaded = await loadCliConfig(options, io, () => false);
  io.stdout.write(
    `ok    configuration (${
      loaded.files
        .filter((f) => f.exists)
        .map((f) => f.path)
        .join(', ') || 'defaults only'
    })\n`,
  );
  const failed: string[] = [];
  let serviceFailed = false;
  let configured = 0;
  for (const check of CHECKS) {
    const unresolved = Object.entries(loaded.unresolved).find(([key]) => key.startsWith(check.prefix));
    const run = check.run(loaded);
    let line: string;
    if (unresolved !== undefined) {
      configured++;
      failed.push(check.name);
      line = `FAIL  ${check.name}: ${reason(unresolved[1])}`;
    } else if (run === undefined) {
      line = `-     ${check.name}: not configured`;
    } else {
      configured++;
      line = await run().then(
        (ok) => `ok    ${check.name}: ${ok}`,
        (error: unknown) => {
          if (io.signal.aborted) throw error;
          failed.push(check.name);
          if (!isComplexionistError(error) || (error.kind !== 'config' && error.kind !== 'usage'))
            serviceFailed = true;
          return `FAIL  ${check.name}: ${reason(error)}`;
        },
      );
    }
    io.stdout.write(`${line}\n`);
  }
  if (failed.length > 0) {
    // A refused or unreachable service is a service failure (3); only configuration problems make it 2.
    const Failure = serviceFailed ? ConnectionError : ConfigError;
    throw new Failure(`${failed.join(', ')} failed the check (see above).`, {
      hint: 'Fix the settings named above (`complexionist config --show`), then run `complexionist config validate` again.',
    });
  }
  if (configured === 0) {
    throw new UsageError('No service is configured yet.', {
      hint: 'Run `complexionist auth plex --login` and `complexionist auth tmdb --key KEY` (or tvdb) first.',
    });
  }
}
