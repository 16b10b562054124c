import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';

let root: string;
let home: string;
let project: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cli-ignore-'));
  home = join(root, 'home');
  project = join(root, 'project');
  await Promise.all([mkdir(home), mkdir(project)]);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});
const io = () => fakeIo({ cwd: project, env: { COMPLEXIONIST_HOME: home } });

describe('ignore', () => {
  it('writes where its help says: ./config.yaml when it exists, else <home>/config.yaml', async () => {
    const first = io();
    expect(await main(['ignore', 'add', 'collection', '8091'], first.io)).toBe(0);
    expect(await readFile(join(home, 'config.yaml'), 'utf8')).toContain('8091');
    await writeFile(join(project, 'config.yaml'), '# project settings\n');
    const second = io();
    expect(await main(['ignore', 'add', 'movie', '8077'], second.io)).toBe(0);
    expect(second.stderr()).toContain(`(saved to ${join(project, 'config.yaml')})`);
    expect(await readFile(join(project, 'config.yaml'), 'utf8')).toContain('8077');
    expect(await readFile(join(home, 'config.yaml'), 'utf8')).not.toContain('8077');
  });

  it('list --format json prints the lists in effect as JSON', async () => {
    await main(['ignore', 'add', 'collection', '8091'], io().io);
    await main(['ignore', 'add', 'show', 'tmdb:1396'], io().io);
    const f = io();
    expect(await main(['ignore', 'list', '--format', 'json'], f.io)).toBe(0);
    expect(JSON.parse(f.stdout())).toEqual({
      collections: [8091],
      movies: [],
      shows: ['tmdb:1396'],
      episodes: [],
    });
    const one = io();
    expect(await main(['ignore', 'list', 'collection', '--format', 'json'], one.io)).toBe(0);
    expect(JSON.parse(one.stdout())).toEqual({ collections: [8091] });
    const text = io();
    expect(await main(['ignore', 'list'], text.io)).toBe(0);
    expect(text.stdout()).toContain('collections: 8091');
  });

  it('--format goes with list only', async () => {
    const f = io();
    expect(await main(['ignore', 'add', 'movie', '1', '--format', 'json'], f.io)).toBe(2);
    expect(f.stderr()).toContain('--format goes with ignore list only');
  });
});
