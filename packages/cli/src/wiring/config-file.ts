import { join, resolve } from 'node:path';
import type { GlobalOptions } from '../commands/context.js';
import type { CliIo } from '../io.js';
import { loadHome } from './home.js';

/**
 * The YAML file that `config --set`, `ignore` and `auth` edit: `--config FILE` when given, else
 * `<home>/config.yaml` (created when missing).
 */
export function editableConfigFile(options: GlobalOptions, io: CliIo): string {
  if (options.configFile !== undefined) return resolve(io.cwd, options.configFile);
  return join(loadHome(io), 'config.yaml');
}
