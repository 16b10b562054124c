import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, sandbox } from '../testing/run-cli.js';

let box: Sandbox;
beforeAll(async () => {
  box = await sandbox();
});
afterAll(async () => {
  await box?.remove();
});

describe('the built binary without any credentials', () => {
  it.each(['movies', 'episodes', 'scan'])('%s --demo prints a report and exits 0', async (command) => {
    const run = await box.run([command, '--demo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Summary: \d+ missing/);
  });

  it('scan --demo --format json is {movies, episodes}', async () => {
    const run = await box.run(['scan', '--demo', '--format', 'json']);
    expect(Object.keys(JSON.parse(run.stdout))).toEqual(['movies', 'episodes']);
  });

  it('a scan without any configuration exits 2 and says how to sign in', async () => {
    const run = await box.run(['scan']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plex.url and plex.token are missing');
    expect(run.stderr).toContain('complexionist auth plex --login');
  });

  it('--version prints the version and a bad flag exits 2 with the usage line', async () => {
    expect((await box.run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const bad = await box.run(['episodes', '--include-futur']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: complexionist episodes');
  });
});
