import type { ArrService, GapSelection } from '@complexionist/arr';
import { UsageError } from '@complexionist/core';
import type { ParsedCommand } from '../../shared/args/parse.js';
import { flag, integerValue, listValue } from '../../shared/args/values.js';
import { type GlobalOptions, globalOptions } from '../../shared/context.js';
import { exactlyOne } from '../../shared/exactly-one.js';

/** Options of `complexionist send`. */
export interface SendCommandOptions extends GlobalOptions {
  service: ArrService;
  selection: GapSelection;
  /** `--yes`: really send; otherwise a dry run. */
  yes: boolean;
  libraries: string[];
  noCache: boolean;
}

/** Reads `send radarr|sonarr (--all | --collection ID | --show ID) [--yes]`. */
export function sendOptionsFromArgs(parsed: ParsedCommand): SendCommandOptions {
  const service = parsed.positionals[0]?.toLowerCase();
  if (service !== 'radarr' && service !== 'sonarr') {
    throw new UsageError(
      service === undefined
        ? 'Say where to send: radarr or sonarr'
        : `Unknown service "${service}": use radarr or sonarr`,
    );
  }
  const { values } = parsed;
  const which = exactlyOne(values, ['all', 'collection', 'show'] as const);
  if (which === 'collection' && service !== 'radarr')
    throw new UsageError('--collection applies to radarr (use --show TVDB_ID with sonarr)');
  if (which === 'show' && service !== 'sonarr')
    throw new UsageError('--show applies to sonarr (use --collection TMDB_ID with radarr)');
  const selection: GapSelection =
    which === 'all'
      ? { all: true }
      : which === 'collection'
        ? { collection: integerValue(values, 'collection', { min: 1 }) as number }
        : { show: integerValue(values, 'show', { min: 1 }) as number };
  return {
    ...globalOptions(values),
    service,
    selection,
    yes: flag(values, 'yes'),
    libraries: listValue(values, 'library'),
    noCache: flag(values, 'no-cache'),
  };
}
