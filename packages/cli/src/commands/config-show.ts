import { maskConfig } from '@complexionist/config';
import type { CliConfig } from '../wiring/load.js';

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** `{ plex: { tvUrl } }` → `[['plex.tv_url', value]]`, in the spec's snake_case key names. */
function flatten(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix === '' ? snake(k) : `${prefix}.${snake(k)}`));
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.join(', ');
  return String(value);
}

/** `config --show`: every setting, its value with secrets masked, and where the value came from. */
export function showConfig(loaded: CliConfig): string {
  const rows = flatten(maskConfig(loaded.config)).map(([key, value]) => {
    const source = (loaded.sources as Record<string, string | undefined>)[key] ?? 'default';
    return [key, show(value), source] as const;
  });
  const keyWidth = Math.max(...rows.map(([k]) => k.length));
  const valueWidth = Math.min(48, Math.max(...rows.map(([, v]) => v.length)));
  return `${rows.map(([k, v, s]) => `${k.padEnd(keyWidth)}  ${v.padEnd(valueWidth)}  (${s})`).join('\n')}\n`;
}
