#!/usr/bin/env node
import { isComplexionistError } from '@complexionist/core';
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
    process.exitCode = error.kind === 'usage' || error.kind === 'config' ? 2 : 3;
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
