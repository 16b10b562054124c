import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh temporary folder, removed after the current test. Test-only helper. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cx-cache-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A hand-moved clock in epoch ms. */
export function fakeClock(start = Date.UTC(2024, 0, 2, 3, 4, 5, 678)) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number): void => {
      t += ms;
    },
  };
}
