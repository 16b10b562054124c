import type { CliIo } from '../io.js';
import { type GlobalOptions, say } from './context.js';

/**
 * Warns when a variable just saved to `<home>/.env` is also set in the environment, which takes
 * precedence (spec §6): otherwise the user would wonder why the new value is not used.
 */
export function shadowNote(io: CliIo, options: GlobalOptions, names: string[]): void {
  const shadowed = names.filter((name) => (io.env[name] ?? '') !== '');
  if (shadowed.length === 0) return;
  say(
    io,
    options,
    `Note: ${shadowed.join(' and ')} ${shadowed.length > 1 ? 'are' : 'is'} also set in your environment, which takes precedence over the saved value.`,
  );
}
