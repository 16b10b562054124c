import type { CommandSpec } from '../../shared/args/spec.js';

/** `complexionist notify`. */
export const NOTIFY_SPEC: CommandSpec = {
  name: 'notify',
  usage: '--test [options]',
  summary: 'Send a test message to every notification target',
  description:
    'Sends a short test message to each target under `notifications:` in config.yaml (webhook, discord,\n' +
    'ntfy, gotify) and prints which ones got it. Target URLs are shown as scheme and host only.',
  options: [{ name: 'test', type: 'boolean', description: 'Send the test message (the only action)' }],
  examples: ['complexionist notify --test'],
};
