import { saveSecret, setConfigValue } from '@complexionist/config';
import { createPlexClient, createPlexTvClient } from '@complexionist/plex';
import { clientIdentifier } from '@complexionist/runtime';
import { type CommandIo, type GlobalOptions, say } from '../../shared/context.js';
import { shadowNote } from '../../shared/shadow-note.js';
import { cliVersion } from '../../version.js';
import { editableConfigFile } from '../../wiring/config-file.js';
import { loadCliConfig } from '../../wiring/load.js';

/** Options of `auth plex --token TOKEN [--url URL]`. */
export interface AuthPlexTokenOptions extends GlobalOptions {
  token: string;
  /** Server URL to check the token against and save; defaults to the configured `plex.url`. */
  url?: string;
}

/**
 * Checks a Plex token before saving it: against the server when a URL is known (`--url` or `plex.url`),
 * else against the plex.tv account. A refused token is an `AuthError` (exit 3) and nothing is written.
 */
export async function authPlexToken(options: AuthPlexTokenOptions, io: CommandIo): Promise<void> {
  io.redactor.add(options.token);
  const { config, home } = await loadCliConfig(
    options,
    io,
    (key) => key.startsWith('plex.') && key !== 'plex.token',
  );
  const identity = { clientIdentifier: await clientIdentifier(home), version: cliVersion() };
  const url = options.url ?? config.plex.url;
  if (url) {
    await createPlexClient({ url, token: options.token, ...identity }).checkToken();
  } else {
    const account = await createPlexTvClient({ ...identity, baseURL: config.plex.tvUrl }).validateToken(
      options.token,
    );
    say(io, options, `plex.tv accepted the token of ${account.username || 'your account'}.`);
  }
  let yamlFile: string | undefined;
  if (options.url !== undefined) {
    yamlFile = editableConfigFile(options, io);
    await setConfigValue(yamlFile, 'plex.url', options.url);
    say(io, options, `Saved plex.url to ${yamlFile}.`);
  }
  const file = await saveSecret(home, 'PLEX_TOKEN', options.token);
  say(io, options, `${url ? `Plex at ${url} accepted the token. ` : ''}Saved PLEX_TOKEN to ${file}.`);
  if (!url) say(io, options, 'Set the server with `complexionist config --set plex.url http://HOST:32400`.');
  if (yamlFile !== undefined) await shadowNote(io, options, ['PLEX_URL'], yamlFile);
  await shadowNote(io, options, ['PLEX_TOKEN'], file);
}
