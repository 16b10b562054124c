import { type FakeRadarrState, type RunningArr, startFakeRadarr } from '@complexionist/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveEnv, useFakes } from '../testing/live-env.js';

const live = useFakes({}, 'perFile');
let radarr: RunningArr<FakeRadarrState>;
beforeEach(async () => {
  radarr = await startFakeRadarr({
    movies: [{ id: 1, tmdbId: 945961, title: 'Alien: Romulus', monitored: true, hasFile: true }],
  });
});
afterEach(() => radarr.close());

describe('complexionist send (built binary)', () => {
  it('send radarr --all --yes adds the missing films Radarr lacks; the same run again sends nothing', async () => {
    const env = { ...liveEnv(live.fakes), RADARR_URL: radarr.url, RADARR_API_KEY: radarr.apiKey };
    const run = await live.box.run(['send', 'radarr', '--all', '--yes'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(radarr.writes().map((w) => (w.body as { tmdbId: number }).tmdbId)).toEqual([8077, 604, 624860]);
    expect(run.stdout).toContain('skipped  Alien: Romulus (2024): already in Radarr (monitored)');
    expect(run.stdout).not.toContain(radarr.apiKey);

    const again = await live.box.run(['send', 'radarr', '--all', '--yes'], { env });
    expect(again.code).toBe(0);
    expect(radarr.writes()).toHaveLength(3);
    expect(again.stdout).toMatch(/4 skipped\.\n$/);
  });
});
