// The image's entry point: runs the `complexionist` CLI in this process, with two additions for containers.
//
// 1. A stop request arrives as SIGTERM, and Node running as PID 1 ignores a signal it has no handler for, so
//    `docker stop` would wait for its timeout and kill the server. Until the CLI handles SIGTERM itself, it is
//    passed on as the Ctrl-C the CLI does handle: running scans are cancelled and the cache is closed.
// 2. Inside the container the server listens on 0.0.0.0, so it refuses to start without an API key. When it
//    exits for a configuration error and no key came from the environment, say how to give it one here.

process.on('SIGTERM', () => {
  // Only this handler: the CLI does not handle SIGTERM (yet), so let its SIGINT handler stop it.
  if (process.listenerCount('SIGTERM') === 1) process.emit('SIGINT', 'SIGINT');
});

const CONFIG_ERROR_EXIT = 2;

process.on('exit', (code) => {
  const serving = process.argv[2] === 'serve';
  const { COMPLEXIONIST_API_KEY: key = '' } = process.env;
  const keyFromEnv = key.trim() !== '';
  if (!serving || keyFromEnv || code !== CONFIG_ERROR_EXIT) return;
  process.stderr.write(
    [
      '',
      'In this container the server listens on 0.0.0.0, so it needs an API key: a random string of 16 or more characters.',
      'Give it one as an environment variable, e.g. `-e COMPLEXIONIST_API_KEY=$(openssl rand -hex 24)`',
      '(compose: `environment: COMPLEXIONIST_API_KEY: …`), or as a line COMPLEXIONIST_API_KEY=… in /config/.env.',
      'See docs/container.md.',
      '',
    ].join('\n'),
  );
});

await import('./dist/bin.js');
