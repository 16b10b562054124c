import type { World, WorldWatchlistItem } from '../world/types.js';
import { type FakeHandler, type FakeReply, header, json, segments } from './http.js';

const XML_404 = `<?xml version="1.0" encoding="UTF-8"?><Error code="1002" message="Section 'watchlist' not found!" status="404"/>`;

function metadataOf(item: WorldWatchlistItem, withGuids: boolean): Record<string, unknown> {
  return {
    ratingKey: item.ratingKey,
    key: `/library/metadata/${item.ratingKey}`,
    guid: `plex://${item.type}/${item.ratingKey}`,
    type: item.type,
    title: item.title,
    ...(item.year === undefined ? {} : { year: item.year }),
    ...(item.originallyAvailableAt === undefined
      ? {}
      : { originallyAvailableAt: item.originallyAvailableAt }),
    ...(withGuids ? { Guid: item.guids.map((id) => ({ id })) } : {}),
  };
}

/**
 * The fake plex.tv Discover service: `/library/sections/watchlist/{all|available|released}` (paged with
 * `X-Plex-Container-Start/Size` as query or headers, `Guid` with `includeGuids=1`, `type=1|2` filters) and
 * `/library/metadata/{ratingKey}`. Only the account token is accepted (a server token gets 401).
 */
export function discoverHandler(world: World, accountToken: string): FakeHandler {
  const items = world.watchlist ?? [];
  return (req): FakeReply => {
    const token = header(req.headers, 'x-plex-token') ?? req.query.get('X-Plex-Token');
    if (token !== accountToken) {
      return json(401, 'unauthorized', {
        errors: [{ code: 1001, message: 'User could not be authenticated', status: 401 }],
      });
    }
    const details = segments(req.path, '/library/metadata');
    if (details?.length === 1) {
      const item = items.find((i) => i.ratingKey === details[0]);
      if (!item) return { status: 404, route: 'metadata', body: '', headers: {} };
      return json(200, 'metadata', { MediaContainer: { size: 1, Metadata: [metadataOf(item, true)] } });
    }
    const list = segments(req.path, '/library/sections/watchlist');
    if (list?.length !== 1 || !['all', 'available', 'released'].includes(list[0] ?? '')) {
      return { status: 404, route: 'other', body: XML_404, headers: { 'Content-Type': 'text/xml' } };
    }
    const type = req.query.get('type');
    const chosen = items.filter(
      (i) => type === null || (type === '1' ? i.type === 'movie' : i.type === 'show'),
    );
    const start = Number(
      header(req.headers, 'x-plex-container-start') ?? req.query.get('X-Plex-Container-Start') ?? 0,
    );
    const size = Number(
      header(req.headers, 'x-plex-container-size') ?? req.query.get('X-Plex-Container-Size') ?? 20,
    );
    if (!Number.isInteger(start) || !Number.isInteger(size) || start < 0 || size < 0 || size > 100) {
      return json(400, 'watchlist', { errors: [{ code: 1000, message: 'Bad paging', status: 400 }] });
    }
    const withGuids = ['1', 'true'].includes(req.query.get('includeGuids') ?? '');
    const page = chosen.slice(start, start + size);
    return json(200, 'watchlist', {
      MediaContainer: {
        librarySectionID: 'watchlist',
        librarySectionTitle: 'Watchlist',
        identifier: 'tv.plex.provider.discover',
        offset: start,
        totalSize: chosen.length,
        size: page.length,
        Metadata: page.map((i) => metadataOf(i, withGuids && !i.guidsOnlyInDetails)),
      },
    });
  };
}
