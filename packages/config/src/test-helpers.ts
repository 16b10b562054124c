import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import { loadConfig } from './load-config.js';
import type { LoadConfigOptions } from './types.js';

/** A temporary project folder and home folder, removed after the test. Test-only helper. */
export function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'cx-config-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const cwd = join(root, 'project');
  const home = join(root, 'home');
  mkdirSync(cwd);
  mkdirSync(home);
  return {
    root,
    cwd,
    home,
    /** Writes a file relative to the workspace root (`project/config.yaml`, `home/.env`). */
    write(path: string, text: string): string {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    load(options: Partial<LoadConfigOptions> = {}) {
      return loadConfig({ cwd, home, env: {}, ...options });
    },
  };
}
