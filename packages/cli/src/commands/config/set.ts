import {
  homePaths,
  loadConfig,
  readDotenv,
  saveSecret,
  specOf,
  unsetConfigValue,
} from '@complexionist/config';
import { type CommandIo, type GlobalOptions, say } from '../../shared/context.js';
import { shadowNote } from '../../shared/shadow-note.js';
import { editableConfigFile } from '../../wiring/config-file.js';
import { loadHome } from '../../wiring/home.js';
import { saveSetting } from './save-setting.js';

/**
 * `config --set KEY VALUE`. Only a secret's value is hidden from the messages (and an unknown key's, which
 * may be a mistyped secret): `plex.url` or `options.min_owned` are shown, so a refused value can be seen.
 */
export async function configSet(
  options: GlobalOptions,
  key: string,
  value: string,
  io: CommandIo,
): Promise<void> {
  const spec = specOf(key);
  const secret = spec === undefined || spec.secret === true;
  if (secret) io.redactor.add(value);
  const saved = await saveSetting(key, value, options, io);
  say(io, options, secret ? `Set ${key} in ${saved.file}.` : `Set ${key} to ${value} in ${saved.file}.`);
  if (saved.env !== undefined) await shadowNote(io, options, [saved.env], saved.file);
}

/**
 * `config --unset KEY`: removes the setting from the YAML file (and a secret's variable from `<home>/.env`),
 * so the default or a lower source applies again; says when something else still sets it.
 */
export async function configUnset(options: GlobalOptions, key: string, io: CommandIo): Promise<void> {
  const file = editableConfigFile(options, io);
  const places: string[] = [];
  if (unsetConfigValue(file, key)) places.push(file);
  const spec = specOf(key);
  if (spec?.secret && spec.env !== undefined) {
    const home = loadHome(io);
    const envFile = homePaths(home).env;
    if (readDotenv(envFile)?.[spec.env] !== undefined) places.push(saveSecret(home, spec.env, ''));
  }
  say(
    io,
    options,
    places.length > 0 ? `Removed ${key} from ${places.join(' and ')}.` : `${key} was not set in ${file}.`,
  );
  const after = await loadConfig({
    cwd: io.cwd,
    env: io.env,
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
  }).catch(() => undefined);
  const source = after?.sources[key as keyof typeof after.sources];
  if (source !== undefined && source.kind !== 'default' && source.kind !== 'unset') {
    say(io, options, `Note: ${key} is still set by ${source.label}.`);
  }
}
