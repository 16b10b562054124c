import type { CommandSpec } from '../../shared/args/spec.js';

/** `complexionist serve`. */
export const SERVE_SPEC: CommandSpec = {
  name: 'serve',
  usage: '[--host 127.0.0.1] [--port 8787] [--demo] [options]',
  summary: 'Start the web page and REST API',
  options: [
    {
      name: 'host',
      type: 'string',
      value: 'HOST',
      description: 'Address to listen on (default: server.host, 127.0.0.1)',
    },
    {
      name: 'port',
      short: 'p',
      type: 'string',
      value: 'PORT',
      description: 'Port to listen on (default: server.port, 8787)',
    },
    {
      name: 'demo',
      type: 'boolean',
      description: 'Serve the bundled demo library: no credentials, no network',
    },
  ],
  examples: [
    'complexionist serve',
    'complexionist serve --demo --port 9000',
    'complexionist serve --host 0.0.0.0',
  ],
};
