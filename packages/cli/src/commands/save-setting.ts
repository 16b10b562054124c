import { saveSecret, setConfigValue, specOf } from '@complexionist/config';
import type { CliIo } from '../io.js';
import { editableConfigFile } from '../wiring/config-file.js';
import { loadHome } from '../wiring/home.js';
import type { GlobalOptions } from './context.js';

/**
 * Saves one setting where it belongs: a secret to `<home>/.env` under its variable (mode 0600), anything
 * else to the YAML file, checked and keeping its comments. Returns the file written.
 */
export async function saveSetting(
  key: string,
  value: string,
  options: GlobalOptions,
  io: CliIo,
): Promise<string> {
  const spec = specOf(key);
  if (spec?.secret && spec.env !== undefined && !value.includes('${')) {
    return saveSecret(loadHome(io), spec.env, value);
  }
  const file = editableConfigFile(options, io);
  setConfigValue(file, key, value);
  return file;
}
