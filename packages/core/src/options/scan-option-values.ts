import {
  SCAN_OPTION_NAMES,
  SCAN_OPTIONS,
  type ScanHalf,
  type ScanOptionDef,
  type ScanOptionName,
  type ScanScope,
} from './scan-option-table.js';

type Table = typeof SCAN_OPTIONS;

/** The value type of an option definition. */
type ValueOf<D> = D extends { kind: 'boolean' }
  ? boolean
  : D extends { kind: 'whole' | 'hours' }
    ? number
    : D extends { kind: 'choice'; choices: readonly (infer C)[] }
      ? C
      : D extends { kind: 'titles' }
        ? string[]
        : never;

/** A value for every scan option, typed from the table. */
export type ScanOptionValues = { -readonly [N in ScanOptionName]: ValueOf<Table[N]> };

/** The names of the options a scan half reads (`MovieOptionName` = `includeFuture | minCollectionSize | …`). */
export type OptionNameOf<H extends ScanHalf> = {
  [N in ScanOptionName]: H extends Table[N]['scans'][number] ? N : never;
}[ScanOptionName];

/** The options a command or request of `scope` takes, in table order (`scan` takes every one). */
export function scanOptionNames(scope: ScanScope): ScanOptionName[] {
  return SCAN_OPTION_NAMES.filter(
    (name) => scope === 'scan' || (SCAN_OPTIONS[name].scans as readonly ScanHalf[]).includes(scope),
  );
}

/** Every option's default. */
export function scanOptionDefaults(): ScanOptionValues {
  return Object.fromEntries(
    SCAN_OPTION_NAMES.map((name) => {
      const fallback = SCAN_OPTIONS[name].default;
      return [name, Array.isArray(fallback) ? [...fallback] : fallback];
    }),
  ) as ScanOptionValues;
}

/** `a, b or c`. */
function orList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** What an option accepts, completing "… must be …": `a whole number from 1 to 1000`, `auto, tvdb or tmdb`. */
export function describeScanOption(def: ScanOptionDef): string {
  const range = (what: string) =>
    def.max === undefined
      ? `${what} of at least ${def.min ?? 0}`
      : `${what} from ${def.min ?? 0} to ${def.max}`;
  switch (def.kind) {
    case 'boolean':
      return 'true or false';
    case 'whole':
      return range('a whole number');
    case 'hours':
      return range('a number of hours');
    case 'choice':
      return orList(def.choices ?? []);
    case 'titles':
      return 'a list of show titles';
  }
}

/** True when `value` is allowed for the option (its type, bounds, choices and list limits). */
export function isScanOptionValue(def: ScanOptionDef, value: unknown): boolean {
  switch (def.kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'whole':
    case 'hours':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (def.kind === 'hours' || Number.isInteger(value)) &&
        value >= (def.min ?? 0) &&
        value <= (def.max ?? Number.POSITIVE_INFINITY)
      );
    case 'choice':
      return typeof value === 'string' && (def.choices ?? []).includes(value);
    case 'titles':
      return (
        Array.isArray(value) &&
        value.length <= (def.maxItems ?? Number.POSITIVE_INFINITY) &&
        value.every(
          (t) => typeof t === 'string' && t.length <= (def.maxItemLength ?? Number.POSITIVE_INFINITY),
        )
      );
  }
}

/** The scan options of `scope` that `values` gives (not undefined); everything else in `values` is left out. */
export function pickScanOptions<S extends ScanScope>(
  scope: S,
  values: Partial<Record<ScanOptionName, unknown>>,
): Partial<Pick<ScanOptionValues, S extends ScanHalf ? OptionNameOf<S> : ScanOptionName>> {
  const out: Partial<Record<ScanOptionName, unknown>> = {};
  for (const name of scanOptionNames(scope)) {
    if (values[name] !== undefined) out[name] = values[name];
  }
  return out as Partial<ScanOptionValues>;
}

/**
 * "Flags (or a request) win over the configuration", the one merge both faces use: every value of
 * `overrides` that is not undefined replaces the configured one; the rest of `configured` stays.
 */
export function withOverrides<T extends object>(configured: T, overrides: Partial<T>): T {
  const out = { ...configured };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
