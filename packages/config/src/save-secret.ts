import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError } from '@complexionist/core';
import { writePrivateFile } from './private-file.js';

function line(name: string, value: string): string {
  if (/^[\w.\-/:@~+=,%]*$/.test(value)) return `${name}=${value}`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return `${name}="${value}"`;
}

/**
 * Writes or replaces `NAME=value` in `<home>/.env`, keeping every other line, with file mode 0600 (the
 * folder is created with mode 0700). The file is written beside and renamed into place, so it is never
 * readable by others, not even for a moment, and flushed to disk before the rename. An empty value removes the variable. The value itself never
 * appears in an error message.
 * @returns the path of the `.env` file.
 */
export function saveSecret(home: string, name: string, value: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ConfigError(`${name} is not a valid variable name.`);
  const file = join(home, '.env');
  const entry = value === '' ? null : line(name, value);
  if (entry !== null && parseEnv(entry)[name] !== value) {
    throw new ConfigError(
      `The value for ${name} contains characters a .env file cannot hold (quotes or a line break).`,
    );
  }
  let lines: string[] = [];
  try {
    lines = readFileSync(file, 'utf8').split(/\r?\n/);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') {
      throw new ConfigError(`${file} could not be read (${(error as Error).message}).`);
    }
  }
  const assigns = new RegExp(`^\\s*(export\\s+)?${name}\\s*=`);
  const kept = lines.filter((l) => !assigns.test(l));
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  const index = lines.findIndex((l) => assigns.test(l));
  if (entry !== null) kept.splice(index === -1 ? kept.length : Math.min(index, kept.length), 0, entry);
  writePrivateFile(file, kept.length > 0 ? `${kept.join('\n')}\n` : '');
  return file;
}
