import { resolve } from 'node:path';
import { CONFIG_KEYS, type ConfigSource, loadConfig } from '@complexionist/config';
import { type GlobalOptions, say } from './context.js';
import type { CliIo } from './io.js';

/** Where a value that beats `written` comes from, for people; undefined when the saved value is the one used. */
function winner(source: ConfigSource | undefined, written: string): string | undefined {
  if (source?.kind === 'env') return 'your environment';
  if (source?.kind === 'dotenv' && source.file && resolve(source.file) !== resolve(written))
    return source.file;
  return undefined;
}

/**
 * Warns when a variable just saved to `written` is also set somewhere that takes precedence
 * (docs/spec.md §6), so the user is not left wondering why the new value is not used. The configuration is
 * loaded again and each setting's source read from it, so the precedence is the loader's own: the
 * environment, `./.env`, and for a setting saved to YAML `<home>/.env` too. One line per place, naming it.
 */
export async function shadowNote(
  io: CliIo,
  options: GlobalOptions,
  names: string[],
  written: string,
): Promise<void> {
  let sources: Record<string, ConfigSource>;
  try {
    ({ sources } = await loadConfig({
      cwd: io.cwd,
      env: io.env,
      ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
    }));
  } catch {
    return; // The value is saved; a configuration that does not load is reported by the next command.
  }
  const byPlace = new Map<string, string[]>();
  for (const name of names) {
    const key = CONFIG_KEYS.find((spec) => 'env' in spec && spec.env === name)?.key;
    const place = key === undefined ? undefined : winner(sources[key], written);
    if (place !== undefined) byPlace.set(place, [...(byPlace.get(place) ?? []), name]);
  }
  for (const [place, shadowed] of byPlace) {
    const verb = shadowed.length > 1 ? 'are' : 'is';
    say(
      io,
      options,
      `Note: ${shadowed.join(' and ')} ${verb} also set in ${place}, which takes precedence over the saved value.`,
    );
  }
}
