import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openCache } from './open-cache.js';
import { tempDir } from './test-helpers.js';

const CHILD = fileURLToPath(new URL('./test-concurrency-child.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function runChild(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CHILD, ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two processes on one cache file', () => {
  it('both write and read at the same time, and each sees every answer of the other', async () => {
    const path = join(tempDir(), 'cache', 'cache.db');
    const count = 400;
    const [a, b] = await Promise.all([
      runChild([path, 'a', 'b', String(count)]),
      runChild([path, 'b', 'a', String(count)]),
    ]);
    for (const run of [a, b]) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    expect(JSON.parse(a.stdout)).toEqual({ me: 'a', seen: count, persistent: true, warnings: [] });
    expect(JSON.parse(b.stdout)).toEqual({ me: 'b', seen: count, persistent: true, warnings: [] });
    const cache = openCache({ path });
    expect(cache.stats().namespaces.find((n) => n.namespace === 'shared')?.entries).toBe(2 * count + 1);
    cache.close();
  }, 60_000);
});
