import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The CLI's version from its package.json, read at run time. Both `src/*.ts` and the bundled `dist/*.js`
 * sit one folder below it, so the same relative URL works from source and from the build.
 */
export function cliVersion(): string {
  if (cached === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        version?: unknown;
      };
      cached = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}
