// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the starter shows secrets as literal ${VAR:-} references.
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from './schema.js';
import { starterConfig } from './starter-config.js';
import { workspace } from './test-helpers.js';

/** The starter with every setting uncommented (the description lines stay comments). */
function uncommented(text: string): string {
  return text.replace(/^(\s*)# ([a-z_]+:.*)$/gm, '$1$2');
}

describe('starterConfig', () => {
  const text = starterConfig();

  it('names every setting of the schema with its meaning and its default', () => {
    for (const spec of CONFIG_KEYS) {
      const name = spec.key.split('.').at(-1);
      expect(text).toContain(`# ${spec.description}.`);
      expect(text).toMatch(new RegExp(`^\\s*# ${name}:`, 'm'));
    }
    expect(text).toContain('# Address of the Plex Media Server. Environment variable: PLEX_URL. No default.');
    expect(text).toContain('# min_owned: 1');
    expect(text).toContain('    # tmdb_movie: 1440');
    expect(text).toContain('# api_key: ${TMDB_API_KEY:-}');
  });

  it('as written changes nothing: loading it gives the defaults', async () => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', text);
    const loaded = await ws.load();
    const defaults = await workspace().load();
    expect(loaded.config).toEqual(defaults.config);
    expect(loaded.files.find((f) => f.path === file)?.exists).toBe(true);
  });

  it('with every setting uncommented it is valid and still gives the defaults', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', uncommented(text));
    const loaded = await ws.load();
    expect(loaded.config).toEqual((await workspace().load()).config);
    // Each setting with a default now comes from the file: the file names every key.
    const fromFile = CONFIG_KEYS.filter((s) => loaded.sources[s.key].kind === 'yaml').map((s) => s.key);
    expect(fromFile).toEqual(CONFIG_KEYS.filter((s) => 'default' in s).map((s) => s.key));
  });
});
