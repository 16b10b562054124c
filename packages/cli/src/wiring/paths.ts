import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { homePaths } from '@complexionist/config';
import type { GlobalOptions } from '../shared/context.js';
import type { CliIo } from '../shared/io.js';
import { loadHome } from './home.js';

/**
 * The files ComPlexionist reads and writes, labelled, highest precedence first (docs/spec.md §6, §7); those
 * that do not exist yet are marked.
 */
export function configPaths(options: GlobalOptions, io: CliIo): Array<[string, string]> {
  return filePaths(options, io).map(([label, path]) => [
    label,
    existsSync(path) ? path : `${path} (not created yet)`,
  ]);
}

function filePaths(options: GlobalOptions, io: CliIo): Array<[string, string]> {
  const home = loadHome(io);
  const paths = homePaths(home);
  const yaml: Array<[string, string]> =
    options.configFile === undefined
      ? [
          ['config', join(io.cwd, 'config.yaml')],
          ['config', paths.config],
        ]
      : [['config', resolve(io.cwd, options.configFile)]];
  return [
    ['home', home],
    ['env', join(io.cwd, '.env')],
    ['env', paths.env],
    ...yaml,
    ['cache', paths.cacheDb],
  ];
}
