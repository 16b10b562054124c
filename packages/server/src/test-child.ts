/* Runs the built server bin as a child process for the signal tests (test-only, not part of the public surface). */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built bin (`pnpm --filter @complexionist/server build`; turbo's test task builds first). */
export const SERVER_BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** A running child with its output so far. */
export interface Child {
  process: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects after `timeoutMs` with the output. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Resolves with the exit code and signal; rejects after `timeoutMs`. */
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const live = new Set<ChildProcess>();

/** Starts `node <bin> …args` with only the given environment (plus PATH). */
export function startChild(bin: string, args: string[], env: Record<string, string>): Child {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build the package first (pnpm turbo run build).`);
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', COMPLEXIONIST_NO_BROWSER: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  for (const stream of [child.stdout, child.stderr])
    stream?.setEncoding('utf8').on('data', (t) => (output += t));
  const within = <T>(promise: Promise<T>, timeoutMs: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${what} within ${timeoutMs} ms; output:\n${output}`)),
        timeoutMs,
      );
      promise.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  return {
    process: child,
    output: () => output,
    waitFor(pattern, timeoutMs = 15_000) {
      const found = new Promise<RegExpExecArray>((resolve) => {
        const check = () => {
          const match = pattern.exec(output);
          if (!match) return false;
          resolve(match);
          return true;
        };
        if (check()) return;
        const onData = () => {
          if (check()) {
            child.stdout?.off('data', onData);
            child.stderr?.off('data', onData);
          }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
      });
      return within(found, timeoutMs, `no ${pattern}`);
    },
    exited: (timeoutMs = 15_000) => within(exit, timeoutMs, 'the child did not exit'),
  };
}

/** Kills every child still running (call in afterEach) and waits until they are gone. */
export async function killChildren(): Promise<void> {
  await Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
