/**
 * complexionist — the command-line interface of ComPlexionist. The `complexionist` binary calls {@link main};
 * the commands are exported too, as plain async functions taking an options object and a {@link CliIo}.
 */
export { main } from './main.js';
export { EXIT, type ExitCode, exitCodeFor, renderError } from './exit.js';
export type { CliIo, TextSink, TextSource } from './io.js';
export { createRedactor, type Redactor } from './redact.js';
export type { CommandIo, GlobalOptions } from './commands/context.js';
export { scanCommand } from './commands/scan.js';
export type { ScanCommandOptions, ScanKind, ReportFormat } from './commands/scan-options.js';
export { authCommand, type AuthOptions } from './commands/auth.js';
export { cacheCommand, type CacheOptions } from './commands/cache.js';
export { configCommand, type ConfigOptions } from './commands/config.js';
export { ignoreCommand, type IgnoreOptions } from './commands/ignore.js';
export { serveCommand, type ServeOptions } from './commands/serve.js';
