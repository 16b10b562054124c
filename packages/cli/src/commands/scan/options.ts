import type { ParsedCommand } from '../../shared/args/parse.js';
import { choiceValue, flag, listValue, stringValue } from '../../shared/args/values.js';
import { globalOptions } from '../../shared/context.js';
import {
  FORMATS,
  type ReportFormat,
  type ScanCommandOptions,
  type ScanKind,
} from '../../shared/scan-command-options.js';
import { scanFlagValues } from './flags.js';

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
    // `--exclude-show` adds to the configured titles, so it is always a list (empty when not given).
    excludeShows: [],
    format: choiceValue(values, 'format', FORMATS, formatOfFile(stringValue(values, 'output'))),
    noCache: flag(values, 'no-cache'),
    demo: flag(values, 'demo'),
  };
  Object.assign(options, scanFlagValues(kind, values));
  const language = stringValue(values, 'language');
  if (language !== undefined) options.language = language;
  if (stringValue(values, 'since') !== undefined) {
    options.since = choiceValue(values, 'since', ['last'] as const, 'last');
  }
  const output = stringValue(values, 'output');
  if (output !== undefined) options.output = output;
  return options;
}
