import { defineConfig } from 'tsup';
import { bundlePageScript } from './page-bundle.mjs';

export default defineConfig(async () => ({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: { compilerOptions: { customConditions: [] } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  // The page script, bundled from src/page/client for the browser, is inlined into the server (page-script.ts).
  define: { __COMPLEXIONIST_PAGE_SCRIPT__: JSON.stringify(await bundlePageScript()) },
  esbuildOptions(options) {
    options.jsx = 'automatic';
    options.jsxImportSource = 'hono/jsx';
  },
}));
