import { redactUrlCredentials } from '@complexionist/core';
import { maskTarget } from './notification-targets.js';
import { maskServers } from './plex-servers.js';
import { CONFIG_KEYS, camelPath } from './schema.js';
import { settingValue } from './setting-value.js';
import type { Config } from './types.js';

/**
 * Hides a secret for display: `********` followed by at most its last 4 characters, fewer for short
 * secrets (the last 2 from 8 to 15 characters, none below 8), so a PIN or short key is never half shown.
 */
export function maskSecret(secret: string): string {
  const shown = secret.length >= 16 ? 4 : secret.length >= 8 ? 2 : 0;
  return `********${shown > 0 ? secret.slice(-shown) : ''}`;
}

/**
 * A copy of the configuration with every secret (tokens, API keys, the TVDB PIN, notification URLs) masked by
 * {@link maskSecret}, and the user info of every URL setting (`http://user:password@nas`) replaced by `***`.
 */
export function maskConfig(config: Config): Config {
  const copy = structuredClone(config);
  maskUrls(copy as unknown as Record<string, unknown>);
  for (const spec of CONFIG_KEYS) {
    if (!('secret' in spec)) continue;
    const dot = spec.key.lastIndexOf('.');
    if (dot < 0) continue; // `notifications` is a list, masked below.
    const parent = settingValue(copy, spec.key.slice(0, dot)) as Record<string, unknown> | undefined;
    const last = camelPath(spec.key.slice(dot + 1))[0] as string;
    const value = parent?.[last];
    if (parent && typeof value === 'string') parent[last] = maskSecret(value);
  }
  copy.notifications = config.notifications.map(maskTarget);
  copy.plex.servers = maskServers(config.plex.servers, maskSecret);
  return copy;
}

function maskUrls(node: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') node[key] = redactUrlCredentials(value);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value))
      maskUrls(value as Record<string, unknown>);
  }
}
