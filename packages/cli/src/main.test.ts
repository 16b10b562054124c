import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { COMMANDS } from './registry.js';
import { fakeIo } from './testing/fake-io.js';
import { cliVersion } from './version.js';

describe('main', () => {
  it('--version prints the package version', async () => {
    const f = fakeIo();
    expect(await main(['--version'], f.io)).toBe(0);
    expect(f.stdout()).toBe(`${cliVersion()}\n`);
    expect(cliVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('--help lists every command', async () => {
    const f = fakeIo();
    expect(await main(['--help'], f.io)).toBe(0);
    for (const command of COMMANDS) expect(f.stdout()).toContain(`  ${command.spec.name} `);
  });

  it.each(COMMANDS.map((c) => c.spec.name))('%s --help shows examples and exits 0', async (name) => {
    const f = fakeIo();
    expect(await main([name, '--help'], f.io)).toBe(0);
    expect(f.stdout()).toContain(`Usage: complexionist ${name}`);
    expect(f.stdout()).toContain(`$ complexionist ${name}`);
    expect(f.stderr()).toBe('');
  });

  it('an unknown command exits 2 and names the commands', async () => {
    const f = fakeIo();
    expect(await main(['moveis'], f.io)).toBe(2);
    expect(f.stderr()).toContain('Unknown command "moveis"');
    expect(f.stderr()).toContain('movies, episodes, scan');
  });

  it('an unknown flag exits 2 with the usage line, and stdout stays empty', async () => {
    const f = fakeIo();
    expect(await main(['movies', '--demo', '--colour'], f.io)).toBe(2);
    expect(f.stderr()).toMatch(
      /^error: Unknown option --colour\nUsage: complexionist movies \[--library NAME\]/,
    );
    expect(f.stdout()).toBe('');
  });
});

describe('main: bad values', () => {
  it('a bad --format exits 2 with the usage line', async () => {
    const f = fakeIo();
    expect(await main(['scan', '--demo', '--format', 'xml'], f.io)).toBe(2);
    expect(f.stderr()).toContain('error: --format must be one of text, json, csv, not "xml"');
    expect(f.stderr()).toContain('Usage: complexionist scan');
  });

  it('a secret given as a flag never shows on stderr, even when echoed in an error', async () => {
    const f = fakeIo();
    expect(await main(['auth', 'supersecretkey', '--key=supersecretkey'], f.io)).toBe(2);
    expect(f.stderr()).toContain('Unknown service "***"');
    expect(f.stderr()).not.toContain('supersecretkey');
  });
});
