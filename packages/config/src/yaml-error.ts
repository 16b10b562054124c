import { ConfigError } from '@complexionist/core';
import type { YAMLError } from 'yaml';

/**
 * A YAML syntax error as `FILE:LINE: not valid YAML: <what>.`, like every other config error. The yaml
 * library appends " at line L, column C:" and a code frame to its message; the line moves to the prefix
 * and the frame is dropped (the user has the file open).
 */
export function yamlSyntaxError(file: string, error: YAMLError): ConfigError {
  const line = error.linePos?.[0].line;
  const what = (error.message.split(/ at line \d+, column \d+:/)[0] ?? error.message).split('\n')[0]?.trim();
  const where = line === undefined ? file : `${file}:${line}`;
  return new ConfigError(`${where}: not valid YAML: ${(what ?? '').replace(/[.:]$/, '')}.`);
}
