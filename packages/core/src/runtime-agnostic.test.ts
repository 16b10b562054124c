import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['a node: import', /from\s+['"]node:/],
  [
    'a Node built-in import',
    /from\s+['"](fs|path|os|url|http|https|crypto|process|child_process|stream|util|events|vm)(\/[^'"]*)?['"]/,
  ],
  ['require()', /\brequire\s*\(/],
  ['process', /\bprocess\./],
  ['Date.now()', /\bDate\.now\s*\(/],
  ['new Date() without arguments (the system clock)', /new\s+Date\s*\(\s*\)/],
];

describe('core is runtime-agnostic (docs/spec.md §1)', () => {
  it.each(sourceFiles(srcDir).map((f) => [relative(srcDir, f), f]))(
    '%s uses no Node built-in and no system clock',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      for (const [what, pattern] of FORBIDDEN) expect(text, `${what} in ${_name}`).not.toMatch(pattern);
    },
  );

  it('the bundle loads and scans the demo where neither require nor process exist', async () => {
    const result = await build({
      // The engine and the demo library (`@complexionist/core/demo`) in one bundle.
      stdin: {
        contents: "export * from './index.ts';\nexport * from './demo/index.ts';",
        resolveDir: srcDir,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      platform: 'neutral',
      format: 'iife',
      globalName: 'core',
      target: 'es2022',
    });
    const code = result.outputFiles[0]?.text ?? '';
    // Only what every runtime (browsers, Deno, Bun, Node) offers as a global.
    const sandbox: Record<string, unknown> = { structuredClone, AbortController, AbortSignal, DOMException };
    const context = createContext(sandbox);
    runInContext(`${code}\nglobalThis.core = core;`, context);
    expect(runInContext('typeof require + typeof process + typeof Buffer', context)).toBe(
      'undefinedundefinedundefined',
    );
    const run = runInContext(
      `(async () => {
        const now = new Date('2025-06-01T00:00:00Z');
        const deps = core.createDemoDeps({ now });
        const report = await core.scanMovies(deps, { now });
        return core.formatReport(report, 'text');
      })()`,
      context,
    ) as Promise<string>;
    expect(await run).toContain('  - Alien³ (1992)');
  });
});
