import { saveSecret, setConfigValue, specOf } from '@complexionist/config';
import type { GlobalOptions } from '../../shared/context.js';
import type { CliIo } from '../../shared/io.js';
import { editableConfigFile } from '../../wiring/config-file.js';
import { loadHome } from '../../wiring/home.js';

/** Where {@link saveSetting} put a value, and the variable that could override it there. */
export interface SavedSetting {
  file: string;
  /** The setting's environment variable, if it has one. */
  env?: string;
}

/**
 * Saves one setting where it belongs: a secret to `<home>/.env` under its variable (mode 0600), anything
 * else to the YAML file, checked and keeping its comments.
 */
export async function saveSetting(
  key: string,
  value: string,
  options: GlobalOptions,
  io: CliIo,
): Promise<SavedSetting> {
  const spec = specOf(key);
  if (spec?.secret && spec.env !== undefined && !value.includes('${')) {
    return { file: await saveSecret(loadHome(io), spec.env, value), env: spec.env };
  }
  const file = editableConfigFile(options, io);
  setConfigValue(file, key, value);
  return { file, ...(spec?.env === undefined ? {} : { env: spec.env }) };
}
