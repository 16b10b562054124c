import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type FakeServices,
  NEW_COLLECTION_PART,
  smallWorld,
  startFakeServices,
  worldChanges,
} from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';
import { liveEnv } from '../../testing/live-env.js';

// The scans run as of the fakes' day (liveEnv sets COMPLEXIONIST_NOW to it), whatever this clock says.
const NOW = new Date('2026-03-01T12:00:00Z');
let fakes: FakeServices;
let home: string;
let changes: ReturnType<typeof worldChanges>;

beforeAll(async () => {
  // The small world's "aired today" episode sits ten days back, so it counts the same in every scan here.
  const world = smallWorld({ now: new Date('2026-02-19T12:00:00Z') });
  changes = worldChanges(world);
  fakes = await startFakeServices(world, { mutableWorld: true });
  home = await mkdtemp(join(tmpdir(), 'cx-since-'));
  // Cached TMDB answers would hide the new part for a week; this test is about the history, not the cache.
  await writeFile(join(home, 'config.yaml'), 'cache:\n  ttl_hours:\n    tmdb_collection: 0\n');
});
afterAll(async () => {
  await fakes?.close();
  await rm(home, { recursive: true, force: true });
});

async function run(args: string[]) {
  const f = fakeIo({ cwd: home, env: { ...liveEnv(fakes), COMPLEXIONIST_HOME: home }, now: NOW });
  const code = await main(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('complexionist movies --since last (against the test kit)', () => {
  it('says the first saved scan is the baseline, then lists the new part of a collection', async () => {
    const first = await run(['movies', '--since', 'last']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'No earlier complete movies scan of this home is saved: this one is the baseline for --since last.',
    );

    changes.addCollectionPart();
    const second = await run(['movies', '--since', 'last']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      [
        'Since the last complete movies scan (2026-02-19 12:00 UTC):',
        '  New missing films (1):',
        `    + ${NEW_COLLECTION_PART.title} (2025) · Alien Collection`,
      ].join('\n'),
    );

    const third = await run(['movies', '--since', 'last', '--format', 'json']);
    const json = JSON.parse(third.stdout);
    expect(json.type).toBe('movies');
    expect(json.changes.movies).toMatchObject({ newlyMissing: [], acquired: [], newlyIgnored: [] });
  });

  it('a scan without --since still saves its report for the next --since', async () => {
    await run(['movies']);
    const next = await run(['movies', '--since', 'last']);
    expect(next.stdout).toContain('nothing changed');
  });

  it('refuses a --since value other than last', async () => {
    const bad = await run(['movies', '--since', 'yesterday']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--since must be one of last');
  });
});
