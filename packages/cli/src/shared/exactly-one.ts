import { UsageError } from '@complexionist/core';
import type { OptionValues } from './args/parse.js';

/** Which of several mutually exclusive action flags was given; exactly one must be. */
export function exactlyOne<T extends string>(values: OptionValues, names: readonly T[]): T {
  const given = names.filter((name) => values[name] !== undefined && values[name] !== false);
  if (given.length !== 1) {
    const list = names.map((n) => `--${n}`).join(', ');
    throw new UsageError(
      given.length === 0
        ? `Give one of ${list}`
        : `Give only one of ${list} (got ${given.map((n) => `--${n}`).join(', ')})`,
    );
  }
  return given[0] as T;
}
