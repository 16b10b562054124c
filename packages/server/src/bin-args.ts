import { parseArgs } from 'node:util';
import { UsageError } from '@complexionist/core';
import type { ServeOptions } from './serve.js';

/** Usage of the `complexionist-server` bin. */
export const USAGE = `Usage: complexionist-server [--host 127.0.0.1] [--port 8787] [--demo] [--config FILE]

Starts the ComPlexionist web page and JSON API (same configuration and cache as the complexionist CLI).
  --host HOST     address to listen on (server.host); a non-loopback address needs server.api_key
  --port PORT     port to listen on (server.port); 0 picks a free one
  --demo          serve the bundled demo library (no Plex, no API keys, no network)
  --config FILE   read this YAML file instead of ./config.yaml and <home>/config.yaml
  -h, --help      show this help
  -v, --version   show the version`;

/** What the bin was asked to do. */
export type BinCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'serve'; options: ServeOptions };

/** Parses the bin's arguments; throws a UsageError naming a bad flag or value. */
export function parseBinArgs(argv: string[]): BinCommand {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const options: ServeOptions = { demo: Boolean(values.demo) };
  if (values.host !== undefined) options.host = values.host;
  if (values.config !== undefined) options.configFile = values.config;
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) {
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
    }
    options.port = port;
  }
  return { kind: 'serve', options };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      demo: { type: 'boolean' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
