import { CONFIG_KEYS, maskConfig } from '@complexionist/config';
import type { CliConfig } from '../../wiring/load.js';

/** `cache.ttl_hours.tmdb_movie` → its value in the camelCase configuration. */
function valueAt(config: object, key: string): unknown {
  return key
    .split('.')
    .map((part) => part.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()))
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], config);
}

function display(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // Notification targets and Plex servers are objects (already masked): show each as `type url`, `name url`.
    return value
      .map((item) =>
        typeof item === 'object' && item ? `${item.type ?? item.name} ${item.url}` : String(item),
      )
      .join(', ');
  }
  return String(value);
}

/**
 * `config --show`: every setting of docs/spec.md §6 in order, its value (secrets masked) and where that value
 * came from (default, a file and line, an environment variable, `.env`).
 */
export function showConfig(loaded: CliConfig): string {
  const masked = maskConfig(loaded.config);
  const rows = CONFIG_KEYS.map((spec) => [
    spec.key,
    display(valueAt(masked, spec.key)),
    loaded.sources[spec.key]?.label ?? 'default',
  ]);
  const keyWidth = Math.max(...rows.map(([k]) => (k ?? '').length));
  const valueWidth = Math.min(40, Math.max(...rows.map(([, v]) => (v ?? '').length)));
  return `${rows.map(([k, v, s]) => `${(k ?? '').padEnd(keyWidth)}  ${(v ?? '').padEnd(valueWidth)}  ${s}`).join('\n')}\n`;
}

/**
 * `config --show --format json`: `{ settings: { key: { value, source } }, files }` for scripts; every secret
 * masked as in the text form, an unset setting `null`.
 */
export function showConfigJson(loaded: CliConfig): string {
  const masked = maskConfig(loaded.config);
  const settings = Object.fromEntries(
    CONFIG_KEYS.map((spec) => [
      spec.key,
      { value: valueAt(masked, spec.key) ?? null, source: loaded.sources[spec.key]?.label ?? 'default' },
    ]),
  );
  const files = loaded.files.map((f) => ({ path: f.path, kind: f.kind, exists: f.exists }));
  return `${JSON.stringify({ settings, files }, null, 2)}\n`;
}
