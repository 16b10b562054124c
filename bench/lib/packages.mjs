/**
 * The built workspace packages the benchmark drives. The root package does not depend on them, so they
 * are imported by path from their `dist` (what `pnpm bench` builds first).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = new URL('../../', import.meta.url);
const dist = (name) => fileURLToPath(new URL(`packages/${name}/dist/index.js`, ROOT));

/**
 * Imports `@complexionist/testkit` and `@complexionist/http`, and checks that `cli` (the CLI entry the
 * benchmark will run, when given) exists; a clear error when something is not built.
 */
export async function loadPackages(cli) {
  const paths = { testkit: dist('testkit'), http: dist('http'), ...(cli ? { cli } : {}) };
  const absent = Object.values(paths).filter((path) => !existsSync(path));
  if (absent.length > 0) {
    throw new Error(
      `Not built: ${absent.join(', ')}. Run \`pnpm build\` (or \`pnpm bench\`, which builds first).`,
    );
  }
  const [testkit, http] = await Promise.all([
    import(pathToFileURL(paths.testkit).href),
    import(pathToFileURL(paths.http).href),
  ]);
  for (const name of ['generateWorld', 'startFakeServices', 'expectedRequestCounts']) {
    if (typeof testkit[name] !== 'function')
      throw new Error(`@complexionist/testkit does not export ${name} yet.`);
  }
  return { testkit, http };
}
