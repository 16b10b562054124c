import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import { type FakeServices, smallWorld, smallWorldExpected, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapsOf } from '../testing/gaps.js';
import { liveEnv } from '../testing/live-env.js';
import { type Sandbox, sandbox } from '../testing/run-cli.js';

let fakes: FakeServices;
let box: Sandbox;

beforeAll(async () => {
  const world = smallWorld();
  const movies = world.plex.sections.find((s) => s.type === 'movie' && s.title === 'Movies');
  if (movies?.type !== 'movie') throw new Error('smallWorld has no "Movies" section');
  // What a broken proxy or plug-in might send: an item without a usable ratingKey, among good ones.
  movies.movies.splice(1, 0, {
    ratingKey: '',
    title: 'Broken Item',
    guid: 'plex://movie/5d776b59ad5437001f79c6f8',
    guids: ['tmdb://348'],
    files: [],
  });
  fakes = await startFakeServices(world);
  box = await sandbox();
});
afterAll(async () => {
  await fakes?.close();
  await box?.remove();
});

describe('a Plex item that cannot be read (docs/spec.md §9, built binary)', () => {
  it('is left out with a warning naming the library, the field and the item; the rest of the report is exact', async () => {
    const run = await box.run(['scan', '--format', 'json'], { env: liveEnv(fakes) });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { movies: MovieGapReport; episodes: EpisodeGapReport };
    expect(report.movies.warnings).toEqual([
      expect.objectContaining({
        code: 'malformed-response',
        service: 'plex',
        item: 'library "Movies"',
        message: expect.stringMatching(
          /^Plex sent an unexpected response for \/library\/sections\/1\/all \(HTTP 200\): field `MediaContainer\.Metadata\[1\]\.ratingKey`: .+ The item "Broken Item" was left out\.$/,
        ),
      }),
    ]);
    expect(gapsOf(report)).toEqual(gapsOf(smallWorldExpected));
  });
});
