#!/usr/bin/env node
// `pnpm demo`: bundles the CLI straight from the workspace sources (no type declarations, no other
// package's build: about two seconds) and runs `complexionist scan --demo`. The full build is
// `pnpm build`; this script only serves the README's first command. Extra arguments go to the CLI.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { bundlePageScript } from '../packages/server/page-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}packages/cli/.demo`;

await build({
  entry: { bin: `${root}packages/cli/src/bin.ts` },
  outDir,
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  // Workspace packages are bundled; every other package stays an import, resolved from packages/cli.
  noExternal: [/^@complexionist\//],
  external: [/^(?!@complexionist\/)[^./]/],
  dts: false,
  clean: true,
  silent: true,
  tsconfig: `${root}packages/cli/tsconfig.json`,
  // The web page's script, bundled for the browser and inlined as the server's build does (tsup.config.ts).
  define: { __COMPLEXIONIST_PAGE_SCRIPT__: JSON.stringify(await bundlePageScript()) },
  esbuildOptions(options) {
    // Read each sibling package from its sources (the `development` export), not from a `dist/` build.
    options.conditions = ['development'];
    options.jsx = 'automatic';
    options.jsxImportSource = 'hono/jsx';
    options.logLevel = 'error';
  },
});

const args = process.argv.slice(2);
const child = spawn(process.execPath, [`${outDir}/bin.js`, 'scan', '--demo', ...args], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
