import { hostname as machineHostname, networkInterfaces } from 'node:os';
import type { Context, MiddlewareHandler } from 'hono';
import { errorJson } from './http-errors.js';
import { isLoopbackHost } from './loopback.js';

/** What decides which `Host` names the server answers to. */
export interface HostGuardOptions {
  /** The address the server listens on (`server.host`). @default '127.0.0.1' */
  listenHost?: string;
  /** `server.allowed_hosts`: extra names, e.g. the public name a reverse proxy forwards. */
  allowedHosts?: readonly string[];
  /**
   * This machine's own names and addresses, asked when listening on every address (`0.0.0.0`, `::`).
   * @default the network interfaces' addresses and the host name (with `.local`)
   */
  localNames?: () => string[];
}

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '']);
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Example.COM.` → `example.com`; IPv6 in brackets as `Host` carries it. */
function normalise(name: string): string {
  const bare = name.trim().toLowerCase().replace(/\.$/, '');
  return bare.includes(':') && !bare.startsWith('[') ? `[${bare}]` : bare;
}

function defaultLocalNames(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list?.map((i) => i.address) ?? []);
  const name = machineHostname();
  return [...addresses, name, `${name}.local`];
}

/** The `Host` a request was sent to (`name:port`), as the browser wrote it. */
function requestHost(c: Context): string {
  return (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
}

/** The name part of a `Host` value, or undefined when it is no valid host. */
function hostNameOf(host: string): string | undefined {
  // Only what a Host header may hold: no user info (`a@b`), path or space for the URL parser to reinterpret.
  if (!/^[a-z0-9.\-[\]:]+$/i.test(host)) return undefined;
  try {
    return normalise(new URL(`http://${host}`).hostname);
  } catch {
    return undefined;
  }
}

/** Refuses with a sentence: JSON under `/api`, plain text elsewhere. */
function refuse(c: Context, message: string): Response {
  if (c.req.path.startsWith('/api/')) return errorJson(c, 403, { code: 'forbidden', message });
  return c.text(message, 403);
}

/** Shows an outside value in a message without letting it run on. */
const shown = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * Answers only requests sent to a name of this server: a loopback name, the address it listens on (when that is
 * every address, this machine's own addresses and host name) or one of `allowedHosts`. A web page on another
 * site whose name was pointed at this machine (DNS rebinding) sends its own name as `Host` and is refused.
 */
export function hostGuard(options: HostGuardOptions = {}): MiddlewareHandler {
  const listen = normalise(options.listenHost ?? '127.0.0.1');
  const fixed = new Set([listen, ...(options.allowedHosts ?? []).map(normalise)]);
  const localNames = options.localNames ?? defaultLocalNames;
  const everyAddress = WILDCARDS.has(listen.replace(/^\[|\]$/g, ''));
  // A name found among this machine's own is remembered: the interfaces are read once per new name, not on
  // every request of a LAN browser that uses the machine's address.
  const isLocal = (name: string) => {
    if (!everyAddress || !localNames().map(normalise).includes(name)) return false;
    fixed.add(name);
    return true;
  };
  const allowed = (name: string) => isLoopbackHost(name) || fixed.has(name) || isLocal(name);
  return async (c, next) => {
    const host = requestHost(c);
    const name = hostNameOf(host);
    if (name !== undefined && allowed(name)) return next();
    return refuse(
      c,
      `This server does not answer to the name ${shown(host)}, so the request was refused (a guard against ` +
        'DNS rebinding). To reach it under that name, add it to server.allowed_hosts ' +
        '(or COMPLEXIONIST_ALLOWED_HOSTS) and restart the server.',
    );
  };
}

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) sent by a page of another site: its `Origin` must
 * name the host the request was sent to, or one of `allowedHosts` (a proxy that rewrites `Host`). Requests
 * without `Origin` (curl, cron, Radarr, Sonarr) pass.
 */
export function originGuard(allowedHosts: readonly string[] = []): MiddlewareHandler {
  const extra = new Set(allowedHosts.map(normalise));
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined || !STATE_CHANGING.has(c.req.method)) return next();
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    const name = originHost && hostNameOf(originHost);
    if (originHost && (originHost === requestHost(c) || (name && extra.has(name)))) return next();
    return refuse(
      c,
      `Refused a ${c.req.method} from the page at ${shown(origin)}: changes are accepted only from this ` +
        "server's own page. Behind a reverse proxy that changes the Host header, add the public name to " +
        'server.allowed_hosts.',
    );
  };
}
