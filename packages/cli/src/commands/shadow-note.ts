import { join, resolve } from 'node:path';
import { homePaths, readDotenv } from '@complexionist/config';
import type { CliIo } from '../io.js';
import { loadHome } from '../wiring/home.js';
import { type GlobalOptions, say } from './context.js';

/** Where a setting was just saved: `<home>/.env` (secrets) or a YAML file (URLs, options). */
export type SavedTo = 'home-env' | 'yaml';

/** Places above the one a value was saved to, highest precedence first (spec §6), as `[label, vars]`. */
function higherSources(io: CliIo, savedTo: SavedTo): Array<[string, Record<string, string | undefined>]> {
  const sources: Array<[string, Record<string, string | undefined>]> = [['your environment', io.env]];
  const homeEnv = resolve(homePaths(loadHome(io)).env);
  const localEnv = resolve(join(io.cwd, '.env'));
  // Run from the home folder, ./.env is the very file just written.
  if (localEnv !== homeEnv) sources.push([localEnv, quietly(localEnv)]);
  if (savedTo === 'yaml') sources.push([homeEnv, quietly(homeEnv)]);
  return sources;
}

/** A `.env` file's variables; one that cannot be read shadows nothing (the value is already saved). */
function quietly(file: string): Record<string, string> {
  try {
    return readDotenv(file) ?? {};
  } catch {
    return {};
  }
}

/**
 * Warns when a variable just saved is also set somewhere that takes precedence (spec §6): the process
 * environment, `./.env`, and for a YAML setting `<home>/.env` too. Otherwise the user would wonder why
 * the new value is not used. One line per place, naming it.
 */
export function shadowNote(io: CliIo, options: GlobalOptions, names: string[], savedTo: SavedTo): void {
  let left = names;
  for (const [label, vars] of higherSources(io, savedTo)) {
    const shadowed = left.filter((name) => (vars[name] ?? '').trim() !== '');
    if (shadowed.length === 0) continue;
    left = left.filter((name) => !shadowed.includes(name));
    const verb = shadowed.length > 1 ? 'are' : 'is';
    say(
      io,
      options,
      `Note: ${shadowed.join(' and ')} ${verb} also set in ${label}, which takes precedence over the saved value.`,
    );
  }
}
