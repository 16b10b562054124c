import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built CLI under test. */
export const CLI_BIN = join(ROOT, 'packages', 'cli', 'dist', 'bin.js');

/** The CLI entry to run: `--cli PATH` (relative to the working folder) or the built one. */
export const cliBin = (path) => (path === undefined ? CLI_BIN : resolve(path));
const PROBE = pathToFileURL(fileURLToPath(new URL('../probe.mjs', import.meta.url))).href;

/**
 * The environment of the CLI: only what a user would set, so no variable of the shell running the
 * benchmark (a real `PLEX_TOKEN`, `NO_COLOR`, …) changes what is measured.
 */
function cliEnv(services, home, probeFile, extra) {
  return {
    ...extra,
    PATH: process.env.PATH ?? '',
    HOME: home,
    COMPLEXIONIST_HOME: home,
    NO_COLOR: '1',
    PLEX_URL: services.plexUrl,
    PLEX_TOKEN: services.plexToken,
    TMDB_API_KEY: services.tmdbKey,
    TMDB_URL: services.tmdbUrl,
    TVDB_API_KEY: services.tvdbKey,
    TVDB_URL: services.tvdbUrl,
    COMPLEXIONIST_BENCH_PROBE: probeFile,
  };
}

/**
 * Runs `complexionist scan --format json -q` as a child process with `home` as its home and working folder
 * (so no `./config.yaml` or `./.env` of the repository is read). Resolves with the wall time (spawn to
 * exit), exit code, stdout, stderr and what the probe wrote (peak RSS, CPU time, request trace).
 * `extraEnv` adds variables (the daily run's `COMPLEXIONIST_NOW`).
 */
export function runCli(services, home, label, bin = CLI_BIN, extraEnv = {}) {
  const probeFile = join(home, `probe-${label}.json`);
  const args = ['--import', PROBE, bin, 'scan', '--format', 'json', '-q'];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: home,
      env: cliEnv(services, home, probeFile, extraEnv),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      let probe = null;
      try {
        probe = JSON.parse(readFileSync(probeFile, 'utf8'));
        rmSync(probeFile, { force: true });
      } catch {
        // The child died before its exit handler ran; the table shows the peak RSS as unknown.
      }
      resolve({
        label,
        wallMs,
        code: code ?? (signal ? `signal ${signal}` : null),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        probe,
      });
    });
  });
}
