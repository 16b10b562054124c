import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['development'] },
  ssr: { resolve: { conditions: ['development'] } },
  // The end-to-end tests start the built binary several times per test.
  test: { include: ['src/**/*.test.ts'], setupFiles: ['src/testing/setup.ts'], testTimeout: 30_000 },
});
