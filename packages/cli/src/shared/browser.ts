import { spawn } from 'node:child_process';

/** True when opening a browser is allowed: not in CI and not turned off with `COMPLEXIONIST_NO_BROWSER`. */
export function browserAllowed(env: Record<string, string | undefined>): boolean {
  return !env.COMPLEXIONIST_NO_BROWSER && !env.CI;
}

/** The platform's "open this URL" command. */
function opener(url: string): { command: string; args: string[] } {
  if (process.platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd builtin; the empty string is the window title it expects first.
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Tries to open `url` in the default browser. Failure (no opener installed, no display) is silent: the URL
 * is always printed as well, so the user can open it by hand.
 */
export function openBrowser(url: string, env: Record<string, string | undefined>): Promise<void> {
  if (!browserAllowed(env)) return Promise.resolve();
  return new Promise((resolve) => {
    try {
      const { command, args } = opener(url);
      const child = spawn(command, args, { stdio: 'ignore', detached: true });
      child.on('error', () => resolve());
      child.on('spawn', () => {
        child.unref();
        resolve();
      });
    } catch {
      resolve();
    }
  });
}
