import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'complexionist-page-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bundles page-script.ts on its own into `dir`, as a build of the server would, and loads it. */
async function bundled(define: Record<string, string>, name: string) {
  const outfile = join(dir, name, 'server.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./page-script.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    define,
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(outfile).href)) as typeof import('./page-script.js');
}

describe('the page script in a build', () => {
  it('is the inlined bundle when the build defines it', async () => {
    const { pageScript } = await bundled(
      { __COMPLEXIONIST_PAGE_SCRIPT__: JSON.stringify('inlined();') },
      'ok',
    );
    await expect(pageScript()).resolves.toBe('inlined();');
  });

  it('fails with what to do when a build left it out', async () => {
    // Two folders down, so the development fallback looks for page-bundle.mjs inside `dir`, where there is none.
    const { pageScript } = await bundled({}, 'missing/dist');
    await expect(pageScript()).rejects.toThrow(
      /The page script is not in this build: bundle the server with its tsup.config.ts, or define __COMPLEXIONIST_PAGE_SCRIPT__/,
    );
  });
});
