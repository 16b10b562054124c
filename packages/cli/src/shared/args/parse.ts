import { parseArgs } from 'node:util';
import { UsageError } from '@complexionist/core';
import { type CommandSpec, GLOBAL_OPTIONS, type OptionSpec } from './spec.js';

/** Option values as parsed: strings, booleans, or string lists for repeatable options. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** The result of parsing one command line. */
export interface ParsedCommand {
  spec: CommandSpec;
  values: OptionValues;
  positionals: string[];
}

/** Every option of a command, the global ones included. */
export function allOptions(spec: CommandSpec): OptionSpec[] {
  return [...spec.options, ...GLOBAL_OPTIONS];
}

/** The usage line of a command, printed with every usage error. */
export function usageLine(spec: CommandSpec): string {
  return `Usage: complexionist ${spec.name} ${spec.usage}`;
}

/**
 * Parses the arguments after the command name with Node's own strict parser: unknown options, missing
 * values and stray arguments are {@link UsageError}s carrying the usage line. Values stay strings (no
 * number coercion), so a PIN or key such as `0123` is kept exactly.
 */
export function parseCommand(spec: CommandSpec, args: string[]): ParsedCommand {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const option of allOptions(spec)) {
    options[option.name] = {
      type: option.type,
      ...(option.short === undefined ? {} : { short: option.short }),
      ...(option.multiple ? { multiple: true } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error, spec), { hint: usageLine(spec) });
  }
  const values = parsed.values as OptionValues;
  if (values.help !== true && parsed.positionals.length > (spec.maxPositionals ?? 0)) {
    const extra = parsed.positionals.slice(spec.maxPositionals ?? 0);
    throw new UsageError(`Unexpected argument ${extra.map((a) => `"${a}"`).join(' ')}`, {
      hint: usageLine(spec),
    });
  }
  return { spec, values, positionals: parsed.positionals };
}

/** Node's parser messages mention internals; keep only the part a user needs. */
function describeParseError(error: unknown, spec: CommandSpec): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = optionName(message, spec);
  if (message.startsWith('Unknown option')) return `Unknown option ${option}`;
  if (message.includes('ambiguous')) {
    return `Option ${option} needs a value (write ${option}=VALUE when the value starts with "-")`;
  }
  if (message.includes('argument missing')) return `Option ${option} needs a value`;
  if (message.includes('does not take an argument')) return `Option ${option} does not take a value`;
  return message.split('\n')[0] ?? message;
}

/**
 * The option a parser message is about, by its long name: Node quotes it as `'-l, --library <value>'`,
 * `'--port'` or `'-l'`, and a user who typed either form knows the long one from the help.
 */
function optionName(message: string, spec: CommandSpec): string {
  const quoted = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  const long = /--[\w-]+/.exec(quoted)?.[0];
  if (long !== undefined) return long;
  const short = /^-(\w)$/.exec(quoted)?.[1];
  const known = allOptions(spec).find((o) => short !== undefined && o.short === short);
  return known === undefined ? (quoted.split(' ')[0] ?? quoted) : `--${known.name}`;
}
