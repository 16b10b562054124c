/**
 * complexionist — the command-line interface of ComPlexionist. The `complexionist` binary calls {@link main};
 * the commands are exported too, as plain async functions taking an options object and a {@link CliIo}.
 */

export { createRedactor, type Redactor } from '@complexionist/core';
export { type AuthOptions, authCommand } from './commands/auth/auth.js';
export { type CacheOptions, cacheCommand } from './commands/cache/cache.js';
export { type ConfigOptions, configCommand } from './commands/config/config.js';
export { type IgnoreOptions, ignoreCommand } from './commands/ignore/ignore.js';
export { scanCommand } from './commands/scan/scan.js';
export { type ServeOptions, serveCommand } from './commands/serve/serve.js';
export { main } from './main.js';
export type { CommandIo, GlobalOptions } from './shared/context.js';
export { EXIT, EXIT_BY_KIND, type ExitCode, exitCodeFor, renderError } from './shared/exit.js';
export type { CliIo, TextSink, TextSource } from './shared/io.js';
export type { ReportFormat, ScanCommandOptions, ScanKind } from './shared/scan-command-options.js';
