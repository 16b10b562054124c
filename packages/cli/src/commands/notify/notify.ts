import { ConnectionError, UsageError } from '@complexionist/core';
import { notifyAll, type SendOptions } from '@complexionist/notify';
import type { ParsedCommand } from '../../shared/args/parse.js';
import { flag } from '../../shared/args/values.js';
import { type CommandIo, type GlobalOptions, globalOptions, say } from '../../shared/context.js';
import { loadCliConfig } from '../../wiring/load.js';

/** Options of `complexionist notify`. */
export interface NotifyOptions extends GlobalOptions {
  test: boolean;
  /** Waits between retries (tests pass one that returns at once). */
  sleep?: SendOptions['sleep'];
}

/** Reads `notify --test`. */
export function notifyOptionsFromArgs(parsed: ParsedCommand): NotifyOptions {
  const options = { ...globalOptions(parsed.values), test: flag(parsed.values, 'test') };
  if (!options.test) {
    throw new UsageError('notify needs --test (send a test message to every target).', {
      hint: 'Run `complexionist notify --test`.',
    });
  }
  return options;
}

/**
 * `notify --test`: sends a test message to every target of `notifications:` (with the usual retries) and prints
 * one line per target. Exits 3 when a target did not get it, 2 when there is no target.
 */
export async function notifyCommand(options: NotifyOptions, io: CommandIo): Promise<void> {
  const { config } = await loadCliConfig(options, io);
  const targets = config.notifications;
  if (targets.length === 0) {
    throw new UsageError('No notification targets are configured.', {
      hint: `Add a \`notifications:\` list to config.yaml, e.g. \`- {type: discord, url: \${DISCORD_WEBHOOK}}\`.`,
    });
  }
  say(io, options, `Sending a test message to ${targets.length} target${targets.length === 1 ? '' : 's'}…`);
  const results = await notifyAll(
    targets,
    { event: 'Test', at: io.now().toISOString() },
    {
      ...(config.server.publicUrl && { publicUrl: config.server.publicUrl }),
      ...(options.sleep && { sleep: options.sleep }),
    },
  );
  for (const result of results) {
    io.stdout.write(result.ok ? `sent    ${result.target}\n` : `failed  ${result.target}: ${result.error}\n`);
  }
  const failed = results.filter((result) => !result.ok).length;
  if (failed > 0) {
    throw new ConnectionError(
      `${failed} of ${results.length} notification targets did not get the test message.`,
      {
        service: 'notify',
        hint: 'Check the URL and token of each failed target under `notifications:` in config.yaml.',
      },
    );
  }
}
