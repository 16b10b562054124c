import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['development'] },
  ssr: { resolve: { conditions: ['development'] } },
  // Generating and comparing a default-scale world takes a few seconds on a busy 2-core machine; a
  // generous limit is a safety net, not a speed claim (speed is measured by `pnpm bench`).
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
