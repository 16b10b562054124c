import type { ParsedCommand } from '../args/parse.js';
import { choiceValue, decimalValue, flag, integerValue, listValue, stringValue } from '../args/values.js';
import { type GlobalOptions, globalOptions } from './context.js';

/** Which scan a command runs. */
export type ScanKind = 'movies' | 'episodes' | 'scan';

/** Report formats of docs/spec.md §4. */
export const FORMATS = ['text', 'json', 'csv'] as const;

/** A report format. */
export type ReportFormat = (typeof FORMATS)[number];

/** Options of `movies`, `episodes` and `scan`. Absent values fall back to the configuration, then defaults. */
export interface ScanCommandOptions extends GlobalOptions {
  kind: ScanKind;
  libraries: string[];
  /** `--server NAME` (repeatable): scan only these Plex servers; every server when empty or absent. */
  servers?: string[];
  includeFuture?: boolean;
  includeSpecials?: boolean;
  minCollectionSize?: number;
  minOwned?: number;
  recentHours?: number;
  /** Added to `exclusions.shows` from the configuration. */
  excludeShows: string[];
  /** `--language`: over `options.language`. */
  language?: string;
  format: ReportFormat;
  output?: string;
  noCache: boolean;
  demo: boolean;
  /** `--since last`: also print what changed since the last saved complete scan of this home. */
  since?: 'last';
}

/** `-o gaps.json` / `gaps.csv` without `--format`: the format the file name asks for, else text. */
export function formatOfFile(output: string | undefined): ReportFormat {
  const extension = output?.toLowerCase().match(/\.(json|csv)$/)?.[1];
  return extension === 'json' || extension === 'csv' ? extension : 'text';
}

/** Turns parsed flags into {@link ScanCommandOptions}, checking every value. */
export function scanOptionsFromArgs(kind: ScanKind, parsed: ParsedCommand): ScanCommandOptions {
  const { values } = parsed;
  const options: ScanCommandOptions = {
    ...globalOptions(values),
    kind,
    libraries: listValue(values, 'library'),
    servers: listValue(values, 'server'),
    excludeShows: listValue(values, 'exclude-show'),
    format: choiceValue(values, 'format', FORMATS, formatOfFile(stringValue(values, 'output'))),
    noCache: flag(values, 'no-cache'),
    demo: flag(values, 'demo'),
  };
  // Booleans are set only when given, so the configuration decides otherwise.
  if (flag(values, 'include-future')) options.includeFuture = true;
  if (flag(values, 'include-specials')) options.includeSpecials = true;
  const minCollectionSize = integerValue(values, 'min-collection-size', { min: 1 });
  if (minCollectionSize !== undefined) options.minCollectionSize = minCollectionSize;
  const minOwned = integerValue(values, 'min-owned', { min: 0 });
  if (minOwned !== undefined) options.minOwned = minOwned;
  const recentHours = decimalValue(values, 'recent-hours');
  if (recentHours !== undefined) options.recentHours = recentHours;
  const language = stringValue(values, 'language');
  if (language !== undefined) options.language = language;
  if (stringValue(values, 'since') !== undefined) {
    options.since = choiceValue(values, 'since', ['last'] as const, 'last');
  }
  const output = stringValue(values, 'output');
  if (output !== undefined) options.output = output;
  return options;
}
