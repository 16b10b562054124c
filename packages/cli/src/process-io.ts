import { setMaxListeners } from 'node:events';
import { openBrowser } from './shared/browser.js';
import type { CliIo } from './shared/io.js';

/**
 * The real process as a {@link CliIo}: Ctrl-C aborts the running command (which then exits 130 with the
 * cache intact); a second Ctrl-C exits at once.
 */
export function processIo(): { io: CliIo; dispose: () => void } {
  const controller = new AbortController();
  // Every request of a scan listens to this one signal; hundreds at once is normal, not a leak.
  setMaxListeners(0, controller.signal);
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort(new DOMException('Interrupted', 'AbortError'));
  };
  process.on('SIGINT', onSigint);
  // `complexionist … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    isTTY: {
      stdin: Boolean(process.stdin.isTTY),
      stdout: Boolean(process.stdout.isTTY),
      stderr: Boolean(process.stderr.isTTY),
    },
    now: () => new Date(),
    signal: controller.signal,
    openBrowser: (url) => openBrowser(url, process.env),
  };
  return { io, dispose: () => process.off('SIGINT', onSigint) };
}
