import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  // The @complexionist/* packages are bundled in, so the packed CLI installs from npm on its own
  // (docs/spec.md §1); their third-party imports stay external and are listed as this package's dependencies.
  noExternal: [/^@complexionist\//],
  dts: { resolve: [/^@complexionist\//], compilerOptions: { customConditions: [] } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
