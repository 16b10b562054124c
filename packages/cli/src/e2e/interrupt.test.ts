import { describe, expect, it, vi } from 'vitest';
import { liveEnv, useFakes } from '../testing/live-env.js';

// TMDB never answers within the test: a scan that ignored Ctrl-C could only end by the test's time limit
// (which then fails it, and the sandbox kills the process), never by finishing with a report.
const live = useFakes({ latencyMs: { tmdb: 10 * 60_000 } }, 'perFile');

describe('Ctrl-C', () => {
  it('stops a running scan with exit code 130 and no report', { timeout: 120_000 }, async () => {
    const run = await live.box.run(['scan'], {
      env: liveEnv(live.fakes),
      interruptAfter: () =>
        vi.waitFor(() => expect(live.fakes.counts().tmdb.total).toBeGreaterThan(0), { timeout: 60_000 }),
    });
    expect(run.code).toBe(130);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Interrupted.\n');
  });
});
