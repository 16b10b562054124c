/**
 * @complexionist/runtime — the composition root of ComPlexionist: the one place the CLI and the server get
 * their live clients (Plex, TMDB, TVDB, Radarr, Sonarr), the cache, the list of secrets to redact and the
 * scans they run.
 */
export { type ArrAccess, radarrClient, sonarrClient } from './arr-clients.js';
export { CLIENT_ID_FILE, clientIdentifier } from './client-id.js';
export { type DemoScannerOptions, demoScanner } from './demo-scanner.js';
export { cachePath, type HomeCacheOptions, openHomeCache } from './home-cache.js';
export { checkServiceKey, type KeyService, type KeyToCheck } from './key-check.js';
export { type LiveClients, type LiveClientsOptions, liveClients } from './live-clients.js';
export { type LiveScannerOptions, liveScanner } from './live-scanner.js';
export { type HalfRun, runScan, type ScanHalfRunners, type ScanKind } from './run-scan.js';
export type { ScanDefaults, Scanner, ScanRun } from './scanner.js';
export { configSecrets, SECRET_KEYS } from './secrets.js';
export { configSendTargets, type SendTargets } from './send-targets.js';
