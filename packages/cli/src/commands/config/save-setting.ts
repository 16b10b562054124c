import { type SavedSetting, saveSetting as saveTo } from '@complexionist/config';
import type { GlobalOptions } from '../../shared/context.js';
import type { CliIo } from '../../shared/io.js';
import { editableConfigFile } from '../../wiring/config-file.js';
import { loadHome } from '../../wiring/home.js';

/** Saves one setting where config's `saveSetting` says (a secret to `<home>/.env`, the rest to YAML). */
export async function saveSetting(
  key: string,
  value: string,
  options: GlobalOptions,
  io: CliIo,
): Promise<SavedSetting> {
  return saveTo({ home: loadHome(io), yamlFile: () => editableConfigFile(options, io) }, key, value);
}
