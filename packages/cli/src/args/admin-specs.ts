import type { CommandSpec, OptionSpec } from './spec.js';

/** `--format text|json` of the commands that print data rather than a report. */
function formatOption(what: string): OptionSpec {
  return { name: 'format', type: 'string', value: 'text|json', description: `${what} (default: text)` };
}

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

/** `complexionist config`. */
export const CONFIG_SPEC: CommandSpec = {
  name: 'config',
  usage: '--show [--format json] | --set KEY VALUE | --unset KEY | --path | init | validate',
  summary: 'Show, change or check the configuration',
  description:
    'Settings come from flags, environment variables, ./.env, <home>/.env, ./config.yaml and\n' +
    '<home>/config.yaml (highest first).\n' +
    '--set and --unset edit ./config.yaml when it exists, else <home>/config.yaml (or --config FILE),\n' +
    'keeping comments; a secret key goes to <home>/.env instead.\n' +
    'init writes a commented starter config.yaml there (never over an existing file); validate checks the\n' +
    'configuration and tests each configured service (Plex, TMDB, TVDB), one line each.',
  options: [
    {
      name: 'show',
      type: 'boolean',
      description: 'Print every setting, its value (secrets masked) and where it came from',
    },
    {
      name: 'set',
      type: 'string',
      value: 'KEY',
      description: 'Set KEY (dotted, e.g. plex.url) to the VALUE that follows',
    },
    {
      name: 'unset',
      type: 'string',
      value: 'KEY',
      description: 'Remove KEY from the file (and a secret from <home>/.env): its default applies again',
    },
    {
      name: 'path',
      type: 'boolean',
      description: 'Print the paths of the configuration files, .env and cache',
    },
    formatOption('--show as text or JSON'),
  ],
  maxPositionals: 1,
  examples: [
    'complexionist config --show',
    'complexionist config --set plex.url http://192.168.1.10:32400',
    'complexionist config --set options.min_collection_size 3',
    'complexionist config --unset options.min_collection_size',
    'complexionist config init',
    'complexionist config validate',
    'complexionist config --show --format json',
    'complexionist config --path',
  ],
};

/** `complexionist cache`. */
export const CACHE_SPEC: CommandSpec = {
  name: 'cache',
  usage: '--clear | --stats',
  summary: 'Clear the TMDB/TVDB cache or show what it holds',
  options: [
    { name: 'clear', type: 'boolean', description: 'Delete every cached answer' },
    { name: 'stats', type: 'boolean', description: 'Show entries and size per kind of data' },
    formatOption('--stats as text or JSON'),
  ],
  examples: [
    'complexionist cache --stats',
    'complexionist cache --stats --format json',
    'complexionist cache --clear',
  ],
};

/** `complexionist auth`. */
export const AUTH_SPEC: CommandSpec = {
  name: 'auth',
  usage:
    'plex --login | plex --token TOKEN | tmdb --key KEY | tvdb --key KEY [--pin PIN] | radarr|sonarr --url URL --key KEY',
  summary: 'Sign in to Plex and save API keys (each is checked before it is saved)',
  description:
    'plex --login signs in through plex.tv in your browser, lets you pick a server and saves its URL and token.\n' +
    'Secrets are saved to <home>/.env (readable only by you); the Plex URL to ./config.yaml when it\n' +
    'exists, else to <home>/config.yaml (or --config FILE).',
  options: [
    {
      name: 'login',
      type: 'boolean',
      description: 'plex: sign in at the app.plex.tv link it prints (and opens in your browser)',
    },
    {
      name: 'add',
      type: 'boolean',
      description:
        'plex --login: add the server you pick to plex.servers (several servers) instead of plex.url',
    },
    { name: 'token', type: 'string', value: 'TOKEN', description: 'plex: save this Plex token' },
    {
      name: 'key',
      type: 'string',
      value: 'KEY',
      description: 'tmdb/tvdb/radarr/sonarr: save this API key (TMDB: v3 key or v4 token)',
    },
    { name: 'pin', type: 'string', value: 'PIN', description: 'tvdb: subscriber PIN that goes with the key' },
    {
      name: 'url',
      type: 'string',
      value: 'URL',
      description: 'plex --token, radarr, sonarr: server URL to check the key against and save',
    },
  ],
  maxPositionals: 1,
  examples: [
    'complexionist auth plex --login',
    'complexionist auth plex --login --add',
    'complexionist auth plex --token abcdEFGH1234 --url http://192.168.1.10:32400',
    'complexionist auth tmdb --key 0123456789abcdef0123456789abcdef',
    'complexionist auth tvdb --key 00000000-1111-2222-3333-444444444444',
    'complexionist auth radarr --url http://localhost:7878 --key 0123456789abcdef0123456789abcdef',
    'complexionist auth sonarr --url http://localhost:8989 --key 0123456789abcdef0123456789abcdef',
  ],
};

/** `complexionist ignore`. */
export const IGNORE_SPEC: CommandSpec = {
  name: 'ignore',
  usage: 'add|remove <kind> <value> | list [kind]',
  summary: 'Never report a collection, movie, show or episode again',
  description:
    'Kinds: collection and movie (TMDB ids), show (TVDB id, or tmdb:N), episode ("<showId>:S01E02").\n' +
    'add and remove edit ignore.* in ./config.yaml when it exists, else <home>/config.yaml\n' +
    '(or --config FILE), keeping comments; list shows the lists in effect.',
  options: [formatOption('list as text or JSON')],
  maxPositionals: 3,
  examples: [
    'complexionist ignore add collection 8091',
    'complexionist ignore add show tmdb:1396',
    'complexionist ignore add episode 81189:S02E05',
    'complexionist ignore remove movie 8077',
    'complexionist ignore list',
    'complexionist ignore list --format json',
  ],
};

/** `complexionist notify`. */
export const NOTIFY_SPEC: CommandSpec = {
  name: 'notify',
  usage: '--test [options]',
  summary: 'Send a test message to every notification target',
  description:
    'Sends a short test message to each target under `notifications:` in config.yaml (webhook, discord,\n' +
    'ntfy, gotify) and prints which ones got it. Target URLs are shown as scheme and host only.',
  options: [{ name: 'test', type: 'boolean', description: 'Send the test message (the only action)' }],
  examples: ['complexionist notify --test'],
};
