import { describe, expect, it } from 'vitest';
import { commandHelp } from './help.js';
import { parseCommand } from './parse.js';
import { EPISODES_SPEC, MOVIES_SPEC } from './scan-specs.js';
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
});
