import type { Redactor } from '@complexionist/core';
import type { OptionValues } from './args/parse.js';
import { flag, stringValue } from './args/values.js';
import type { CliIo } from './io.js';

/** The I/O a command gets: the process I/O (stderr already redacted) plus the redactor to teach secrets to. */
export interface CommandIo extends CliIo {
  redactor: Redactor;
}

/** Options every command has. */
export interface GlobalOptions {
  verbose: boolean;
  quiet: boolean;
  /** `--config FILE`: read (and edit) this YAML file instead of ./config.yaml and <home>/config.yaml. */
  configFile?: string;
}

/** Reads the options every command has. */
export function globalOptions(values: OptionValues): GlobalOptions {
  const configFile = stringValue(values, 'config');
  return {
    verbose: flag(values, 'verbose'),
    quiet: flag(values, 'quiet'),
    ...(configFile === undefined ? {} : { configFile }),
  };
}

/** Writes a line of information to stderr unless `-q`. */
export function say(io: CliIo, options: GlobalOptions, line: string): void {
  if (!options.quiet) io.stderr.write(`${line}\n`);
}
