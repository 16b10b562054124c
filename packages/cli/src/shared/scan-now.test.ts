import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { fakeIo } from '../testing/fake-io.js';
import { scanNow } from './scan-now.js';

describe('scanNow', () => {
  it('is the clock unless COMPLEXIONIST_NOW fixes it', () => {
    const clock = new Date('2026-03-04T05:06:07Z');
    expect(scanNow(fakeIo({ now: clock }).io)).toEqual(clock);
    const fixed = fakeIo({ now: clock, env: { COMPLEXIONIST_NOW: '2025-12-31T23:59:59Z' } });
    expect(scanNow(fixed.io)).toEqual(new Date('2025-12-31T23:59:59Z'));
  });

  it('a value that is not a date stops the scan with exit 2, naming the variable', async () => {
    const f = fakeIo({ env: { COMPLEXIONIST_NOW: 'yesterday' } });
    expect(await main(['movies', '--demo'], f.io)).toBe(2);
    expect(f.stderr()).toContain('COMPLEXIONIST_NOW must be an ISO 8601 date or date-time (got "yesterday")');
  });
});
