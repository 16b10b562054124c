import { ConfigError } from '@complexionist/core';

/** Looks a variable up (environment first, then the `.env` files). */
export type VariableLookup = (name: string) => string | undefined;

const REFERENCE = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** The error for a `${name}` that is not set: it names the variable, the key and the file. */
export function unsetVariableError(name: string, where: string, key: string): ConfigError {
  return new ConfigError(
    `${where}: ${key} uses \${${name}}, but ${name} is not set in the environment or a .env file.`,
    { hint: `Set ${name}, or write \${${name}:-default} to fall back to a default.` },
  );
}

/** The first variable a YAML value (a scalar or a list) refers to that is unset and has no fallback. */
export function unsetVariable(value: unknown, lookup: VariableLookup): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const name = unsetVariable(item, lookup);
      if (name !== undefined) return name;
    }
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  for (const match of value.matchAll(REFERENCE)) {
    const [text, name, fallback] = match;
    if (text === '$${' || name === undefined || fallback !== undefined) continue;
    const found = lookup(name);
    if (found === undefined || found === '') return name;
  }
  return undefined;
}

/**
 * Expands `${VAR}` and `${VAR:-fallback}` in a YAML string value; `$${` stays a literal `${`.
 * An unset variable without a fallback is a {@link ConfigError} naming the variable, the key and the file,
 * because silently using an empty value would surface later as a confusing "missing credential".
 */
export function expandVariables(text: string, lookup: VariableLookup, where: string, key: string): string {
  return text.replace(REFERENCE, (match, name: string | undefined, fallback: string | undefined) => {
    if (match === '$${') return '${';
    const value = lookup(name as string);
    if (value !== undefined && value !== '') return value;
    if (fallback !== undefined) return fallback;
    throw unsetVariableError(name as string, where, key);
  });
}

/** Expands every string inside a YAML value (a scalar, a list, or a mapping such as a notification target). */
export function expandDeep(value: unknown, lookup: VariableLookup, where: string, key: string): unknown {
  if (typeof value === 'string') return expandVariables(value, lookup, where, key);
  if (Array.isArray(value)) return value.map((item) => expandDeep(item, lookup, where, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, expandDeep(item, lookup, where, key)]),
    );
  }
  return value;
}
