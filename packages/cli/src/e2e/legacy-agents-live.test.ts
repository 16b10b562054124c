import type { EpisodeGapReport } from '@complexionist/core';
import {
  type FakeServices,
  legacyWorld,
  legacyWorldExpected,
  startFakeServices,
  toExpectedEpisodes,
} from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveEnv } from '../testing/live-env.js';
import { type Sandbox, sandbox } from '../testing/run-cli.js';

let fakes: FakeServices;
let box: Sandbox;
beforeAll(async () => {
  fakes = await startFakeServices(legacyWorld());
  box = await sandbox();
});
afterAll(async () => {
  await fakes?.close();
  await box?.remove();
});

const json = async (args: string[] = []) => {
  const run = await box.run(['episodes', '--format', 'json', ...args], { env: liveEnv(fakes) });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as EpisodeGapReport;
};
const frierenTitles = (report: EpisodeGapReport) =>
  report.shows.find((s) => s.tvdbId === 424536)?.seasons.flatMap((s) => s.missing.map((m) => m.title));

describe('legacy-agent libraries against the test kit (issue 14, built binary)', () => {
  it('reports exactly the TVDB-numbered gaps, English TVDB names, and unmatched shows with their reason', async () => {
    const report = await json(['--language', 'en']);
    expect(toExpectedEpisodes(report)).toEqual(legacyWorldExpected);
    expect(report.shows.map((s) => [s.title, s.orderingOrigin, s.orderingReason])).toEqual([
      ['Harbour Lights', 'agent', 'default of com.plexapp.agents.thetvdb'],
      ['Night Shift Diaries', 'show', 'show override'],
      ['Season Pack Show', 'agent', 'default of com.plexapp.agents.thetvdb'],
      ['Sousou no Frieren', 'agent', 'HAMA tvdb- GUID (TVDB seasons and episodes)'],
      ['Long Arc Anime', 'agent', 'HAMA tvdb3- GUID (TVDB seasons, absolute episode numbers)'],
    ]);
    expect(report.unmatched.map((u) => [u.title, u.code])).toEqual([
      ['Only On AniDB', 'anidb-only'],
      ['Story Arcs', 'not-comparable'],
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('a changed language is never served from the cache: ja gives the Japanese names, en the English again', async () => {
    expect(frierenTitles(await json(['--language', 'ja']))).toEqual([
      '死者の幻影',
      '村の英雄',
      'おとぎ話のようなもの',
      '葬送のフリーレン',
    ]);
    expect(frierenTitles(await json())).toEqual([
      'Phantoms of the Dead',
      'A Real Hero',
      'Like a Fairy Tale',
      'Frieren the Slayer',
    ]);
  });

  it('the text report says which ordering each show used with -v, and the CSV lists unmatched shows', async () => {
    const text = await box.run(['episodes', '-v'], { env: liveEnv(fakes) });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'Harbour Lights (missing 2 episodes):\n  Ordering tvdbAiring, compared with TVDB: default of com.plexapp.agents.thetvdb',
    );
    expect(text.stdout).toContain('  - Only On AniDB [Anime]: matched only to AniDB (id 17617)');
    const csv = await box.run(['episodes', '--format', 'csv'], { env: liveEnv(fakes) });
    expect(csv.stdout).toContain('\r\n\r\nunmatched,year,library,reason_code,reason\r\n');
    expect(csv.stdout).toContain('Story Arcs,,Anime,not-comparable,');
  });

  it('a --language that is not a language tag is a usage error naming the setting', async () => {
    const run = await box.run(['episodes', '--language', 'english please'], { env: liveEnv(fakes) });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/options\.language/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
