import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/serve.ts', 'src/msw.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/msw.ts'], compilerOptions: { customConditions: [] } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
