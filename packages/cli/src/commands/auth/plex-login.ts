import {
  addPlexServerToFile,
  plexServersOf,
  saveSecret,
  serverTokenVariable,
  setConfigValue,
} from '@complexionist/config';
import { ConfigError } from '@complexionist/core';
import { createPlexTvClient, type PlexServerResource } from '@complexionist/plex';
import { clientIdentifier } from '@complexionist/runtime';
import { browserAllowed } from '../../shared/browser.js';
import { type CommandIo, type GlobalOptions, say } from '../../shared/context.js';
import { formatDuration } from '../../shared/output/progress.js';
import { askChoice } from '../../shared/prompt.js';
import { shadowNote } from '../../shared/shadow-note.js';
import { cliVersion } from '../../version.js';
import { editableConfigFile } from '../../wiring/config-file.js';
import { loadCliConfig } from '../../wiring/load.js';

/**
 * `auth plex --login`: the plex.tv PIN flow of docs/spec.md §5. Prints the approval URL (and opens a browser
 * when allowed), polls with a countdown, picks a server, finds a connection that answers and saves `plex.url`
 * to the YAML file and that server's token to `<home>/.env`.
 */
export async function authPlexLogin(
  options: GlobalOptions & { add?: boolean },
  io: CommandIo,
): Promise<void> {
  const { config, home } = await loadCliConfig(
    options,
    io,
    (key) => key.startsWith('plex.') && key !== 'plex.token',
  );
  const plexTv = createPlexTvClient({
    clientIdentifier: await clientIdentifier(home),
    version: cliVersion(),
    baseURL: config.plex.tvUrl,
  });
  const pin = await plexTv.createPin();
  const url = plexTv.authUrl(pin);
  io.stderr.write(`Sign in to Plex and approve ComPlexionist here:\n\n  ${url}\n\n`);
  if (io.isTTY.stdin && io.isTTY.stderr && browserAllowed(io.env) && io.openBrowser)
    await io.openBrowser(url);
  const accountToken = await plexTv.pollPin(pin, { signal: io.signal, onTick: countdown(io, options) });
  if (io.isTTY.stderr) io.stderr.write('\r\x1b[K');
  io.redactor.add(accountToken);
  say(io, options, 'Approved.');

  const listed = await plexTv.listServers(accountToken);
  for (const server of listed) io.redactor.add(server.accessToken);
  const servers = options.add ? notConfigured(listed, plexServersOf(config.plex)) : listed;
  const server = await chooseServer(servers, io, options);
  say(io, options, `Testing the connections of ${server.name}…`);
  const connection = await plexTv.pickConnection(server, { signal: io.signal });
  const where = connection.relay
    ? ' (through the Plex relay, which is slow)'
    : connection.local
      ? ' (local)'
      : '';
  say(io, options, `Reached ${server.name} at ${connection.uri}${where}.`);

  const file = editableConfigFile(options, io);
  // The watchlist reads with the account's own token (docs/spec.md §5 "Watchlist"); saved once a server works.
  await saveSecret(home, 'PLEX_ACCOUNT_TOKEN', accountToken);
  if (options.add) {
    const tokenVariable = serverTokenVariable(server.name);
    addPlexServerToFile(file, { name: server.name, url: connection.uri, tokenVariable });
    const envFile = await saveSecret(home, tokenVariable, server.accessToken ?? accountToken);
    say(
      io,
      options,
      `Added ${server.name} to plex.servers in ${file}; its token and PLEX_ACCOUNT_TOKEN are in ${envFile}.`,
    );
    return;
  }
  await setConfigValue(file, 'plex.url', connection.uri);
  const envFile = await saveSecret(home, 'PLEX_TOKEN', server.accessToken ?? accountToken);
  say(io, options, `Saved plex.url to ${file}, and PLEX_TOKEN and PLEX_ACCOUNT_TOKEN to ${envFile}.`);
  await shadowNote(io, options, ['PLEX_URL'], file);
  await shadowNote(io, options, ['PLEX_TOKEN'], envFile);
}

/** A countdown redrawn in place on a terminal; on a pipe, one line now and then. */
function countdown(io: CommandIo, options: GlobalOptions): (secondsLeft: number) => void {
  let lastLine = Number.POSITIVE_INFINITY;
  return (secondsLeft) => {
    if (options.quiet) return;
    if (io.isTTY.stderr) {
      io.stderr.write(`\r\x1b[KWaiting for approval… ${formatDuration(secondsLeft)} left`);
    } else if (lastLine - secondsLeft >= 60 || lastLine === Number.POSITIVE_INFINITY) {
      lastLine = secondsLeft;
      io.stderr.write(`Waiting for approval (${formatDuration(secondsLeft)} left)…\n`);
    }
  };
}

/** The account's servers not yet configured (by name, or by an address plex.tv lists): what `--add` offers. */
function notConfigured(
  servers: PlexServerResource[],
  configured: Array<{ name: string; url: string }>,
): PlexServerResource[] {
  const known = (s: PlexServerResource) =>
    configured.some(
      (c) =>
        c.name.toLowerCase() === s.name.toLowerCase() ||
        s.connections.some((conn) => conn.uri.replace(/\/+$/, '') === c.url),
    );
  const left = servers.filter((s) => !known(s));
  if (left.length === 0 && servers.length > 0) {
    throw new ConfigError('Every server of this Plex account is configured already.', {
      service: 'plex.tv',
      hint: 'See them with `complexionist config --show` (plex.servers).',
    });
  }
  return left;
}

function label(server: PlexServerResource): string {
  return `${server.name}${server.owned ? '' : ' (shared with you)'}`;
}

/** Asks when there are several servers and stdin is a terminal; else the first owned one, saying which. */
async function chooseServer(
  servers: PlexServerResource[],
  io: CommandIo,
  options: GlobalOptions,
): Promise<PlexServerResource> {
  if (servers.length === 0) {
    throw new ConfigError('This Plex account has no Plex Media Server.', {
      service: 'plex.tv',
      hint: 'Sign in with the account that owns (or was invited to) the server, or set plex.url and plex.token yourself.',
    });
  }
  const firstOwned = Math.max(
    0,
    servers.findIndex((s) => s.owned),
  );
  if (servers.length > 1 && io.isTTY.stdin) {
    const index = await askChoice(io, 'Servers on this account:', servers.map(label), firstOwned);
    return servers[index] as PlexServerResource;
  }
  const server = servers[firstOwned] as PlexServerResource;
  if (servers.length > 1) {
    say(
      io,
      options,
      `Using ${label(server)} (of ${servers.length} servers: ${servers.map((s) => s.name).join(', ')}).`,
    );
  }
  return server;
}
