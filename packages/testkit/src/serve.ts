#!/usr/bin/env node
/** Starts the fake services for manual runs and browser tests; see `SERVE_USAGE`. */
import { startFromArgs } from './serve-cli.js';

try {
  const { services, line } = await startFromArgs(process.argv.slice(2));
  process.stdout.write(`${line}\n`);
  const stop = (): void => {
    void services.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
