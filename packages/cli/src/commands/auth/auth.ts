import { UsageError } from '@complexionist/core';
import type { ParsedCommand } from '../../shared/args/parse.js';
import { flag, stringValue } from '../../shared/args/values.js';
import { type CommandIo, type GlobalOptions, globalOptions } from '../../shared/context.js';
import { authArr } from './arr.js';
import { authKey } from './key.js';
import { authPlexLogin } from './plex-login.js';
import { authPlexToken } from './plex-token.js';

/** Options of `complexionist auth`. */
export type AuthOptions = GlobalOptions &
  (
    | { service: 'plex'; mode: 'login'; add?: boolean }
    | { service: 'plex'; mode: 'token'; token: string; url?: string }
    | { service: 'tmdb'; key: string }
    | { service: 'tvdb'; key: string; pin?: string }
    | { service: 'radarr'; key: string; url?: string }
    | { service: 'sonarr'; key: string; url?: string }
  );

function only(parsed: ParsedCommand, allowed: string[], service: string): void {
  for (const name of ['login', 'add', 'token', 'key', 'pin', 'url']) {
    if (parsed.values[name] !== undefined && !allowed.includes(name)) {
      throw new UsageError(`--${name} does not apply to auth ${service}`);
    }
  }
}

/**
 * Reads `auth plex --login | --token TOKEN [--url URL]`, `auth tmdb --key KEY`, `auth tvdb --key KEY [--pin PIN]`,
 * `auth radarr|sonarr --key KEY [--url URL]`.
 */
export function authOptionsFromArgs(parsed: ParsedCommand): AuthOptions {
  const global = globalOptions(parsed.values);
  const service = parsed.positionals[0]?.toLowerCase();
  const { values } = parsed;
  if (service === 'plex') {
    only(parsed, flag(values, 'login') ? ['login', 'add'] : ['token', 'url'], service);
    const token = stringValue(values, 'token');
    if (flag(values, 'login') === (token !== undefined))
      throw new UsageError('auth plex needs --login or --token TOKEN');
    if (token === undefined)
      return { ...global, service, mode: 'login', ...(flag(values, 'add') && { add: true }) };
    const url = stringValue(values, 'url');
    return { ...global, service, mode: 'token', token, ...(url === undefined ? {} : { url }) };
  }
  if (service === 'tmdb' || service === 'tvdb') {
    only(parsed, service === 'tvdb' ? ['key', 'pin'] : ['key'], service);
    const key = stringValue(values, 'key');
    if (key === undefined || key.trim() === '') throw new UsageError(`auth ${service} needs --key KEY`);
    const pin = stringValue(values, 'pin');
    if (service === 'tmdb') return { ...global, service, key: key.trim() };
    return { ...global, service, key: key.trim(), ...(pin === undefined ? {} : { pin: pin.trim() }) };
  }
  if (service === 'radarr' || service === 'sonarr') {
    only(parsed, ['key', 'url'], service);
    const key = stringValue(values, 'key');
    if (key === undefined || key.trim() === '') throw new UsageError(`auth ${service} needs --key KEY`);
    const url = stringValue(values, 'url');
    return { ...global, service, key: key.trim(), ...(url === undefined ? {} : { url: url.trim() }) };
  }
  throw new UsageError(
    service === undefined
      ? 'Say which service: plex, tmdb, tvdb, radarr or sonarr'
      : `Unknown service "${service}": use plex, tmdb, tvdb, radarr or sonarr`,
  );
}

/** Signs in to Plex or checks and saves a TMDB/TVDB/Radarr/Sonarr key. Nothing is saved unless the service accepts it. */
export async function authCommand(options: AuthOptions, io: CommandIo): Promise<void> {
  if (options.service === 'plex') {
    return options.mode === 'login' ? authPlexLogin(options, io) : authPlexToken(options, io);
  }
  if (options.service === 'radarr' || options.service === 'sonarr') return authArr(options, io);
  return authKey(options, io);
}
