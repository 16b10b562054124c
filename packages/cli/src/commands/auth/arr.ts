import { ARR_LABELS, type ArrService } from '@complexionist/arr';
import { saveSecret, setConfigValue } from '@complexionist/config';
import { UsageError } from '@complexionist/core';
import { checkServiceKey } from '@complexionist/runtime';
import { type CommandIo, type GlobalOptions, say } from '../../shared/context.js';
import { shadowNote } from '../../shared/shadow-note.js';
import { editableConfigFile } from '../../wiring/config-file.js';
import { loadCliConfig } from '../../wiring/load.js';

/** Options of `auth radarr|sonarr --key KEY [--url URL]`. */
export interface AuthArrOptions extends GlobalOptions {
  service: ArrService;
  key: string;
  /** Where the service is; defaults to the configured `radarr.url` / `sonarr.url`. */
  url?: string;
}

/**
 * Checks a Radarr or Sonarr key with `GET /api/v3/system/status` and saves it (to `<home>/.env`) and the
 * URL (to the YAML file) only when the service accepts it. A refused key is an `AuthError` and an
 * unreachable URL a `ConnectionError` (both exit 3), and nothing is written.
 */
export async function authArr(options: AuthArrOptions, io: CommandIo): Promise<void> {
  io.redactor.add(options.key);
  const { config, home } = await loadCliConfig(options, io);
  const label = ARR_LABELS[options.service];
  const url = options.url ?? config[options.service].url;
  if (!url)
    throw new UsageError(
      `auth ${options.service} needs --url URL (where ${label} is, e.g. ${EXAMPLE_URL[options.service]})`,
    );
  const accepted = await checkServiceKey(config, options.service, { key: options.key, url });
  let yamlFile: string | undefined;
  if (options.url !== undefined) {
    yamlFile = editableConfigFile(options, io);
    await setConfigValue(yamlFile, `${options.service}.url`, options.url);
  }
  const env = `${options.service.toUpperCase()}_API_KEY`;
  const file = await saveSecret(home, env, options.key);
  say(io, options, `${accepted} at ${url} accepted the key. Saved ${env} to ${file}.`);
  if (yamlFile !== undefined) {
    say(io, options, `Saved ${options.service}.url to ${yamlFile}.`);
    await shadowNote(io, options, [`${options.service.toUpperCase()}_URL`], yamlFile);
  }
  await shadowNote(io, options, [env], file);
}

const EXAMPLE_URL: Record<ArrService, string> = {
  radarr: 'http://localhost:7878',
  sonarr: 'http://localhost:8989',
};
