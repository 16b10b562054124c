import { saveSecret, setConfigValue } from '@complexionist/config';
import type { CliIo } from '../io.js';
import { editableConfigFile } from '../wiring/config-file.js';
import { loadHome } from '../wiring/home.js';
import type { GlobalOptions } from './context.js';

/** Secret settings and the `.env` variable each is saved as (spec §5: secrets go to `<home>/.env`). */
export const SECRET_SETTINGS: Record<string, string> = {
  'plex.token': 'PLEX_TOKEN',
  'tmdb.api_key': 'TMDB_API_KEY',
  'tvdb.api_key': 'TVDB_API_KEY',
  'tvdb.pin': 'TVDB_PIN',
};

/**
 * Saves one setting where it belongs: a secret to `<home>/.env` (mode 0600), anything else to the YAML
 * file (keeping its comments). Returns the file written.
 */
export async function saveSetting(key: string, value: string, options: GlobalOptions, io: CliIo): Promise<string> {
  const envName = SECRET_SETTINGS[key];
  if (envName !== undefined) {
    const home = loadHome(io);
    return saveSecret(home, envName, value);
  }
  const file = editableConfigFile(options, io);
  await setConfigValue(file, key, value);
  return file;
}
