import type { World, WorldSection } from '../world/types.js';
import { type FakeHandler, type FakeReply, type FakeRequest, header, segments } from './http.js';
import { sectionSettings } from './plex-items.js';
import { createPlexLibrary, itemJson, type PlexListType } from './plex-library.js';
import { toPlexXml } from './plex-xml.js';

/** The exact 91-byte body PMS sends with a 401, even to JSON clients (api-notes §1.9). */
export const PLEX_401_BODY =
  '<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>';
const NOT_FOUND_BODY =
  '<html><head><title>Not Found</title></head><body><h1>404 Not Found</h1></body></html>';
const BAD_REQUEST_BODY =
  '<html><head><title>Bad Request</title></head><body><h1>400 Bad Request</h1></body></html>';
const PROTOCOL = { 'X-Plex-Protocol': '1.0' };

function html(status: number, route: string, body: string): FakeReply {
  return { status, route, body, headers: { 'Content-Type': 'text/html', ...PROTOCOL } };
}

/** JSON on `Accept: application/json`, XML otherwise, like PMS. */
function container(req: FakeRequest, route: string, body: Record<string, unknown>): FakeReply {
  const wantsJson = header(req.headers, 'accept')?.includes('application/json') ?? false;
  const doc = { MediaContainer: body };
  return wantsJson
    ? {
        status: 200,
        route,
        body: JSON.stringify(doc),
        headers: { 'Content-Type': 'application/json', ...PROTOCOL },
      }
    : {
        status: 200,
        route,
        body: toPlexXml(doc),
        headers: { 'Content-Type': 'text/xml;charset=utf-8', ...PROTOCOL },
      };
}

function sectionDirectory(section: WorldSection, index: number): Record<string, unknown> {
  return {
    allowSync: true,
    art: '/:/resources/movie-fanart.jpg',
    composite: `/library/sections/${section.key}/composite/1700000000`,
    filters: true,
    refreshing: false,
    thumb: '/:/resources/movie.png',
    key: section.key,
    type: section.type,
    title: section.title,
    agent: section.agent,
    scanner: section.scanner,
    language: section.language,
    uuid: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    updatedAt: 1_700_000_000,
    createdAt: 1_690_000_000,
    scannedAt: 1_700_000_000,
    content: true,
    directory: true,
    contentChangedAt: 1234,
    hidden: 0,
    Location: [{ id: index + 1, path: `/data/${section.title.toLowerCase().replace(/\W+/g, '-')}` }],
  };
}

/** Reads paging from `X-Plex-Container-Start/Size`, as headers or query parameters. */
function paging(req: FakeRequest): { start: number; size: number | undefined } | 'none' | 'bad' {
  const start = header(req.headers, 'x-plex-container-start') ?? req.query.get('X-Plex-Container-Start');
  const size = header(req.headers, 'x-plex-container-size') ?? req.query.get('X-Plex-Container-Size');
  if (start == null && size == null) return 'none';
  const s = start == null ? 0 : Number(start);
  const n = size == null ? undefined : Number(size);
  if (!Number.isInteger(s) || s < 0 || (n !== undefined && (!Number.isInteger(n) || n < 0))) return 'bad';
  return { start: s, size: n };
}

/** The request handler of the fake Plex Media Server. */
export function plexHandler(world: World, token: string): FakeHandler {
  const library = createPlexLibrary(world);
  const { machineIdentifier, version, friendlyName, username } = world.plex;

  const listing = (req: FakeRequest, section: WorldSection): FakeReply => {
    const primary = section.type === 'movie' ? 1 : 2;
    const type = Number(req.query.get('type') ?? primary);
    if (type !== 1 && type !== 2 && type !== 4) return html(400, 'all', BAD_REQUEST_BODY);
    const page = paging(req);
    if (page === 'bad') return html(400, 'all', BAD_REQUEST_BODY);
    const includeGuids = ['1', 'true'].includes(req.query.get('includeGuids') ?? '');
    const items = library.items(section, type as PlexListType);
    const start = page === 'none' ? 0 : Math.min(page.start, items.length);
    const end =
      page === 'none' || page.size === undefined ? items.length : Math.min(items.length, start + page.size);
    const slice = items.slice(start, end);
    const head: Record<string, unknown> = {
      size: slice.length,
      ...(page === 'none' ? {} : { totalSize: items.length, offset: start }),
      allowSync: true,
      identifier: 'com.plexapp.plugins.library',
      librarySectionID: Number(section.key) || section.key,
      librarySectionTitle: section.title,
      mediaTagPrefix: '/system/bundle/media/flags/',
      title1: section.title,
      title2: 'All',
      viewGroup: type === 1 ? 'movie' : type === 2 ? 'show' : 'episode',
    };
    const pageHeaders: Record<string, string> =
      page === 'none'
        ? {}
        : { 'X-Plex-Container-Start': String(start), 'X-Plex-Container-Total-Size': String(items.length) };
    const wantsJson = header(req.headers, 'accept')?.includes('application/json') ?? false;
    if (!wantsJson) {
      const xml = container(req, 'all', {
        ...head,
        Metadata: slice.map((e) => (includeGuids ? { ...e.item, Guid: e.guids } : e.item)),
      });
      return { ...xml, headers: { ...xml.headers, ...pageHeaders } };
    }
    const open = JSON.stringify({ MediaContainer: head }).slice(0, -2);
    const metadata = slice.length
      ? `,"Metadata":[${slice.map((e) => itemJson(e, includeGuids)).join(',')}]`
      : '';
    return {
      status: 200,
      route: 'all',
      body: `${open}${metadata}}}`,
      headers: { 'Content-Type': 'application/json', ...PROTOCOL, ...pageHeaders },
    };
  };

  return (req) => {
    if (req.path === '/identity') {
      return container(req, 'identity', { size: 0, claimed: true, machineIdentifier, version });
    }
    const given = header(req.headers, 'x-plex-token') ?? req.query.get('X-Plex-Token');
    if (given !== token) return html(401, 'unauthorized', PLEX_401_BODY);
    if (req.path === '/' || req.path === '') {
      return container(req, 'root', {
        size: 0,
        friendlyName,
        machineIdentifier,
        version,
        myPlex: true,
        myPlexUsername: username,
        platform: 'Linux',
        transcoderActiveVideoSessions: 0,
      });
    }
    const parts = segments(req.path, '/library/sections');
    if (parts === undefined) return html(404, 'other', NOT_FOUND_BODY);
    if (parts.length === 0 || (parts.length === 1 && parts[0] === 'all')) {
      const dirs = world.plex.sections.map(sectionDirectory);
      return container(req, 'sections', {
        size: dirs.length,
        allowSync: false,
        identifier: 'com.plexapp.plugins.library',
        title1: 'Plex Library',
        Directory: dirs,
      });
    }
    const section = library.section(parts[0] ?? '');
    if (!section || parts.length !== 2) return html(404, 'other', NOT_FOUND_BODY);
    if (parts[1] === 'all') return listing(req, section);
    if (parts[1] === 'prefs') {
      const settings = sectionSettings(section);
      return container(req, 'prefs', { size: settings.length, Setting: settings });
    }
    return html(404, 'other', NOT_FOUND_BODY);
  };
}
