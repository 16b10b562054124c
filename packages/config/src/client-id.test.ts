import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ID_FILE, clientIdentifier } from './client-id.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function freshHome(): string {
  const root = mkdtempSync(join(tmpdir(), 'complexionist-client-id-'));
  roots.push(root);
  return join(root, 'home');
}

describe('clientIdentifier', () => {
  it('creates the home folder private (0700) and the id file 0600', async () => {
    const home = freshHome();
    const id = await clientIdentifier(home);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    const file = join(home, CLIENT_ID_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`${id}\n`);
  });

  it('keeps the same id across runs, so plex.tv lists one device', async () => {
    const home = freshHome();
    expect(await clientIdentifier(home)).toBe(await clientIdentifier(home));
  });
});
