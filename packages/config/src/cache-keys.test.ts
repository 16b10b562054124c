import { describe, expect, it } from 'vitest';
import { toFreshness } from './cache-keys.js';
import { workspace } from './test-helpers.js';

describe('cache.* freshness settings (issue 19)', () => {
  it('default to jitter 50 %, change feeds on, 7-day lists with a feed, listed films skipped', async () => {
    const { config } = await workspace().load({ env: {} });
    expect(toFreshness(config)).toEqual({
      jitter: 0.5,
      feeds: 'auto',
      episodesWithFeedHours: 168,
      skipListedMovies: true,
    });
  });

  it('read the YAML: the policy before issue 19 is jitter 0, no feeds, every film looked up', async () => {
    const ws = workspace();
    ws.write(
      'home/config.yaml',
      'cache:\n  jitter_percent: 0\n  change_feeds: no\n  feed_ttl_hours: 72\n  skip_listed_movies: false\n',
    );
    const { config } = await ws.load({ env: {} });
    expect(toFreshness(config)).toEqual({
      jitter: 0,
      feeds: 'off',
      episodesWithFeedHours: 72,
      skipListedMovies: false,
    });
  });

  it('name the key and the expected value when one is wrong', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'cache:\n  jitter_percent: half\n');
    await expect(ws.load({ env: {} })).rejects.toThrow(/cache\.jitter_percent/);
  });
});
