import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { FAKE_TVDB } from './test-fake-tvdb.js';
import { serveTvdb, useMswServer } from './test-server.js';

const server = useMswServer();

describe('seriesChangedSince (GET /updates?since=…&type=series)', () => {
  it('reads every page (0-based, following links.next) and returns each series once', async () => {
    const asked: string[] = [];
    const pages = [
      [
        { recordId: 81189, entityType: 'series', method: 'update' },
        { recordId: 5, entityType: 'series', method: 'update' },
      ],
      [
        { recordId: 81189, entityType: 'series', method: 'update' },
        { recordId: 9_000_001, entityType: 'episodes', seriesId: 7 },
      ],
    ];
    const { client } = serveTvdb(server, { series: {} });
    server.use(
      http.get(`${FAKE_TVDB}/updates`, ({ request }) => {
        const url = new URL(request.url);
        asked.push(url.search);
        const page = Number(url.searchParams.get('page'));
        const next = page + 1 < pages.length ? `${FAKE_TVDB}/updates?page=${page + 1}` : null;
        return HttpResponse.json({ status: 'success', data: pages[page], links: { next, page_size: 500 } });
      }),
    );
    const ids = await client.seriesChangedSince(new Date('2026-11-25T00:00:00Z'));
    expect(ids.sort((a, b) => a - b)).toEqual([5, 7, 81189]);
    expect(asked).toEqual(['?since=1795564800&type=series&page=0', '?since=1795564800&type=series&page=1']);
    expect(client.windowDays).toBe(30);
    expect(client.cacheScope).toMatch(/^tvdb:/);
  });

  it('an empty feed (page_size 0, data null) is no change', async () => {
    const { client } = serveTvdb(server, { series: {} });
    server.use(
      http.get(`${FAKE_TVDB}/updates`, () =>
        HttpResponse.json({
          status: 'success',
          data: null,
          links: { next: null, page_size: 0, total_items: 0 },
        }),
      ),
    );
    expect(await client.seriesChangedSince(new Date())).toEqual([]);
  });

  it('a refused `since` (400) rejects, so the scan falls back to its TTLs', async () => {
    const { client } = serveTvdb(server, { series: {} });
    server.use(
      http.get(`${FAKE_TVDB}/updates`, () =>
        HttpResponse.json(
          { status: 'failure', message: 'Invalid since, type param', data: null },
          { status: 400 },
        ),
      ),
    );
    await expect(client.seriesChangedSince(new Date(0))).rejects.toThrow(/since/);
  });
});
