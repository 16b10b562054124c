import { describe, expect, it } from 'vitest';
import { parseBinArgs } from './bin-args.js';

describe('complexionist-server arguments', () => {
  it('reads --host, --port, --demo and --config', () => {
    expect(parseBinArgs(['--host', '0.0.0.0', '--port', '9000', '--demo', '--config', 'c.yaml'])).toEqual({
      kind: 'serve',
      options: { host: '0.0.0.0', port: 9000, demo: true, configFile: 'c.yaml' },
    });
    expect(parseBinArgs([])).toEqual({ kind: 'serve', options: { demo: false } });
  });

  it('--help and --version', () => {
    expect(parseBinArgs(['-h']).kind).toBe('help');
    expect(parseBinArgs(['--version']).kind).toBe('version');
  });

  it('an unknown flag or a bad port is a usage error naming it', () => {
    expect(() => parseBinArgs(['--prot', '1'])).toThrow(/--prot/);
    expect(() => parseBinArgs(['--port', 'eighty'])).toThrow(
      '--port must be a number from 0 to 65535, not "eighty"',
    );
    expect(() => parseBinArgs(['--port', '70000'])).toThrow(/--port/);
  });
});
