import { spawn } from 'node:child_process';

/** What a finished tool run printed. */
export interface ToolRun {
  stdout: string;
  stderr: string;
}

/** Options of {@link runTool}. */
export interface RunToolOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The run is stopped (its whole process group) and rejected after this long. */
  timeoutMs: number;
}

/**
 * Runs a tool such as npm or pnpm in a process group of its own and resolves with its output when it
 * exits 0. A non-zero exit or the timeout rejects with the command and the tail of its output, so a test
 * fails with the cause; on a timeout every process of the group (npm's own children included) is killed,
 * so nothing outlives the test.
 */
export function runTool(command: string, args: readonly string[], options: RunToolOptions): Promise<ToolRun> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const line = [command, ...args].join(' ');
  const tail = () => `${stdout}\n${stderr}`.trim().split('\n').slice(-25).join('\n');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new Error(`\`${line}\` did not finish within ${options.timeoutMs / 1000} s:\n${tail()}`));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // The leader is gone; make sure no grandchild (a compiler, a second npm) lingers either.
      killGroup(child.pid);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`\`${line}\` exited with ${code ?? signal}:\n${tail()}`));
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group has already exited.
  }
}
