import { describe, expect, it } from 'vitest';
import { idsFromGuids } from './item-ids.js';

describe('idsFromGuids', () => {
  it('reads every kind from new-agent Guid children and ignores the plex:// guid', () => {
    expect(idsFromGuids('plex://movie/5d77', ['imdb://tt0133093', 'tmdb://603', 'tvdb://169'])).toEqual({
      ids: { imdb: 'tt0133093', tmdb: 603, tvdb: 169 },
      conflictingTvdbIds: [],
    });
  });

  it('reads a legacy guid when there are no Guid children', () => {
    expect(idsFromGuids('com.plexapp.agents.thetvdb://81189?lang=en').ids).toEqual({ tvdb: 81189 });
  });

  it('Guid children win over the legacy guid; the guid only fills missing kinds', () => {
    const { ids } = idsFromGuids('com.plexapp.agents.hama://anidb-17494?lang=en', ['tmdb://603']);
    expect(ids).toEqual({ tmdb: 603, anidb: 17494 });
  });

  it('two different tvdb ids: the first wins, the other is reported as conflicting', () => {
    expect(idsFromGuids(undefined, ['tvdb://121361', 'tmdb://1399', 'tvdb://999', 'tvdb://999'])).toEqual({
      ids: { tvdb: 121361, tmdb: 1399 },
      conflictingTvdbIds: [999],
    });
  });

  it('the same tvdb id twice is no conflict', () => {
    expect(idsFromGuids(undefined, ['tvdb://5', 'tvdb://5']).conflictingTvdbIds).toEqual([]);
  });

  it('an unmatched item has no ids', () => {
    expect(idsFromGuids('local://42', []).ids).toEqual({});
  });
});
