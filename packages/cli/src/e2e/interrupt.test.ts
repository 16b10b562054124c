import { describe, expect, it, vi } from 'vitest';
import { liveEnv, useFakes } from './live-env.js';

// TMDB answers slowly, so the scan is surely still running when Ctrl-C arrives.
const live = useFakes({ latencyMs: { tmdb: 20_000 } }, 'perFile');

describe('Ctrl-C', () => {
  it('stops a running scan promptly with exit code 130 and no report', async () => {
    const started = Date.now();
    const run = await live.box.run(['scan'], {
      env: liveEnv(live.fakes),
      interruptAfter: () =>
        vi.waitFor(() => expect(live.fakes.counts().tmdb.total).toBeGreaterThan(0), { timeout: 10_000 }),
    });
    expect(run.code).toBe(130);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Interrupted.\n');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
