import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built binary the end-to-end tests run. */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** Fails with a clear message when the CLI has not been built (turbo builds it before `test`). */
export function requireBuiltBin(): string {
  if (!existsSync(BIN)) {
    throw new Error(
      `${BIN} is missing: run "pnpm --filter complexionist build" first (turbo's test task does).`,
    );
  }
  return BIN;
}

/** What a finished CLI run left behind. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCli}. */
export interface RunCliOptions {
  /** Extra environment (on top of a minimal one: PATH, HOME and COMPLEXIONIST_HOME set to the sandbox). */
  env?: Record<string, string>;
  /** Written to stdin, which is then closed (stdin is a pipe, never a terminal). */
  input?: string;
  /** Working directory. @default the sandbox */
  cwd?: string;
  /**
   * Sends {@link RunCliOptions.interruptWith} once this resolves; it may read stderr so far (to find the URL a
   * server printed, say). When it rejects the run is killed, so the test fails instead of waiting.
   */
  interruptAfter?: (stderr: () => string) => Promise<void>;
  /** The signal {@link RunCliOptions.interruptAfter} sends. @default 'SIGINT' (Ctrl-C) */
  interruptWith?: NodeJS.Signals;
}

/** A throw-away home folder for one test: `COMPLEXIONIST_HOME` and the working directory of the runs. */
export interface Sandbox {
  dir: string;
  run(args: string[], options?: RunCliOptions): Promise<CliRun>;
  /** Deletes the folder (runs a test left going are killed after each test by `setup.ts`). */
  remove(): Promise<void>;
}

/** Creates a {@link Sandbox} in the OS temp folder. */
export async function sandbox(): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'complexionist-e2e-'));
  return {
    dir,
    run: (args, options = {}) =>
      runCli(args, { cwd: dir, ...options, env: { COMPLEXIONIST_HOME: dir, HOME: dir, ...options.env } }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** CLI children still running; the test setup (`setup.ts`) kills them after each test. */
const running = new Set<ChildProcess>();

/** Kills every CLI child a test left running (a test that failed or timed out before it exited). */
export function killRunningClis(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Runs `node dist/bin.js …` as a child process with a clean environment and collects its output. */
export function runCli(args: string[], options: RunCliOptions = {}): Promise<CliRun> {
  const bin = requireBuiltBin();
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { PATH: process.env.PATH ?? '', COMPLEXIONIST_NO_BROWSER: '1', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  options
    .interruptAfter?.(() => stderr)
    .then(
      () => child.kill(options.interruptWith ?? 'SIGINT'),
      (error: unknown) => {
        stderr += `\n[test] interruptAfter failed: ${error instanceof Error ? error.message : String(error)}\n`;
        child.kill('SIGKILL');
      },
    );
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
