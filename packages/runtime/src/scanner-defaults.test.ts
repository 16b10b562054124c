import { defaultConfig } from '@complexionist/config';
import { describe, expect, it } from 'vitest';
import { demoScanner } from './demo-scanner.js';
import { liveScanner } from './live-scanner.js';

describe('scanner defaults (what the page pre-checks)', () => {
  it('the live scanner answers the configured options', () => {
    const config = defaultConfig();
    config.options.excludeFuture = false;
    config.options.excludeSpecials = true;
    expect(liveScanner(config).defaults?.()).toEqual({ includeFuture: true, includeSpecials: false });
    config.options.excludeFuture = true;
    config.options.excludeSpecials = false;
    expect(liveScanner(config).defaults?.()).toEqual({ includeFuture: false, includeSpecials: true });
  });

  it('the demo scanner answers the scans’ own defaults', () => {
    expect(demoScanner().defaults?.()).toEqual({ includeFuture: false, includeSpecials: false });
  });
});
