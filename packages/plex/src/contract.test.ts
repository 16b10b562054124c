import { demoFixtures, mediaLibraryContract } from '@complexionist/contract';
import { describe, expect, it } from 'vitest';
import { demoSections } from './test/demo-to-plex.js';
import { useMsw, withFakePms } from './test/msw.js';

const server = useMsw();

/** The demo library served by the fake PMS, read through the real client (small pages, to exercise paging). */
function demoPlex() {
  const fx = demoFixtures();
  const { plex } = withFakePms(server, { sections: demoSections(fx.data) }, { pageSize: 5 });
  return { fx, plex };
}

mediaLibraryContract('createPlexClient over a fake PMS', async () => {
  const { fx, plex } = demoPlex();
  return { source: plex, fixtures: fx.library };
});

describe('createPlexClient over the demo library', () => {
  it('reads back exactly the movies, shows and episodes the demo holds', async () => {
    const { fx, plex } = demoPlex();
    const { data } = fx;
    expect(await plex.listMovies('1')).toEqual(data.movies.filter((m) => m.sectionKey === '1'));
    const shows = data.shows.filter((s) => s.sectionKey === '2');
    expect(await plex.listShows('2')).toEqual(shows);
    const keys = new Set(shows.map((s) => s.ratingKey));
    expect(await plex.listEpisodes('2')).toEqual(data.episodes.filter((e) => keys.has(e.showRatingKey)));
  });
});
