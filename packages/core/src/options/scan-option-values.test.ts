import { describe, expect, it } from 'vitest';
import { resolveEpisodeOptions, resolveMovieOptions } from '../resolve-options.js';
import { SCAN_OPTION_NAMES, SCAN_OPTIONS } from './scan-option-table.js';
import {
  describeScanOption,
  isScanOptionValue,
  pickScanOptions,
  scanOptionDefaults,
  scanOptionNames,
  withOverrides,
} from './scan-option-values.js';

describe('the scan option table (docs/options.md)', () => {
  it('gives the defaults of docs/spec.md §6', () => {
    expect(scanOptionDefaults()).toEqual({
      includeFuture: false,
      includeSpecials: false,
      minCollectionSize: 2,
      minOwned: 1,
      recentThresholdHours: 24,
      excludeShows: [],
      episodeSource: 'auto',
    });
  });

  it("core's resolved options start from the table's defaults", () => {
    const defaults = scanOptionDefaults();
    expect(resolveMovieOptions()).toMatchObject({
      includeFuture: defaults.includeFuture,
      minCollectionSize: defaults.minCollectionSize,
      minOwned: defaults.minOwned,
    });
    expect(resolveEpisodeOptions()).toMatchObject({
      includeSpecials: defaults.includeSpecials,
      recentThresholdHours: defaults.recentThresholdHours,
      episodeSource: defaults.episodeSource,
    });
  });

  it('every default is a value its own definition accepts', () => {
    const defaults = scanOptionDefaults();
    for (const name of SCAN_OPTION_NAMES) {
      expect(isScanOptionValue(SCAN_OPTIONS[name], defaults[name]), name).toBe(true);
    }
  });

  it('lists the options of each scan: a movie scan takes no episode option, `scan` takes all', () => {
    expect(scanOptionNames('movies')).toEqual(['includeFuture', 'minCollectionSize', 'minOwned']);
    expect(scanOptionNames('episodes')).toEqual([
      'includeFuture',
      'includeSpecials',
      'recentThresholdHours',
      'excludeShows',
      'episodeSource',
    ]);
    expect(scanOptionNames('scan')).toEqual(SCAN_OPTION_NAMES);
  });

  it('checks bounds and choices, and says what it expected', () => {
    const size = SCAN_OPTIONS.minCollectionSize;
    expect([0, 1, 1000, 1001, 2.5].map((n) => isScanOptionValue(size, n))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(isScanOptionValue(SCAN_OPTIONS.recentThresholdHours, 1.5)).toBe(true);
    expect(isScanOptionValue(SCAN_OPTIONS.episodeSource, 'imdb')).toBe(false);
    expect(describeScanOption(size)).toBe('a whole number from 1 to 1000');
    expect(describeScanOption(SCAN_OPTIONS.episodeSource)).toBe('auto, tvdb or tmdb');
    expect(() => resolveMovieOptions({ minCollectionSize: 1001 })).toThrow(
      'Option minCollectionSize must be a whole number from 1 to 1000, got 1001.',
    );
  });
});

describe('flags or a request over the configuration', () => {
  it('a value given wins, an undefined one leaves the configured value', () => {
    const configured = { includeFuture: false, minOwned: 2, libraries: ['Movies'] };
    expect(withOverrides(configured, { includeFuture: true, minOwned: undefined })).toEqual({
      includeFuture: true,
      minOwned: 2,
      libraries: ['Movies'],
    });
    expect(configured.includeFuture).toBe(false);
  });

  it("picks only the given options of one scan's half", () => {
    const given = { includeFuture: true, minOwned: undefined, includeSpecials: true, kind: 'movies' };
    expect(pickScanOptions('movies', given)).toEqual({ includeFuture: true });
    expect(pickScanOptions('episodes', given)).toEqual({ includeFuture: true, includeSpecials: true });
  });
});
