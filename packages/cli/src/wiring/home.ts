import { resolveHome } from '@complexionist/config';
import type { CliIo } from '../shared/io.js';

/** `<home>`: `$COMPLEXIONIST_HOME`, else `~/.complexionist` (docs/spec.md §6). */
export function loadHome(io: CliIo): string {
  return resolveHome(io.env);
}
