import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/serve.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts', compilerOptions: { customConditions: [] } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
