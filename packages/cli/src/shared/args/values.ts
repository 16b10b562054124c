import { UsageError } from '@complexionist/core';
import type { OptionValues } from './parse.js';

/** A string option's value, or undefined when absent. */
export function stringValue(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A boolean option: true only when given. */
export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** A repeatable option's values, in order (empty when absent). */
export function listValue(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}

/** A whole number option checked against a range; undefined when absent. */
export function integerValue(
  values: OptionValues,
  name: string,
  range: { min: number; max?: number },
): number | undefined {
  const raw = stringValue(values, name);
  if (raw === undefined) return undefined;
  const number = Number(raw);
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(number) || number < range.min || number > max) {
    const bound = range.max === undefined ? `${range.min} or more` : `from ${range.min} to ${range.max}`;
    throw new UsageError(`--${name} must be a whole number ${bound}, not "${raw}"`);
  }
  return number;
}

/**
 * A decimal option (`1.5` as well as `24`) of at least `range.min` (0 by default) and at most `range.max`,
 * like the matching config setting; undefined when absent.
 */
export function decimalValue(
  values: OptionValues,
  name: string,
  range: { min?: number; max?: number } = {},
): number | undefined {
  const raw = stringValue(values, name);
  if (raw === undefined) return undefined;
  const number = Number(raw);
  const min = range.min ?? 0;
  // The same forms config.yaml accepts: no sign, exponent, hex or "Infinity".
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(raw.trim()) || !Number.isFinite(number) || number < min) {
    throw new UsageError(`--${name} must be a number ${min} or more (such as 24 or 1.5), not "${raw}"`);
  }
  if (range.max !== undefined && number > range.max) {
    throw new UsageError(`--${name} must be a number of at most ${range.max}, not "${raw}"`);
  }
  return number;
}

/** A string option restricted to a few choices; `fallback` when absent. */
export function choiceValue<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = stringValue(values, name);
  if (raw === undefined) return fallback;
  const match = choices.find((choice) => choice === raw.toLowerCase());
  if (match === undefined) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${raw}"`);
  }
  return match;
}
