// Bundles the page script (src/page/client/main.ts, ordinary type-checked TypeScript) for the browser with
// esbuild. Called at build time by tsup.config.ts and scripts/demo.mjs, which inline the result through the
// `__COMPLEXIONIST_PAGE_SCRIPT__` define, and at run time from sources (vitest, tsx), where nothing is inlined.
// Plain JavaScript so the demo script and Node can load it without a TypeScript loader.
import { build } from 'esbuild';

/** The browser entry of the page. */
export const PAGE_ENTRY = new URL('./src/page/client/main.ts', import.meta.url).pathname;

/**
 * The page script as one minified IIFE (no imports left, nothing global but what it sets itself).
 * @returns {Promise<string>}
 */
export async function bundlePageScript() {
  const result = await build({
    entryPoints: [PAGE_ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild wrote no page script');
  return file.text;
}
