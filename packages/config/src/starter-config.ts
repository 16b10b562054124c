import { CONFIG_KEYS, type KeySpec } from './schema.js';

interface Section {
  keys: KeySpec[];
  sections: Map<string, Section>;
}

const emptySection = (): Section => ({ keys: [], sections: new Map() });

/** Keys grouped by their dotted path, in schema order. */
function tree(specs: readonly KeySpec[]): Section {
  const root = emptySection();
  for (const spec of specs) {
    const parts = spec.key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      let child = node.sections.get(part);
      if (child === undefined) {
        child = emptySection();
        node.sections.set(part, child);
      }
      node = child;
    }
    node.keys.push(spec);
  }
  return root;
}

/** A value as YAML text: numbers and booleans plain, `[]` for an empty list, text quoted when needed. */
function yamlValue(value: NonNullable<KeySpec['default']>): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value !== 'string' || /^[\w./:-]+$/.test(value)) return String(value);
  return JSON.stringify(value);
}

function keyLines(spec: KeySpec, indent: string): string[] {
  const name = spec.key.split('.').at(-1) as string;
  const shown = spec.default === undefined ? undefined : yamlValue(spec.default);
  const notes = [spec.description];
  // A secret with a variable lives in <home>/.env; one without (the notification targets) stays here, masked.
  if (spec.secret && spec.env !== undefined)
    notes.push(`Secret: keep it in <home>/.env or the environment as ${spec.env}`);
  else if (spec.secret) notes.push('Holds secrets: masked in every output');
  else if (spec.env !== undefined) notes.push(`Environment variable: ${spec.env}`);
  notes.push(shown === undefined ? 'No default' : `Default: ${shown}`);
  const value = spec.secret && spec.env !== undefined ? `\${${spec.env}:-}` : shown;
  return [`${indent}# ${notes.join('. ')}.`, `${indent}# ${name}:${value === undefined ? '' : ` ${value}`}`];
}

function sectionLines(section: Section, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const lines = section.keys.flatMap((spec) => keyLines(spec, indent));
  for (const [name, child] of section.sections) {
    if (depth === 0 && lines.length > 0) lines.push('');
    lines.push(`${indent}${name}:`, ...sectionLines(child, depth + 1));
  }
  return lines;
}

/**
 * A commented starter `config.yaml` (`complexionist config init`), generated from the schema: every setting
 * under its section with its meaning, its environment variable and its default, commented out so the file
 * changes nothing until a line is uncommented. Secrets are shown as `${VAR:-}` references only.
 */
export function starterConfig(): string {
  const header = [
    '# ComPlexionist configuration, written by `complexionist config init`.',
    '# Every setting is listed with its meaning and default, commented out: remove the "# " in front of a',
    '# setting to change it. Precedence, highest first: flags, environment variables, ./.env, <home>/.env,',
    '# ./config.yaml, <home>/config.yaml. `complexionist config --show` prints what is in effect.',
    '# Secrets (Plex token, API keys) belong in <home>/.env: `complexionist auth` saves them there.',
    '',
  ];
  return `${[...header, ...sectionLines(tree(CONFIG_KEYS), 0)].join('\n')}\n`;
}
