import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import { type FakeServices, smallWorld, smallWorldExpected, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapsOf } from '../testing/gaps.js';
import { liveEnv } from '../testing/live-env.js';
import { type Sandbox, sandbox } from '../testing/run-cli.js';

// The world's "today" is a past day that ended a millisecond later: a scan reading the machine's clock
// instead of the fakes' would find the recent episode days old and report it missing.
let fakes: FakeServices;
let box: Sandbox;
beforeAll(async () => {
  fakes = await startFakeServices(smallWorld({ now: new Date('2026-01-31T23:59:59.999Z') }));
  box = await sandbox();
});
afterAll(async () => {
  await box?.remove();
  await fakes?.close();
});

describe('a run that crosses UTC midnight', () => {
  it("scans as of the fakes' day (COMPLEXIONIST_NOW): the expected gaps, whatever the clock says", async () => {
    const run = await box.run(['scan', '--format', 'json'], { env: liveEnv(fakes) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { movies: MovieGapReport; episodes: EpisodeGapReport };
    expect(gapsOf(report)).toEqual(gapsOf(smallWorldExpected));
  });
});
