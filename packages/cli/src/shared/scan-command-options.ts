import type { ScanOptionValues, ScanScope } from '@complexionist/core';
import type { GlobalOptions } from './context.js';

/** Which scan a command runs (core's scan scope: one half, or both). */
export type ScanKind = ScanScope;

/** Report formats of docs/spec.md §4. */
export const FORMATS = ['text', 'json', 'csv'] as const;

/** A report format. */
export type ReportFormat = (typeof FORMATS)[number];

/**
 * Options of `movies`, `episodes` and `scan`, shared by the scan commands and the wiring that loads what a
 * scan reads. The scan options (`includeFuture`, `recentThresholdHours`, …) carry the names of core's option
 * table (docs/options.md); absent ones fall back to the configuration, then to the table's defaults.
 */
export interface ScanCommandOptions extends GlobalOptions, Partial<ScanOptionValues> {
  kind: ScanKind;
  libraries: string[];
  /** `--server NAME` (repeatable): scan only these Plex servers; every server when empty or absent. */
  servers?: string[];
  /** `--exclude-show`: added to `exclusions.shows` from the configuration. */
  excludeShows: string[];
  /** `--language`: over `options.language`. */
  language?: string;
  format: ReportFormat;
  output?: string;
  noCache: boolean;
  demo: boolean;
  /** `--since last`: also print what changed since the last saved complete scan of this home. */
  since?: 'last';
}
