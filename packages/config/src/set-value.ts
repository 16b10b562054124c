import { ConfigError } from '@complexionist/core';
import { parse } from 'yaml';
import { type KeySpec, specOf } from './schema.js';
import { unknownKeyMessage } from './suggest.js';
import { isListType, parseValue } from './value-types.js';
import { editYamlFile } from './yaml-file.js';

const HOW_TO_SAVE: Record<string, string> = {
  'plex.token': 'run `complexionist auth plex --login` or `complexionist auth plex --token TOKEN`',
  'tmdb.api_key': 'run `complexionist auth tmdb --key KEY`',
  'tvdb.api_key': 'run `complexionist auth tvdb --key KEY [--pin PIN]`',
  'tvdb.pin': 'run `complexionist auth tvdb --key KEY --pin PIN`',
  'plex.servers': `edit the plex.servers list in config.yaml (with \${VAR} references for the tokens), or run \`complexionist auth plex --login --add\``,
  notifications: `edit the notifications list in config.yaml (with \${VAR} references for the secret URLs)`,
};

function knownSpec(key: string): KeySpec {
  const spec = specOf(key);
  if (!spec) {
    throw new ConfigError(`${unknownKeyMessage(key)}.`, {
      hint: '`complexionist config --show` lists every setting.',
    });
  }
  return spec;
}

function listInput(raw: string): unknown {
  const text = raw.trim();
  if (text === '') return [];
  if (!text.startsWith('[')) return raw;
  try {
    return parse(text, { schema: 'failsafe' }) as unknown;
  } catch {
    throw new ConfigError(`${raw} is not a valid list; write it like [81189, "tmdb:1396"].`);
  }
}

/**
 * Sets one setting in a YAML file, keeping comments and other keys (`config --set KEY VALUE`). The value
 * is checked and written with its type (a number as a number). A list takes `[a, b]` or a single item; a
 * value containing `${VAR}` is written as text and checked when loaded. Secrets are refused (they belong
 * in `<home>/.env`, see `saveSecret`) unless the value is just a `${VAR}` reference.
 * @returns the value as written.
 */
export function setConfigValue(file: string, dottedKey: string, rawValue: string): unknown {
  const spec = knownSpec(dottedKey);
  const reference = rawValue.includes('${');
  if (spec.secret && !/^\s*\$\{[^}]+\}\s*$/.test(rawValue)) {
    const how = HOW_TO_SAVE[spec.key] ?? `set ${spec.env} in <home>/.env`;
    const hint = spec.env
      ? `Secrets are kept in <home>/.env (readable only by you) or the ${spec.env} environment variable.`
      : `Secrets are kept in <home>/.env (readable only by you) and referenced as \${VAR} in config.yaml.`;
    throw new ConfigError(`${spec.key} is a secret and is not written to ${file}; ${how}.`, { hint });
  }
  let value: unknown = rawValue;
  if (!reference) {
    const parsed = parseValue(spec.type, isListType(spec.type) ? listInput(rawValue) : rawValue, spec);
    if (!parsed.ok)
      throw new ConfigError(`${spec.key} must be ${parsed.expected} (got ${JSON.stringify(rawValue)}).`);
    value = parsed.value;
  }
  editYamlFile(file, (doc) => {
    doc.setIn(spec.key.split('.'), value);
    return true;
  });
  return value;
}

/** Removes one setting from a YAML file (so a lower layer or the default applies). Returns false when absent. */
export function unsetConfigValue(file: string, dottedKey: string): boolean {
  const path = knownSpec(dottedKey).key.split('.');
  let removed = false;
  editYamlFile(file, (doc) => {
    removed = doc.hasIn(path);
    if (removed) doc.deleteIn(path);
    return removed;
  });
  return removed;
}
