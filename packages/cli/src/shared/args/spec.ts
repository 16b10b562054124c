/** One command-line option of a command. */
export interface OptionSpec {
  /** Long name without dashes, e.g. `library`, `no-cache`. */
  name: string;
  /** One-letter alias without the dash, e.g. `v`. */
  short?: string;
  type: 'string' | 'boolean';
  /** The option may be given several times (values collected in order). */
  multiple?: boolean;
  /** Placeholder shown in help, e.g. `NAME`. */
  value?: string;
  description: string;
}

/** A command: its options, positional arguments, help text and examples. */
export interface CommandSpec {
  name: string;
  /** The part after `complexionist <name>` in the usage line. */
  usage: string;
  /** One line for the command list. */
  summary: string;
  /** A paragraph shown under the usage line in `--help`. */
  description?: string;
  options: OptionSpec[];
  /** Most positional arguments accepted. @default 0 */
  maxPositionals?: number;
  examples: string[];
}

/** Options every command accepts. */
export const GLOBAL_OPTIONS: OptionSpec[] = [
  {
    name: 'verbose',
    short: 'v',
    type: 'boolean',
    description: 'Print details (unmatched items, warnings, request counts) to stderr',
  },
  { name: 'quiet', short: 'q', type: 'boolean', description: 'Print nothing but the result and errors' },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'Read this YAML file instead of ./config.yaml and <home>/config.yaml',
  },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
];

/** Options of every command that prints a report. */
export const REPORT_OPTIONS: OptionSpec[] = [
  {
    name: 'format',
    type: 'string',
    value: 'text|json|csv',
    description: 'Report format (default: json or csv for an --output FILE named so, else text)',
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: 'FILE',
    description: 'Write the report to FILE instead of stdout',
  },
  {
    name: 'no-cache',
    type: 'boolean',
    description: 'Do not read cached TMDB/TVDB answers (fresh answers are still stored)',
  },
  {
    name: 'demo',
    type: 'boolean',
    description: 'Run on the bundled demo library: no credentials, no network',
  },
];

/** `--library`, shared by the scans. */
export const LIBRARY_OPTION: OptionSpec = {
  name: 'library',
  short: 'l',
  type: 'string',
  multiple: true,
  value: 'NAME',
  description:
    'Scan only this library, or SERVER/LIBRARY (repeatable, case-insensitive; default: every library of the type)',
};

/** `--server`, shared by the scans (several Plex servers, docs/spec.md §5). */
export const SERVER_OPTION: OptionSpec = {
  name: 'server',
  short: 's',
  type: 'string',
  multiple: true,
  value: 'NAME',
  description: 'Scan only this Plex server (repeatable, case-insensitive; default: every configured server)',
};

/** `--format text|json` of the commands that print data rather than a report. */
export function formatOption(what: string): OptionSpec {
  return { name: 'format', type: 'string', value: 'text|json', description: `${what} (default: text)` };
}
