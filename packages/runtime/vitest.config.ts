import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['development'] },
  ssr: { resolve: { conditions: ['development'] } },
  // A safety net for a busy 2-core machine, not a speed claim (speed is measured by `pnpm bench`).
  test: { include: ['src/**/*.test.ts'], testTimeout: 20_000 },
});
