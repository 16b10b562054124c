import { saveSecret } from '@complexionist/config';
import { checkServiceKey } from '@complexionist/runtime';
import { type CommandIo, type GlobalOptions, say } from '../../shared/context.js';
import { shadowNote } from '../../shared/shadow-note.js';
import { loadCliConfig } from '../../wiring/load.js';

/** Options of `auth tmdb --key` and `auth tvdb --key [--pin]`. */
export type AuthKeyOptions = GlobalOptions &
  ({ service: 'tmdb'; key: string } | { service: 'tvdb'; key: string; pin?: string });

/**
 * Checks a TMDB or TVDB key against the service (its configured URL) and saves it to `<home>/.env` only
 * when accepted. A refused key is an `AuthError` (exit 3) and nothing is written.
 */
export async function authKey(options: AuthKeyOptions, io: CommandIo): Promise<void> {
  io.redactor.add(options.key, options.service === 'tvdb' ? options.pin : undefined);
  const { config, home } = await loadCliConfig(options, io, (key) => key === `${options.service}.url`);
  if (options.service === 'tmdb') {
    await checkServiceKey(config, 'tmdb', { key: options.key });
    const file = await saveSecret(home, 'TMDB_API_KEY', options.key);
    say(io, options, `TMDB accepted the key. Saved TMDB_API_KEY to ${file}.`);
    await shadowNote(io, options, ['TMDB_API_KEY'], file);
    return;
  }
  const pin = options.pin;
  await checkServiceKey(config, 'tvdb', { key: options.key, ...(pin && { pin }) });
  const file = await saveSecret(home, 'TVDB_API_KEY', options.key);
  if (pin) await saveSecret(home, 'TVDB_PIN', pin);
  say(io, options, `TVDB accepted the key. Saved TVDB_API_KEY${pin ? ' and TVDB_PIN' : ''} to ${file}.`);
  await shadowNote(io, options, pin ? ['TVDB_API_KEY', 'TVDB_PIN'] : ['TVDB_API_KEY'], file);
}
