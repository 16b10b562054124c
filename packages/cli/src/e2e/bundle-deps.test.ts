import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requireBuiltBin } from '../testing/run-cli.js';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

describe('the bundle (what npm i -g installs)', () => {
  it('bundles every @complexionist package and declares every library it still imports', async () => {
    requireBuiltBin();
    const dist = join(PACKAGE_DIR, 'dist');
    const files = (await readdir(dist)).filter((name) => name.endsWith('.js'));
    const code = (await Promise.all(files.map((name) => readFile(join(dist, name), 'utf8')))).join('\n');
    const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["']([\w@][\w@/.-]*)["']/g)].map(
      (m) => m[1] ?? '',
    );
    const imported = new Set(
      specifiers
        .filter((s) => !s.startsWith('node:') && !builtinModules.includes(s.split('/')[0] ?? s))
        .map(packageName),
    );
    const pkg = JSON.parse(await readFile(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect([...imported].filter((name) => name.startsWith('@complexionist/'))).toEqual([]);
    expect([...imported].filter((name) => !(name in pkg.dependencies))).toEqual([]);
    expect(imported.has('better-sqlite3')).toBe(true);
  });
});
