import type { Options } from 'tsup';

/**
 * Build settings every library package shares: ESM and `.d.ts` for Node 20. The `.d.ts` build resolves
 * sibling packages through their published `types` (not the `development` condition that points tests and
 * type checks at `src/`), so each package's declarations import its siblings instead of inlining them.
 */
export const libraryBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: { compilerOptions: { customConditions: [] } },
  clean: true,
  sourcemap: true,
  target: 'node20',
};
