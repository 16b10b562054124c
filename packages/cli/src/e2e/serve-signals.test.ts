import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireBuiltBin, type Sandbox, sandbox } from '../testing/run-cli.js';

// A real process receiving a real signal: every wait is bounded and no child outlives its test.
let box: Sandbox;
let child: ChildProcess | undefined;
let output = '';
beforeEach(async () => {
  box = await sandbox();
});
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }
  child = undefined;
  await box.remove();
});

function serve(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  output = '';
  child = spawn(process.execPath, [requireBuiltBin(), 'serve', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: box.dir, COMPLEXIONIST_HOME: box.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr])
    stream?.setEncoding('utf8').on('data', (t) => (output += t));
  const current = child;
  return new Promise((resolve) => current.on('exit', (code, signal) => resolve({ code, signal })));
}

/** Resolves with the URL once the server says it listens; fails after 15 s with what it printed. */
function listening(): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start; output:\n${output}`)), 15_000);
    const check = () => {
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child?.stderr?.off('data', check);
      resolve(url);
    };
    child?.stderr?.on('data', check);
    check();
  });
}

describe('complexionist serve as a process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s stops it cleanly with exit code 0', async (signal) => {
    const exited = serve(['--demo', '--port', '0']);
    const url = await listening();
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    child?.kill(signal);
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(output).toContain(`${signal}: stopping running scans and shutting down`);
    expect(output).toContain('Stopped.');
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });

  it('a busy port exits 2 with a hint, without a raw EADDRINUSE', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as { port: number };
    try {
      expect(await serve(['--demo', '--port', String(port)])).toEqual({ code: 2, signal: null });
      expect(output).toContain(
        `error: Port ${port} is in use on 127.0.0.1; stop the other program or pick another with --port / server.port.`,
      );
      expect(output).not.toContain('EADDRINUSE');
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
