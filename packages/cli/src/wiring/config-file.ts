import { configPath } from '@complexionist/config';
import type { GlobalOptions } from '../shared/context.js';
import type { CliIo } from '../shared/io.js';
import { loadHome } from './home.js';

/**
 * The YAML file that `config --set`, `ignore` and `auth` edit: `--config FILE` when given, else
 * `./config.yaml` when it exists (it overrides the home file), else `<home>/config.yaml`.
 */
export function editableConfigFile(options: GlobalOptions, io: CliIo): string {
  return configPath({
    cwd: io.cwd,
    home: loadHome(io),
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
  });
}
