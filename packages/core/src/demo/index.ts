/**
 * @complexionist/core/demo — the bundled demo library (`--demo`) and in-memory implementations of core's
 * ports: no configuration, no credentials, no network. Kept out of the main entry, which stays the engine.
 */
export { createDemoData, type DemoData, type DemoTmdbShow, type DemoTvdbSeries } from './demo-data.js';
export { createDemoDeps, type DemoDeps } from './demo-deps.js';
export { createMemoryCacheStore } from './memory-cache.js';
export {
  createMemoryLibrary,
  createMemoryMetadata,
  createMemoryTmdb,
  createMemoryTvdb,
} from './memory-ports.js';
