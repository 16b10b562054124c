import { saveSecret } from './save-secret.js';
import { specOf } from './schema.js';
import { setConfigValue } from './set-value.js';

/** Where {@link saveSetting} put a value, and the variable that could override it there. */
export interface SavedSetting {
  file: string;
  /** The setting's environment variable, if it has one. */
  env?: string;
}

/** Where settings are written: the home (its `.env`) and the YAML file (asked only when one is written). */
export interface SettingFiles {
  home: string;
  yamlFile: () => string;
}

/**
 * Saves one setting where it belongs (docs/spec.md §6): a secret with a variable to `<home>/.env` (mode
 * 0600) — unless the value is a `${VAR}` reference, which stays readable in the YAML — and anything else to
 * the YAML file, checked and keeping its comments. The one rule `config --set`, `auth` and the page's setup
 * follow.
 */
export function saveSetting(files: SettingFiles, key: string, value: string): SavedSetting {
  const spec = specOf(key);
  if (spec?.secret && spec.env !== undefined && !value.includes('${')) {
    return { file: saveSecret(files.home, spec.env, value), env: spec.env };
  }
  const file = files.yamlFile();
  setConfigValue(file, key, value);
  return { file, ...(spec?.env === undefined ? {} : { env: spec.env }) };
}
