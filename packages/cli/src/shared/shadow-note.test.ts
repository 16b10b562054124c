import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { fakeIo } from '../testing/fake-io.js';
import { shadowNote } from './shadow-note.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A project folder (the working directory) and a separate home folder. */
async function folders(): Promise<{ project: string; home: string }> {
  dir = await mkdtemp(join(tmpdir(), 'cli-shadow-'));
  const project = join(dir, 'project');
  const home = join(dir, 'home');
  await mkdir(project);
  await mkdir(home);
  return { project, home };
}

const OPTIONS = { verbose: false, quiet: false };

describe('shadow notes', () => {
  it('a secret saved to <home>/.env but also set in ./.env says ./.env wins', async () => {
    const { project, home } = await folders();
    await writeFile(join(project, '.env'), 'TMDB_API_KEY=old\n');
    const f = fakeIo({ cwd: project, env: { COMPLEXIONIST_HOME: home } });
    await shadowNote(f.io, OPTIONS, ['TMDB_API_KEY'], join(home, '.env'));
    expect(f.stderr()).toBe(
      `Note: TMDB_API_KEY is also set in ${join(project, '.env')}, which takes precedence over the saved value.\n`,
    );
  });

  it('the environment is named before ./.env, and nothing is said when nothing shadows', async () => {
    const { project, home } = await folders();
    await writeFile(join(project, '.env'), 'TVDB_PIN=1234\n');
    const f = fakeIo({ cwd: project, env: { COMPLEXIONIST_HOME: home, TVDB_API_KEY: 'x' } });
    await shadowNote(f.io, OPTIONS, ['TVDB_API_KEY', 'TVDB_PIN'], join(home, '.env'));
    expect(f.stderr().split('\n')).toEqual([
      'Note: TVDB_API_KEY is also set in your environment, which takes precedence over the saved value.',
      `Note: TVDB_PIN is also set in ${join(project, '.env')}, which takes precedence over the saved value.`,
      '',
    ]);
    const clean = fakeIo({ cwd: project, env: { COMPLEXIONIST_HOME: home } });
    await shadowNote(clean.io, OPTIONS, ['PLEX_TOKEN'], join(home, '.env'));
    expect(clean.stderr()).toBe('');
  });

  it('run from the home folder, the .env just written is not its own shadow', async () => {
    const { home } = await folders();
    await writeFile(join(home, '.env'), 'PLEX_TOKEN=new\n');
    const f = fakeIo({ cwd: home, env: { COMPLEXIONIST_HOME: home } });
    await shadowNote(f.io, OPTIONS, ['PLEX_TOKEN'], join(home, '.env'));
    expect(f.stderr()).toBe('');
  });

  it('config --set plex.token notes a ./.env value that wins', async () => {
    const { project, home } = await folders();
    await writeFile(join(project, '.env'), 'PLEX_TOKEN=oldtoken\n');
    const f = fakeIo({ cwd: project, env: { COMPLEXIONIST_HOME: home } });
    expect(await main(['config', '--set', 'plex.token', 'newtoken'], f.io)).toBe(0);
    expect(f.stderr()).toContain(`Set plex.token in ${join(home, '.env')}.`);
    expect(f.stderr()).toContain(
      `Note: PLEX_TOKEN is also set in ${join(project, '.env')}, which takes precedence`,
    );
    expect(f.stderr()).not.toContain('newtoken');
  });

  it('config --set plex.url notes a PLEX_URL in <home>/.env, which beats the YAML file', async () => {
    const { project, home } = await folders();
    await writeFile(join(home, '.env'), 'PLEX_URL=http://old:32400\n');
    const f = fakeIo({ cwd: project, env: { COMPLEXIONIST_HOME: home } });
    expect(await main(['config', '--set', 'plex.url', 'http://new:32400'], f.io)).toBe(0);
    expect(f.stderr()).toContain(`Note: PLEX_URL is also set in ${join(home, '.env')}`);
  });
});
