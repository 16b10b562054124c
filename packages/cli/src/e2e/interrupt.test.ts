import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Sandbox, sandbox } from '../testing/run-cli.js';
import { liveEnv } from './live-env.js';

let fakes: FakeServices;
let box: Sandbox;

beforeAll(async () => {
  // TMDB answers slowly, so the scan is surely still running when Ctrl-C arrives.
  fakes = await startFakeServices(smallWorld(), { latencyMs: { tmdb: 20_000 } });
  box = await sandbox();
});
afterAll(async () => {
  await fakes?.close();
  await box?.remove();
});

describe('Ctrl-C', () => {
  it('stops a running scan promptly with exit code 130 and no report', async () => {
    const started = Date.now();
    const run = await box.run(['scan'], {
      env: liveEnv(fakes),
      interruptAfter: () =>
        vi.waitFor(() => expect(fakes.counts().tmdb.total).toBeGreaterThan(0), { timeout: 10_000 }),
    });
    expect(run.code).toBe(130);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Interrupted.\n');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
