import { describe, expect, it } from 'vitest';
import { formatReport } from '../format/format-report.js';
import { scanEpisodes } from '../scan/scan-episodes.js';
import { scanMovies } from '../scan/scan-movies.js';
import { createDemoDeps } from './demo-deps.js';

const now = new Date('2025-06-01T12:00:00Z');

describe('the demo library', () => {
  it('reports Alien³ missing from the Alien Collection', async () => {
    const text = formatReport(await scanMovies(createDemoDeps({ now }), { now }), 'text');
    expect(text).toContain(
      'Alien Collection (missing 3 of 5):\n  - Alien³ (1992)\n  - Alien Resurrection (1997)',
    );
  });

  it('keeps the upcoming Toy Story 5 out of the missing list, and lists it with includeFuture', async () => {
    const report = await scanMovies(createDemoDeps({ now }), { now });
    const toyStory = report.collections.find((c) => c.name === 'Toy Story Collection');
    expect(toyStory?.missing.map((m) => m.title)).toEqual(['Toy Story 3', 'Toy Story 4']);
    expect(toyStory?.upcoming?.map((m) => [m.title, m.releaseDate])).toEqual([['Toy Story 5', '2025-09-29']]);
    const later = await scanMovies(createDemoDeps({ now }), { now, includeFuture: true });
    expect(later.collections.find((c) => c.name === 'Toy Story Collection')?.missing.at(-1)?.title).toBe(
      'Toy Story 5',
    );
  });

  it('resolves the IMDb-only Back to the Future and lists the home video as unmatched', async () => {
    const report = await scanMovies(createDemoDeps({ now }), { now });
    expect(report.collections.map((c) => c.name)).toContain('Back to the Future Collection');
    expect(report.unmatched.map((u) => u.title)).toEqual(['Family Holiday 2019']);
  });

  it('reports the Breaking Bad gaps but not the episode covered by the S02E01-E02 file', async () => {
    const text = formatReport(await scanEpisodes(createDemoDeps({ now }), { now }), 'text');
    expect(text).toContain(
      'Breaking Bad (missing 3 episodes):\n  Season 2:\n    - S02E05 - Breakage\n    - S02E06 - Peekaboo\n  Season 4:\n    - S04E11 - Crawl Space',
    );
    expect(text).not.toContain('S02E02');
  });

  it('cuts The Office season 3 short unless verbose', async () => {
    const report = await scanEpisodes(createDemoDeps({ now }), { now });
    expect(formatReport(report, 'text')).toContain('    - S03E03 - The Coup\n    ... and 5 more');
    expect(formatReport(report, 'text', { verbose: true })).toContain('    - S03E08 - The Merger');
  });

  it('compares Firefly in DVD order and Chernobyl with TMDB', async () => {
    const report = await scanEpisodes(createDemoDeps({ now }), { now });
    const firefly = report.shows.find((s) => s.title === 'Firefly');
    expect(firefly?.seasons[0]?.missing.map((m) => m.title)).toEqual(['The Message']);
    expect(firefly?.ordering).toBe('tvdbDvd');
    expect(report.shows.find((s) => s.title === 'Chernobyl')).toMatchObject({
      source: 'tmdb',
      tvdbId: 360893,
    });
  });

  it("shows Sherlock's specials only with includeSpecials", async () => {
    const deps = createDemoDeps({ now });
    expect((await scanEpisodes(deps, { now })).shows.map((s) => s.title)).not.toContain('Sherlock');
    const withSpecials = await scanEpisodes(deps, { now, includeSpecials: true });
    expect(withSpecials.shows.find((s) => s.title === 'Sherlock')?.seasons[0]?.season).toBe(0);
  });

  it('runs without warnings and without now', async () => {
    const deps = createDemoDeps();
    const [movies, episodes] = await Promise.all([scanMovies(deps, { now }), scanEpisodes(deps, { now })]);
    expect([...movies.warnings, ...episodes.warnings]).toEqual([]);
    expect(
      movies.collections.find((c) => c.name === 'Toy Story Collection')?.upcoming?.[0]?.releaseDate,
    ).toBeNull();
  });
});
