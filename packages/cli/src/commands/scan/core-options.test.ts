import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../shared/args/parse.js';
import type { ScanCommandOptions } from '../../shared/scan-command-options.js';
import type { ConfiguredSettings } from '../../wiring/session.js';
import { episodeScanOptions, movieScanOptions } from './core-options.js';
import { scanOptionsFromArgs } from './options.js';
import { EPISODES_SPEC, SCAN_SPEC } from './spec.js';

const settings: ConfiguredSettings = {
  movies: { includeFuture: false, minCollectionSize: 3, minOwned: 1 },
  episodes: { includeFuture: false, recentThresholdHours: 24, excludeShows: ['The Daily Show'] },
};

function flags(spec: typeof SCAN_SPEC, args: string[]): ScanCommandOptions {
  return scanOptionsFromArgs(spec.name as 'scan' | 'episodes', parseCommand(spec, args));
}

describe('scan flags over the configuration', () => {
  it('a flag given wins; a flag not given leaves the configured value', () => {
    const options = flags(SCAN_SPEC, ['--include-future', '--min-owned', '2']);
    expect(movieScanOptions(options, settings)).toEqual({
      includeFuture: true,
      minCollectionSize: 3,
      minOwned: 2,
    });
  });

  it('--recent-hours sets recentThresholdHours, the one name of the option', () => {
    const options = flags(EPISODES_SPEC, ['--recent-hours', '6']);
    expect(options.recentThresholdHours).toBe(6);
    expect(episodeScanOptions(options, settings).recentThresholdHours).toBe(6);
  });

  it('--exclude-show adds to exclusions.shows instead of replacing them', () => {
    const options = flags(EPISODES_SPEC, ['--exclude-show', 'Doctor Who']);
    expect(episodeScanOptions(options, settings).excludeShows).toEqual(['The Daily Show', 'Doctor Who']);
  });

  it('a movie scan gets no episode option, and --library names the libraries', () => {
    const options = flags(SCAN_SPEC, ['--include-specials', '--library', 'Movies']);
    expect(movieScanOptions(options, settings)).toEqual({ ...settings.movies, libraries: ['Movies'] });
    expect(episodeScanOptions(options, settings).includeSpecials).toBe(true);
  });
});
