import { describe, expect, it } from 'vitest';
import { fakeIo } from '../testing/fake-io.js';
import { askChoice } from './prompt.js';

describe('numbered prompt', () => {
  it('lists the choices on stderr and returns the index of the number typed', async () => {
    const f = fakeIo({ input: ['2'] });
    expect(await askChoice(f.io, 'Servers:', ['Home', 'Office'], 0)).toBe(1);
    expect(f.stderr()).toBe('Servers:\n  1) Home\n  2) Office\nChoose 1-2 [1]: ');
  });

  it('asks again after an answer that is not a listed number', async () => {
    const f = fakeIo({ input: ['7', 'x', '1'] });
    expect(await askChoice(f.io, 'Servers:', ['Home', 'Office'], 1)).toBe(0);
    expect(f.stderr().match(/Please type a number from 1 to 2\./g)).toHaveLength(2);
  });

  it('an empty answer takes the default', async () => {
    const f = fakeIo({ input: [''] });
    expect(await askChoice(f.io, 'Servers:', ['Home', 'Office'], 1)).toBe(1);
  });

  it('a closed stdin is a usage error rather than a hang', async () => {
    const f = fakeIo({ input: [] });
    await expect(askChoice(f.io, 'Servers:', ['Home', 'Office'], 0)).rejects.toThrow('No answer');
  });
});
