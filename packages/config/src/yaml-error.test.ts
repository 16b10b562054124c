import { describe, expect, it } from 'vitest';
import { setConfigValue } from './set-value.js';
import { workspace } from './test-helpers.js';

describe('YAML syntax errors when editing (config --set, ignore, auth)', () => {
  it('name FILE:LINE and the problem, without the code frame', () => {
    const file = workspace().write('home/config.yaml', 'plex:\n  url: "http://a\n');
    expect(() => setConfigValue(file, 'plex.url', 'http://b')).toThrow(
      `${file}:3: not valid YAML: Missing closing "quote.`,
    );
    expect(() => setConfigValue(file, 'plex.url', 'http://b')).not.toThrow(/\n/);
  });
});
