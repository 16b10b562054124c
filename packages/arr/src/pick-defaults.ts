import { ConfigError } from '@complexionist/core';
import { ARR_LABELS, type ArrService } from './errors.js';
import type { ArrProfile, ArrRootFolder } from './schemas.js';

/**
 * Picks the root folder to add into: the configured one (by path, trailing slashes ignored), else the only
 * one; otherwise a `ConfigError` listing the choices and the setting to put one of them in.
 */
export function pickRootFolder(
  service: ArrService,
  folders: ArrRootFolder[],
  configured: string | undefined,
): string {
  const key = `${service}.root_folder`;
  const choices = folders.map((f) => `"${f.path}"`).join(', ');
  if (configured) {
    const want = trimSlashes(configured);
    const found = folders.find((f) => trimSlashes(f.path) === want);
    if (found) return found.path;
    throw choose(service, key, `has no root folder "${configured}"`, choices, folders[0]?.path);
  }
  const [only, ...rest] = folders;
  if (only && rest.length === 0) return only.path;
  if (!only) throw noneSet(service, 'root folders', 'Settings → Media Management → Root Folders');
  throw choose(service, key, `has ${folders.length} root folders`, choices, only.path);
}

/**
 * Picks a profile: the configured one by name (case-insensitive) or id, else the only one; otherwise a
 * `ConfigError` listing the choices. `key` is the setting named in the message.
 */
export function pickProfile(
  service: ArrService,
  profiles: ArrProfile[],
  configured: string | undefined,
  key = `${service}.quality_profile`,
): ArrProfile {
  const choices = profiles.map((p) => `"${p.name}" (id ${p.id})`).join(', ');
  if (configured) {
    const text = configured.trim();
    const found =
      profiles.find((p) => p.name.toLowerCase() === text.toLowerCase()) ??
      profiles.find((p) => String(p.id) === text);
    if (found) return found;
    throw choose(service, key, `has no profile "${configured}"`, choices, profiles[0]?.name);
  }
  const [only, ...rest] = profiles;
  if (only && rest.length === 0) return only;
  if (!only) throw noneSet(service, 'quality profiles', 'Settings → Profiles');
  throw choose(service, key, `has ${profiles.length} profiles`, choices, only.name);
}

function trimSlashes(path: string): string {
  return path.trim().replace(/[\\/]+$/, '');
}

function choose(
  service: ArrService,
  key: string,
  problem: string,
  choices: string,
  example: string | undefined,
): ConfigError {
  const hint = `set \`${key}\` to one of them, e.g. \`complexionist config --set ${key} "${example ?? ''}"\``;
  return new ConfigError(`${ARR_LABELS[service]} ${problem}: ${choices}; ${hint}.`, { service, hint });
}

function noneSet(service: ArrService, what: string, where: string): ConfigError {
  const hint = `add one in ${ARR_LABELS[service]} (${where})`;
  return new ConfigError(`${ARR_LABELS[service]} has no ${what}; ${hint}.`, { service, hint });
}
