/**
 * @complexionist/core — the framework-free gap engine of ComPlexionist.
 * Ports (interfaces to data sources and caches), pure gap detection, scan orchestration and report formatting.
 */

export * from './errors.js';
export type * from './options.js';
export type * from './ports.js';
export type * from './report.js';
export type * from './scan-types.js';
export type * from './types.js';
