#!/usr/bin/env node
import { ERROR_CLASS, type ErrorKind, isComplexionistError } from '@complexionist/core';
import { parseBinArgs, USAGE } from './bin-args.js';
import { serve } from './serve.js';
import { VERSION } from './version.js';

try {
  const command = parseBinArgs(process.argv.slice(2));
  if (command.kind === 'help') console.log(USAGE);
  else if (command.kind === 'version') console.log(VERSION);
  else await serve(command.options);
} catch (error) {
  if (isComplexionistError(error)) {
    console.error(`error: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ''}`);
    // The CLI's exit codes, by core's error classes (docs/spec.md §9 "Error kinds").
    process.exitCode = ERROR_CLASS[error.kind as ErrorKind] === 'service' ? 3 : 2;
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
