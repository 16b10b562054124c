import { describe, expect, it } from 'vitest';
import { workspace } from './test-helpers.js';

describe('options.language (issue 14)', () => {
  it('defaults to en, and is read from config.yaml, then COMPLEXIONIST_LANGUAGE, then a flag', async () => {
    const ws = workspace();
    expect((await ws.load()).config.options.language).toBe('en');
    ws.write('home/config.yaml', 'options:\n  language: de\n');
    expect((await ws.load()).config.options.language).toBe('de');
    expect((await ws.load({ env: { COMPLEXIONIST_LANGUAGE: 'pt-BR' } })).config.options.language).toBe(
      'pt-BR',
    );
    const flagged = await ws.load({
      env: { COMPLEXIONIST_LANGUAGE: 'pt-BR' },
      overrides: { 'options.language': 'ja' },
    });
    expect(flagged.config.options.language).toBe('ja');
  });

  it('a value that is not a language tag is a configuration error naming the key and the form', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'options:\n  language: "english please"\n');
    await expect(ws.load()).rejects.toThrow(/options\.language.*language tag such as en, de or pt-BR/s);
  });
});
