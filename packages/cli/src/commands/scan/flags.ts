import {
  SCAN_OPTIONS,
  type ScanOptionDef,
  type ScanOptionName,
  type ScanOptionValues,
  type ScanScope,
  scanOptionNames,
} from '@complexionist/core';
import type { OptionValues } from '../../shared/args/parse.js';
import type { OptionSpec } from '../../shared/args/spec.js';
import { choiceValue, decimalValue, flag, integerValue, listValue } from '../../shared/args/values.js';

/** The scan options of `scope` that have a flag, in table order. */
function flagged(
  scope: ScanScope,
): Array<[ScanOptionName, ScanOptionDef & { flag: NonNullable<ScanOptionDef['flag']> }]> {
  return scanOptionNames(scope).flatMap((name) => {
    const def: ScanOptionDef = SCAN_OPTIONS[name];
    return def.flag === undefined ? [] : [[name, { ...def, flag: def.flag }]];
  });
}

/**
 * The flags of the scan options a command of `scope` takes (`--include-future`, `--recent-hours N`, …),
 * made from core's option table (docs/options.md): name, placeholder and help, with the default added for
 * numbers.
 */
export function scanOptionFlags(scope: ScanScope): OptionSpec[] {
  return flagged(scope).map(([, def]) => {
    const given = def.flag.help ?? def.help;
    const help = typeof given === 'string' ? given : given[scope];
    const number = def.kind === 'whole' || def.kind === 'hours';
    return {
      name: def.flag.name,
      type: def.kind === 'boolean' ? 'boolean' : 'string',
      ...(def.kind === 'titles' ? { multiple: true } : {}),
      ...(def.flag.value === undefined ? {} : { value: def.flag.value }),
      description: number ? `${help} (default: ${String(def.default)})` : help,
    };
  });
}

function flagValue(def: ScanOptionDef & { flag: { name: string } }, values: OptionValues): unknown {
  const name = def.flag.name;
  const range = { min: def.min ?? 0, ...(def.max === undefined ? {} : { max: def.max }) };
  switch (def.kind) {
    // A boolean flag can only turn an option on: without it, the configuration decides.
    case 'boolean':
      return flag(values, name) ? true : undefined;
    case 'whole':
      return integerValue(values, name, range);
    case 'hours':
      return decimalValue(values, name, range);
    case 'choice':
      return values[name] === undefined ? undefined : choiceValue(values, name, def.choices ?? [], '');
    case 'titles': {
      const list = listValue(values, name);
      return list.length > 0 ? list : undefined;
    }
  }
}

/** The scan option values given as flags (checked against the table's bounds); absent flags are left out. */
export function scanFlagValues(scope: ScanScope, values: OptionValues): Partial<ScanOptionValues> {
  const out: Partial<Record<ScanOptionName, unknown>> = {};
  for (const [name, def] of flagged(scope)) {
    const value = flagValue(def, values);
    if (value !== undefined) out[name] = value;
  }
  return out as Partial<ScanOptionValues>;
}
