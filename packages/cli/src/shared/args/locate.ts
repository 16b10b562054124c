import { GLOBAL_OPTIONS } from './spec.js';

/** Global options that take a value (`--config FILE`): their value is not the command name. */
const VALUE_FLAGS = new Set(
  GLOBAL_OPTIONS.filter((o) => o.type === 'string').flatMap((o) => [
    `--${o.name}`,
    ...(o.short === undefined ? [] : [`-${o.short}`]),
  ]),
);

/** Where the command name sits in argv, and the arguments around it. */
export interface LocatedCommand {
  /** The command name, or undefined when argv has none (only options). */
  name: string | undefined;
  /** argv without the command name: global options given before it are kept, in order. */
  args: string[];
}

/**
 * Finds the command in argv. Global options may come before it (`--config alt.yaml config --show`), so
 * the first word that is neither an option nor the value of a global option taking one is the command.
 */
export function locateCommand(argv: readonly string[]): LocatedCommand {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg.startsWith('-')) {
      if (VALUE_FLAGS.has(arg)) i++;
      continue;
    }
    return { name: arg, args: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { name: undefined, args: [...argv] };
}
