import { createRedactor, isComplexionistError } from '@complexionist/core';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { RouteContext } from '../routes/context.js';
import { readLibraries } from '../routes/read-libraries.js';
import { Page } from './page.js';
import { pageScript } from './page-script.js';
import { STYLES } from './styles.js';

const ASSET_HEADERS = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };

/**
 * The page at `/` and its two assets. With an API key set the page holds no data the key protects: a browser
 * cannot send the key header when it opens a page, so the script asks for the key and reads the API with it.
 */
export function pageRoutes({ deps, secrets, version, scheduler }: RouteContext): Hono {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'https://image.tmdb.org'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
  });
  return new Hono()
    .get('/', headers, async (c) => {
      const needsKey = Boolean(deps.apiKey);
      let libraries = null;
      let librariesError: string | undefined;
      if (!needsKey) {
        try {
          libraries = await readLibraries(deps.scanner, c.req.raw.signal, deps.librariesTimeoutMs);
        } catch (error) {
          librariesError = isComplexionistError(error)
            ? createRedactor(secrets).redact(`Could not read the libraries: ${error.message}`)
            : 'Could not read the libraries (see the server log).';
        }
      }
      const defaults = deps.scanner.defaults?.() ?? { includeFuture: false, includeSpecials: false };
      const send = Object.keys(deps.send ?? {}).join(' ');
      // The schedule is shown like the libraries: only to a visitor who may call the API.
      const schedule = scheduler && !needsKey ? { nextRun: scheduler.status().nextRun } : {};
      const props = {
        version,
        demo: Boolean(deps.demo),
        // The demo's scanner has no watchlist (the API answers 409): the page has no Watchlist section there.
        watchlist: !deps.demo && Boolean(deps.scanner.scanWatchlist),
        libraries,
        librariesError,
        needsKey,
        defaults,
        send,
        integrations: { needsKey },
        ...schedule,
      };
      return c.html(`<!doctype html>${<Page {...props} />}`);
    })
    .get('/assets/app.js', async (c) =>
      c.body(await pageScript(), 200, { ...ASSET_HEADERS, 'Content-Type': 'text/javascript; charset=utf-8' }),
    )
    .get('/assets/app.css', (c) =>
      c.body(STYLES, 200, { ...ASSET_HEADERS, 'Content-Type': 'text/css; charset=utf-8' }),
    );
}
