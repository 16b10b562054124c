import { describe, expect, it } from 'vitest';
import { AUTH_SPEC } from '../../commands/auth/spec.js';
import { CONFIG_SPEC } from '../../commands/config/spec.js';
import { IGNORE_SPEC } from '../../commands/ignore/spec.js';
import { EPISODES_SPEC, MOVIES_SPEC, SCAN_SPEC } from '../../commands/scan/spec.js';
import { commandHelp } from './help.js';
import { parseCommand } from './parse.js';
import { choiceValue, integerValue, listValue } from './values.js';

describe('argument parsing', () => {
  it('--library may be repeated and keeps the order given', () => {
    const parsed = parseCommand(MOVIES_SPEC, ['--library', 'Movies', '--library=4K Movies']);
    expect(listValue(parsed.values, 'library')).toEqual(['Movies', '4K Movies']);
  });

  it('values are never turned into numbers, so a leading zero survives', () => {
    const parsed = parseCommand(MOVIES_SPEC, ['--output', '0123']);
    expect(parsed.values.output).toBe('0123');
  });

  it('an unknown option is a usage error that carries the usage line', () => {
    expect(() => parseCommand(MOVIES_SPEC, ['--frobnicate'])).toThrow(
      expect.objectContaining({
        kind: 'usage',
        message: 'Unknown option --frobnicate',
        hint: expect.stringMatching(/^Usage: complexionist movies/),
      }),
    );
  });

  it('an option without its value is a usage error', () => {
    expect(() => parseCommand(MOVIES_SPEC, ['--format'])).toThrow('Option --format needs a value');
    expect(() => parseCommand(MOVIES_SPEC, ['--output', '--demo'])).toThrow(/--output=VALUE/);
  });

  it('a missing value names the long option, whichever form was typed', () => {
    expect(() => parseCommand(MOVIES_SPEC, ['--library'])).toThrow(/^Option --library needs a value$/);
    expect(() => parseCommand(MOVIES_SPEC, ['-l'])).toThrow(/^Option --library needs a value$/);
    expect(() => parseCommand(MOVIES_SPEC, ['-o'])).toThrow(/^Option --output needs a value$/);
    expect(() => parseCommand(MOVIES_SPEC, ['-l', '-v'])).toThrow(
      /^Option --library needs a value \(write --library=VALUE/,
    );
    expect(() => parseCommand(MOVIES_SPEC, ['--verbose=1'])).toThrow(
      /^Option --verbose does not take a value$/,
    );
  });

  it('a stray argument is a usage error', () => {
    expect(() => parseCommand(MOVIES_SPEC, ['Movies'])).toThrow('Unexpected argument "Movies"');
  });

  it('--no-cache is an option of its own', () => {
    expect(parseCommand(EPISODES_SPEC, ['--no-cache']).values['no-cache']).toBe(true);
  });
});

describe('option values', () => {
  it('a count must be a whole number in range', () => {
    const values = parseCommand(MOVIES_SPEC, ['--min-owned', '2.5']).values;
    expect(() => integerValue(values, 'min-owned', { min: 0 })).toThrow(
      '--min-owned must be a whole number 0 or more, not "2.5"',
    );
    expect(integerValue({ 'min-owned': '3' }, 'min-owned', { min: 0 })).toBe(3);
    expect(() => integerValue({ port: '70000' }, 'port', { min: 0, max: 65535 })).toThrow('from 0 to 65535');
  });

  it('a format outside text, json, csv is refused', () => {
    expect(() => choiceValue({ format: 'xml' }, 'format', ['text', 'json', 'csv'], 'text')).toThrow(
      '--format must be one of text, json, csv, not "xml"',
    );
    expect(choiceValue({ format: 'JSON' }, 'format', ['text', 'json', 'csv'], 'text')).toBe('json');
  });
});

describe('help', () => {
  it('each command help shows its usage, options and examples', () => {
    const help = commandHelp(MOVIES_SPEC);
    expect(help).toMatch(/^Usage: complexionist movies /);
    expect(help).toContain('--min-collection-size N');
    expect(help).toContain('-v, --verbose');
    expect(help).toContain('$ complexionist movies --demo');
  });

  it('--include-future names what each command lists', () => {
    const row = (help: string) => help.split('\n').find((line) => line.includes('--include-future  '));
    expect(row(commandHelp(MOVIES_SPEC))).toMatch(/Also list films without/);
    expect(row(commandHelp(EPISODES_SPEC))).toMatch(/Also list episodes without/);
    expect(row(commandHelp(SCAN_SPEC))).toMatch(/Also list films and episodes without/);
  });

  it('--min-collection-size says upcoming films count only with --include-future', () => {
    const help = commandHelp(MOVIES_SPEC);
    expect(help).toContain('at least N films, counting upcoming ones only with --include-future');
    expect(help).not.toContain('released films');
  });

  it('config and auth help say ./config.yaml is edited when it exists, else the home one', () => {
    const rule = /\.\/config\.yaml when it\s+exists, else (to )?<home>\/config\.yaml/;
    expect(commandHelp(CONFIG_SPEC)).toMatch(rule);
    expect(commandHelp(AUTH_SPEC)).toMatch(rule);
    expect(commandHelp(IGNORE_SPEC)).toMatch(rule);
  });
});
