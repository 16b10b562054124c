import * as v from 'valibot';
import type { KeySpec } from './schema.js';

/** One entry of `plex.servers` (docs/spec.md §6): a named Plex Media Server and its token. */
export interface PlexServerConfig {
  /** How reports, `--server` and `--library SERVER/LIBRARY` name the server. */
  name: string;
  url: string;
  /** The server's token. A secret: never shown whole. */
  token: string;
}

/** The name the single `plex.url` / `plex.token` form gets when it is one server among several. */
export const SINGLE_SERVER_NAME = 'plex';

/**
 * The settings of several servers and of the watchlist (issue 20). Kept apart from the main list so that
 * everything about them reads in one file.
 */
export const PLEX_SERVER_KEYS = [
  {
    key: 'plex.servers',
    type: 'plex-servers',
    secret: true,
    default: [],
    description:
      'More Plex servers, scanned as one library: a list of {name, url, token} (plex.url/plex.token is one more, named "plex")',
  },
  {
    key: 'plex.account_token',
    env: 'PLEX_ACCOUNT_TOKEN',
    type: 'secret',
    secret: true,
    description:
      'plex.tv account token, for the watchlist (saved by auth plex --login; else a server token is tried)',
  },
  {
    key: 'plex.discover_url',
    env: 'PLEX_DISCOVER_URL',
    type: 'url',
    default: 'https://discover.provider.plex.tv',
    description: 'Plex Discover address (the watchlist)',
  },
] as const satisfies readonly KeySpec[];

const name = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty(),
  v.check((text) => !text.includes('/')),
);
const httpUrl = v.pipe(
  v.string(),
  v.trim(),
  v.url(),
  v.check((text) => /^https?:\/\//i.test(text)),
  v.transform((text) => text.replace(/\/+$/, '')),
);
const ServersSchema = v.pipe(
  v.array(v.strictObject({ name, url: httpUrl, token: v.pipe(v.string(), v.trim(), v.nonEmpty()) })),
  v.check((list) => new Set(list.map((s) => s.name.toLowerCase())).size === list.length),
);

/** What a wrong `plex.servers` value is told it must be (completes "plex.servers must be …"). */
export const PLEX_SERVERS_EXPECTED =
  `a list such as [{name: Tower, url: http://192.168.1.10:32400, token: \${TOWER_TOKEN}}]; every entry has a ` +
  'name (no "/", each name once), an http(s) url and a token, and nothing else';

/** Reads the `plex.servers` list; undefined when it is not a valid list of servers. */
export function parsePlexServers(raw: unknown): PlexServerConfig[] | undefined {
  const result = v.safeParse(ServersSchema, raw);
  return result.success ? result.output : undefined;
}

/**
 * Every configured server, in order: `plex.url` with `plex.token` first (named `plex`) unless `plex.servers`
 * lists the same URL, then `plex.servers`. Empty when nothing is configured.
 */
export function plexServersOf(plex: {
  url?: string;
  token?: string;
  servers: readonly PlexServerConfig[];
}): PlexServerConfig[] {
  const listed = plex.servers.map((s) => ({ ...s }));
  const single =
    plex.url && plex.token ? { name: SINGLE_SERVER_NAME, url: plex.url, token: plex.token } : undefined;
  if (!single || listed.some((s) => s.url === single.url)) return listed;
  const taken = listed.some((s) => s.name.toLowerCase() === SINGLE_SERVER_NAME);
  return [{ ...single, name: taken ? `${SINGLE_SERVER_NAME}-main` : single.name }, ...listed];
}

/** The setting a server's address comes from, for error hints: `plex.url`, or `plex.servers (NAME)`. */
export function plexServerSetting(
  server: { name: string },
  plex?: { servers: readonly { name: string }[] },
): string {
  const listed = plex ? plex.servers.some((s) => s.name === server.name) : server.name !== SINGLE_SERVER_NAME;
  return listed ? `plex.servers (${server.name})` : 'plex.url';
}

/** A copy of servers with tokens masked, for `config --show`. */
export function maskServers(
  servers: readonly PlexServerConfig[],
  mask: (secret: string) => string,
): PlexServerConfig[] {
  return servers.map((s) => ({ ...s, token: mask(s.token) }));
}
