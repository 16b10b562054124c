/**
 * The page script served at `/assets/app.js`. A build (tsup.config.ts, scripts/demo.mjs) bundles
 * `client/main.ts` with esbuild and inlines it here through the `__COMPLEXIONIST_PAGE_SCRIPT__` define; run
 * from sources (vitest, tsx) nothing is inlined, so the script is bundled on first use with esbuild, a
 * development dependency that a build never loads.
 */
declare const __COMPLEXIONIST_PAGE_SCRIPT__: string | undefined;

let pending: Promise<string> | undefined;

/** The bundled page script (built once per process). */
export function pageScript(): Promise<string> {
  pending ??= load();
  return pending;
}

async function load(): Promise<string> {
  if (typeof __COMPLEXIONIST_PAGE_SCRIPT__ === 'string') return __COMPLEXIONIST_PAGE_SCRIPT__;
  // A computed specifier, so a bundler leaves this development-only import (and esbuild) out of a build.
  const bundler = new URL('../../page-bundle.mjs', import.meta.url).href;
  let bundle: typeof import('../../page-bundle.mjs');
  try {
    bundle = await import(bundler);
  } catch (error) {
    // A bundle of the server made without the define (and without the sources beside it) lands here.
    throw new Error(
      'The page script is not in this build: bundle the server with its tsup.config.ts, or define ' +
        `__COMPLEXIONIST_PAGE_SCRIPT__ as scripts/demo.mjs does (${(error as Error).message}).`,
    );
  }
  return bundle.bundlePageScript();
}
