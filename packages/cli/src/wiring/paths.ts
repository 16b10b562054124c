import { join, resolve } from 'node:path';
import type { GlobalOptions } from '../commands/context.js';
import type { CliIo } from '../io.js';
import { loadHome } from './home.js';
import { cachePath } from './live-session.js';

/** The files ComPlexionist reads and writes, labelled, in precedence order (spec §6, §7). */
export function configPaths(options: GlobalOptions, io: CliIo): Array<[string, string]> {
  const home = loadHome(io);
  const yaml: Array<[string, string]> =
    options.configFile === undefined
      ? [
          ['config', resolve(io.cwd, 'config.yaml')],
          ['config', join(home, 'config.yaml')],
        ]
      : [['config', resolve(io.cwd, options.configFile)]];
  return [
    ['home', home],
    ['env', resolve(io.cwd, '.env')],
    ['env', join(home, '.env')],
    ...yaml,
    ['cache', cachePath(home)],
  ];
}
