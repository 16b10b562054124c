import { type CommandSpec, GLOBAL_OPTIONS, type OptionSpec } from './spec.js';

function optionLabel(option: OptionSpec): string {
  const long = `--${option.name}${option.value === undefined ? '' : ` ${option.value}`}`;
  return option.short === undefined ? `    ${long}` : `-${option.short}, ${long}`;
}

function optionRows(options: OptionSpec[]): string[] {
  const width = Math.max(...options.map((o) => optionLabel(o).length));
  return options.map((o) => `  ${optionLabel(o).padEnd(width)}  ${o.description}`);
}

/** The `--help` text of one command: usage, description, options, examples. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: complexionist ${spec.name} ${spec.usage}`, '', `${spec.summary}.`];
  if (spec.description !== undefined) lines.push('', spec.description);
  if (spec.options.length > 0) lines.push('', 'Options:', ...optionRows(spec.options));
  lines.push('', 'Common options:', ...optionRows(GLOBAL_OPTIONS));
  lines.push('', 'Examples:', ...spec.examples.map((example) => `  $ ${example}`));
  return `${lines.join('\n')}\n`;
}

/** The top-level `--help` text: every command with its summary. */
export function mainHelp(specs: CommandSpec[], version: string): string {
  const width = Math.max(...specs.map((s) => s.name.length));
  return [
    `complexionist ${version}: find the films missing from your Plex collections and the episodes missing`,
    'from your shows. It only reads; it never changes Plex.',
    '',
    'Usage: complexionist <command> [options]',
    '',
    'Commands:',
    ...specs.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`),
    '',
    'Common options:',
    ...optionRows([
      ...GLOBAL_OPTIONS,
      { name: 'version', type: 'boolean', description: 'Print the version' },
    ]),
    '',
    'Try it without a Plex server:',
    '  $ complexionist scan --demo',
    '',
    'First run:',
    '  $ complexionist auth plex --login',
    '  $ complexionist auth tmdb --key YOUR_TMDB_KEY',
    '  $ complexionist scan',
    '',
    'Run "complexionist <command> --help" for the options and examples of a command.',
    '',
  ].join('\n');
}
