import { SCAN_OPTIONS, type ScanOptionKind, type ScanOptionName } from '@complexionist/core';
import type { ValueType } from './value-types.js';

type Table = typeof SCAN_OPTIONS;

const VALUE_TYPES: Record<ScanOptionKind, ValueType> = {
  boolean: 'boolean',
  whole: 'whole',
  hours: 'hours',
  // The only choice today; its rule reads the choices from the table.
  choice: 'episode-source',
  titles: 'titles',
};

/** The setting of a scan option, as the config schema lists it. */
export interface ScanOptionKeySpec<N extends ScanOptionName> {
  readonly key: Table[N]['setting']['key'];
  readonly type: ValueType;
  readonly min?: number;
  readonly max?: number;
  readonly default: string | number | boolean | readonly never[];
  readonly description: string;
  /** The option this setting holds (docs/options.md). */
  readonly option: N;
}

/**
 * The config.yaml setting of a scan option, made from core's option table (docs/options.md): key, type,
 * bounds and description come from there, and a negated setting (`exclude_future`) gets the opposite default.
 */
export function scanOptionKey<N extends ScanOptionName>(name: N): ScanOptionKeySpec<N> {
  const def = SCAN_OPTIONS[name];
  const setting: { key: string; negated?: boolean; help?: string } = def.setting;
  const fallback = def.default;
  const bounds = def as { min?: number; max?: number };
  return {
    key: setting.key as Table[N]['setting']['key'],
    type: VALUE_TYPES[def.kind],
    ...(bounds.min === undefined ? {} : { min: bounds.min }),
    ...(bounds.max === undefined ? {} : { max: bounds.max }),
    default: setting.negated ? !fallback : (fallback as ScanOptionKeySpec<N>['default']),
    description: setting.help ?? def.help,
    option: name,
  };
}
