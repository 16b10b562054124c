import { type FakeReply, type FakeRequest, header, json } from './http.js';

/** One request a fake Radarr or Sonarr received, as tests assert it. */
export interface ArrRequest {
  method: string;
  /** Path with its query string, e.g. `/api/v3/movie?tmdbId=603`. */
  url: string;
  /** The parsed JSON body of a write. */
  body?: unknown;
}

/** State both fakes share. Tests read and change it directly. */
export interface ArrCommonState {
  apiKey: string;
  /** What `/system/status` reports, e.g. `5.14.0.9383` (Radarr), `3.0.10.1567` or `4.0.13.2932` (Sonarr). */
  version: string;
  rootFolders: Array<{ id: number; path: string }>;
  qualityProfiles: Array<{ id: number; name: string }>;
  tags: Array<{ id: number; label: string }>;
  commands: Array<{ id: number; name: string; status: string; body: Record<string, unknown> }>;
}

/** A 400 as Radarr/Sonarr send it: an array of FluentValidation failures (api-notes §8.5). */
export function validationFailure(propertyName: string, errorMessage: string, errorCode: string): FakeReply {
  return json(400, 'validation-error', [
    { propertyName, errorMessage, errorCode, severity: 'error', attemptedValue: null },
  ]);
}

/** The checks both services make of an add's quality profile and root folder: the 400 they send, or none. */
export function profileOrFolderFailure(
  state: ArrCommonState,
  body: Record<string, unknown>,
): FakeReply | undefined {
  if (!state.qualityProfiles.some((p) => p.id === body.qualityProfileId))
    return validationFailure(
      'QualityProfileId',
      'Quality Profile does not exist',
      'QualityProfileExistsValidator',
    );
  if (!state.rootFolders.some((f) => f.path === body.rootFolderPath))
    return validationFailure('RootFolderPath', 'Root folder does not exist', 'RootFolderExistsValidator');
  return undefined;
}

/** Parses a JSON body, or `undefined`. */
export function bodyOf(req: FakeRequest): Record<string, unknown> | undefined {
  if (!req.body) return undefined;
  try {
    return JSON.parse(req.body) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * Wraps a fake's own routes with what Radarr and Sonarr share: the recorded request log, the `X-Api-Key`
 * (or `apikey` query) check answering 401 with an empty body, and the status, root folder, quality
 * profile, tag and command routes.
 */
export function arrHandler(
  appName: string,
  state: ArrCommonState,
  log: ArrRequest[],
  routes: (req: FakeRequest, body: Record<string, unknown> | undefined) => FakeReply | undefined,
): (req: FakeRequest) => FakeReply {
  let nextId = 1000;
  return (req) => {
    const body = bodyOf(req);
    const query = req.query.toString();
    log.push({
      method: req.method,
      url: `${req.path}${query ? `?${query}` : ''}`,
      ...(body === undefined ? {} : { body }),
    });
    const key = header(req.headers, 'x-api-key') ?? req.query.get('apikey');
    if (key !== state.apiKey) return { status: 401, route: 'unauthorized', body: '' };
    const path = req.path.toLowerCase();
    const get = req.method === 'GET';
    if (get && path === '/api/v3/system/status')
      return json(200, 'status', { appName, instanceName: appName, version: state.version, urlBase: '' });
    if (get && path === '/api/v3/rootfolder')
      return json(
        200,
        'rootfolder',
        state.rootFolders.map((f) => ({ ...f, accessible: true, freeSpace: 1e12 })),
      );
    if (get && path === '/api/v3/qualityprofile') return json(200, 'qualityprofile', state.qualityProfiles);
    if (get && path === '/api/v3/tag') return json(200, 'tag', state.tags);
    if (req.method === 'POST' && path === '/api/v3/tag') {
      const tag = { id: state.tags.length + 1, label: String(body?.label ?? '').toLowerCase() };
      state.tags.push(tag);
      return json(201, 'tag', tag);
    }
    if (get && path === '/api/v3/command') return json(200, 'command', state.commands);
    if (req.method === 'POST' && path === '/api/v3/command') {
      const { name, ...rest } = body ?? {};
      const command = { id: nextId++, name: String(name), status: 'queued', body: { ...rest } };
      state.commands.push(command);
      return json(201, 'command', { ...command, commandName: command.name, queued: '2026-03-01T12:00:00Z' });
    }
    return routes(req, body) ?? json(404, 'not-found', { message: 'NotFound' });
  };
}
