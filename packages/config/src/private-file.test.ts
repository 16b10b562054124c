import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addIgnore } from './ignore-file.js';
import { writePrivateFile } from './private-file.js';
import { setConfigValue } from './set-value.js';
import { workspace } from './test-helpers.js';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('files that may hold secrets are 0600 and written atomically (issue 13, finding 6)', () => {
  it('config --set creates config.yaml 0600', () => {
    const ws = workspace();
    const file = join(ws.home, 'config.yaml');
    setConfigValue(file, 'plex.url', 'http://nas:32400');
    expect(modeOf(file)).toBe(0o600);
  });

  it('an edit tightens a 0644 config.yaml, keeps its comments and leaves no temporary file', () => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', '# mine\nplex:\n  url: http://nas:32400 # the NAS\n');
    chmodSync(file, 0o644);
    addIgnore(file, 'movies', '603');
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('# mine\nplex:\n  url: http://nas:32400 # the NAS\n');
    expect(readdirSync(ws.home)).toEqual(['config.yaml']);
  });

  it('replaces the file in one step: a write that cannot finish leaves the old file and no debris', () => {
    const ws = workspace();
    // A folder where the file should be: the final rename fails after the text was written.
    const target = join(ws.home, 'config.yaml');
    mkdirSync(target);
    expect(() => writePrivateFile(target, 'plex:\n  token: secret\n')).toThrow();
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readdirSync(ws.home)).toEqual(['config.yaml']);
  });
});
