import { describe, expect, it } from 'vitest';
import { closest } from './suggest.js';

describe('closest', () => {
  const commands = ['movies', 'episodes', 'scan', 'serve', 'config', 'cache', 'auth', 'ignore'];

  it('names the likely word for a typo', () => {
    expect(closest('scna', commands)).toBe('scan');
    expect(closest('moveis', commands)).toBe('movies');
    expect(closest('confg', commands)).toBe('config');
  });

  it('suggests nothing for a word that is not close to any', () => {
    expect(closest('frobnicate', commands)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
