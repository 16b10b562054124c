import { ConfigError } from '@complexionist/core';
import { isMap, isScalar, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { expandDeep, unsetVariable, unsetVariableError, type VariableLookup } from './expand.js';
import { addToLayer, type Layer } from './layer.js';
import { type ConfigKey, isGroup, specOf } from './schema.js';
import { unknownKeyError } from './suggest.js';
import { yamlSyntaxError } from './yaml-error.js';

// Plain (unquoted) scalars YAML reads as "no value"; with the failsafe schema they arrive as text.
const EMPTY = new Set(['', '~', 'null', 'Null', 'NULL']);

function isEmpty(node: unknown): boolean {
  return node == null || (isScalar(node) && node.type === 'PLAIN' && EMPTY.has(String(node.value)));
}

/**
 * Reads a config.yaml into a layer. Every scalar is read as text (YAML's failsafe schema) so that a PIN such
 * as `0123` keeps its leading zero; types are checked per key afterwards. Errors name the file, the line and
 * the key.
 */
export function readYamlLayer(text: string, file: string, lookup: VariableLookup): Layer {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: true });
  const [first] = doc.errors;
  if (first) throw yamlSyntaxError(file, first);
  const layer: Layer = new Map();
  const at = (node: Node | null | undefined): string => {
    const offset = node?.range?.[0];
    return offset === undefined ? file : `${file}:${lineCounter.linePos(offset).line}`;
  };

  function walk(map: YAMLMap, prefix: string): void {
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      const name = isScalar(keyNode) ? String(keyNode.value) : '';
      const key = prefix ? `${prefix}.${name}` : name;
      const where = at(keyNode);
      if (specOf(key)) {
        if (isEmpty(pair.value)) continue;
        const written: unknown = (pair.value as Node).toJSON();
        const unset = unsetVariable(written, lookup);
        if (unset !== undefined) {
          // Not an error yet: only a command that needs this setting stops (see `assertResolved`).
          const source = { kind: 'yaml', label: `${where} (\${${unset}} is not set)`, file } as const;
          layer.set(key as ConfigKey, {
            value: undefined,
            source,
            unresolved: unsetVariableError(unset, where, key),
          });
          continue;
        }
        const raw = expandDeep(written, lookup, where, key);
        // `${VAR:-}` expanding to nothing means "not set here", like an empty value.
        if (raw === '') continue;
        addToLayer(layer, key, raw, { kind: 'yaml', label: where, file }, where);
      } else if (isGroup(key)) {
        if (isEmpty(pair.value)) continue;
        if (!isMap(pair.value)) throw new ConfigError(`${where}: ${key} must be a section of settings.`);
        walk(pair.value, key);
      } else {
        throw unknownKeyError(key, where);
      }
    }
  }

  if (isEmpty(doc.contents)) return layer;
  if (!isMap(doc.contents)) throw new ConfigError(`${file}: the top level must be a mapping of settings.`);
  walk(doc.contents, '');
  return layer;
}
