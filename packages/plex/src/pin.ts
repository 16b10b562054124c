import { AuthError } from '@complexionist/core';
import { sleep, validateBody } from '@complexionist/http';
import { pinSchema } from './plex-tv-schemas.js';
import { type PlexTvTransport, unexpectedStatus } from './plex-tv-transport.js';

/** A plex.tv sign-in PIN (`POST /api/v2/pins?strong=true`). */
export interface PlexPin {
  id: number;
  /** The long code the app.plex.tv page asks the user to approve. */
  code: string;
  /** When the code stops working (ISO-8601). */
  expiresAt: string;
}

/** Options of `pollPin`. */
export interface PollPinOptions {
  signal?: AbortSignal;
  /** Time between polls. @default 1000 */
  intervalMs?: number;
  /** Called after each unanswered poll with the whole seconds left before the code expires. */
  onTick?: (secondsLeft: number) => void;
}

/** plex.tv's documented default lifetime of a PIN, used when the answer names none. */
const DEFAULT_PIN_SECONDS = 900;

/** Creates a strong PIN. */
export async function createPin(transport: PlexTvTransport): Promise<PlexPin> {
  const path = '/api/v2/pins';
  const { status, body } = await transport.request(path, { method: 'POST', query: { strong: 'true' } });
  if (status !== 201 && status !== 200) throw unexpectedStatus(path, status);
  const pin = validateBody(pinSchema, body, { service: 'plex.tv', path, status });
  const stated = pin.expiresAt ? Date.parse(pin.expiresAt) : Number.NaN;
  const expiresAt = Number.isNaN(stated)
    ? new Date(Date.now() + (pin.expiresIn ?? DEFAULT_PIN_SECONDS) * 1000)
    : new Date(stated);
  return { id: pin.id, code: pin.code, expiresAt: expiresAt.toISOString() };
}

function expiredError(path: string, status?: number): AuthError {
  return new AuthError(
    'The Plex sign-in code expired before it was approved. Run `complexionist auth plex --login` again ' +
      'and approve the request in the browser.',
    { service: 'plex.tv', path, ...(status === undefined ? {} : { status }) },
  );
}

/**
 * Polls the PIN until the user approves it (→ the account token), it expires (404 code 1020, or
 * `expiresAt` passes → {@link AuthError}) or `signal` aborts (→ the signal's reason).
 */
export async function pollPin(
  transport: PlexTvTransport,
  pin: PlexPin,
  options: PollPinOptions = {},
): Promise<string> {
  const { signal, intervalMs = 1000, onTick } = options;
  const path = `/api/v2/pins/${pin.id}`;
  const stated = Date.parse(pin.expiresAt);
  const deadline = Number.isNaN(stated) ? Date.now() + DEFAULT_PIN_SECONDS * 1000 : stated;
  for (;;) {
    signal?.throwIfAborted();
    if (Date.now() >= deadline) throw expiredError(path);
    const { status, body } = await transport.request(path, { query: { code: pin.code }, signal });
    if (status === 404) throw expiredError(path, 404);
    if (status !== 200) throw unexpectedStatus(path, status);
    const { authToken } = validateBody(pinSchema, body, { service: 'plex.tv', path, status });
    if (typeof authToken === 'string' && authToken.trim() !== '') return authToken.trim();
    const secondsLeft = Math.ceil((deadline - Date.now()) / 1000);
    if (secondsLeft <= 0) throw expiredError(path);
    onTick?.(secondsLeft);
    await sleep(intervalMs, signal);
  }
}
