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

  it.each([[['help', 'scan']], [['--help', 'scan']], [['scan', '--help']]])(
    '%j prints the help of scan, not the overview',
    async (argv) => {
      const f = fakeIo();
      expect(await main(argv, f.io)).toBe(0);
      expect(f.stdout()).toMatch(/^Usage: complexionist scan /);
    },
  );

  it('help of an unknown command exits 2', async () => {
    const f = fakeIo();
    expect(await main(['help', 'scna'], f.io)).toBe(2);
    expect(f.stderr()).toContain('Unknown command "scna"');
  });

  it('global flags may come before the command, --config with its value too', async () => {
    const f = fakeIo({ cwd: '/nonexistent-cx-dir', env: { COMPLEXIONIST_HOME: '/nonexistent-cx-home' } });
    expect(await main(['-q', '--config', 'alt.yaml', 'config', '--path'], f.io)).toBe(0);
    expect(f.stdout()).toContain('/nonexistent-cx-dir/alt.yaml');
    expect(f.stderr()).toBe('');
  });

  it('an unknown command exits 2 and names the commands', async () => {
    const f = fakeIo();
    expect(await main(['frobnicate'], f.io)).toBe(2);
    expect(f.stderr()).toContain('Unknown command "frobnicate"');
    expect(f.stderr()).not.toContain('did you mean');
    expect(f.stderr()).toContain('movies, episodes, scan');
  });

  it.each([
    ['scna', 'scan'],
    ['moveis', 'movies'],
    ['Confg', 'config'],
  ])('a mistyped command "%s" asks "did you mean `%s`?"', async (typed, meant) => {
    const f = fakeIo();
    expect(await main([typed, '--demo'], f.io)).toBe(2);
    expect(f.stderr()).toContain(`Unknown command "${typed}" (did you mean \`${meant}\`?)`);
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

  it('--recent-hours takes a decimal, as options.recent_threshold_hours does, but not a negative', async () => {
    const ok = fakeIo();
    expect(await main(['episodes', '--demo', '--recent-hours', '1.5'], ok.io)).toBe(0);
    expect(ok.stderr()).not.toContain('error:');
    const bad = fakeIo();
    expect(await main(['episodes', '--demo', '--recent-hours=-1'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain(
      'error: --recent-hours must be a number 0 or more (such as 24 or 1.5), not "-1"',
    );
  });

  it("a count flag is held to its option's bounds, the same the config file and the API use", async () => {
    const f = fakeIo();
    expect(await main(['movies', '--demo', '--min-collection-size', '1001'], f.io)).toBe(2);
    expect(f.stderr()).toContain(
      'error: --min-collection-size must be a whole number from 1 to 1000, not "1001"',
    );
  });

  it('-v adds no stack trace to a usage error', async () => {
    const f = fakeIo();
    expect(await main(['movies', '--demo', '--format', 'xml', '-v'], f.io)).toBe(2);
    expect(f.stderr()).toMatch(
      /^error: --format must be one of text, json, csv, not "xml"\nUsage: complexionist movies [^\n]*\n$/,
    );
  });

  it('a missing value names the long option, for every command', async () => {
    for (const args of [
      ['scan', '--library'],
      ['scan', '-o'],
      ['serve', '--port'],
    ]) {
      const f = fakeIo();
      expect(await main(args, f.io)).toBe(2);
      expect(f.stderr()).toMatch(/^error: Option --(library|output|port) needs a value\nUsage: /);
    }
  });

  it('a secret given as a flag never shows on stderr, even when echoed in an error', async () => {
    const f = fakeIo();
    expect(await main(['auth', 'supersecretkey', '--key=supersecretkey'], f.io)).toBe(2);
    expect(f.stderr()).toContain('Unknown service "***"');
    expect(f.stderr()).not.toContain('supersecretkey');
  });
});
