import { CONFIG_KEYS, type Config, settingValue, targetSecrets } from '@complexionist/config';

/** The settings the schema marks `secret: true` (tokens, API keys, the TVDB PIN, `notifications`). */
export const SECRET_KEYS: readonly string[] = CONFIG_KEYS.filter(
  (spec) => 'secret' in spec && spec.secret,
).map((spec) => spec.key);

/**
 * The secret values of a configuration, for the redactor: every set value of a {@link SECRET_KEYS} setting,
 * and the secret parts of each notification target (whole URLs, paths, queries and tokens). A setting newly
 * marked `secret: true` in the schema is redacted by both faces without another change.
 */
export function configSecrets(config: Config): string[] {
  const values: string[] = [];
  for (const key of SECRET_KEYS) {
    const value = settingValue(config, key);
    if (typeof value === 'string' && value !== '') values.push(value);
  }
  // `plex.servers` is one secret setting holding a list: each server's token is a value of its own.
  for (const server of config.plex.servers) if (server.token) values.push(server.token);
  values.push(...targetSecrets(config.notifications));
  return values;
}
