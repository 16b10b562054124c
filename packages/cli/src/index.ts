/**
 * complexionist — the command-line interface of ComPlexionist. The `complexionist` binary calls {@link main};
 * the commands are exported too, as plain async functions taking an options object and a {@link CliIo}.
 */

export { createRedactor, type Redactor } from '@complexionist/core';
export { type AuthOptions, authCommand } from './commands/auth.js';
export { type CacheOptions, cacheCommand } from './commands/cache.js';
export { type ConfigOptions, configCommand } from './commands/config.js';
export type { CommandIo, GlobalOptions } from './commands/context.js';
export { type IgnoreOptions, ignoreCommand } from './commands/ignore.js';
export { scanCommand } from './commands/scan.js';
export type { ReportFormat, ScanCommandOptions, ScanKind } from './commands/scan-options.js';
export { type ServeOptions, serveCommand } from './commands/serve.js';
export { EXIT, type ExitCode, exitCodeFor, renderError } from './exit.js';
export type { CliIo, TextSink, TextSource } from './io.js';
export { main } from './main.js';
