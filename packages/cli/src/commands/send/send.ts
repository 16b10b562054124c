import {
  addSettingsOf,
  filmsToSend,
  type SendOutcome,
  sendToRadarr,
  sendToSonarr,
  showsToSend,
} from '@complexionist/arr';
import type { ArrConfig } from '@complexionist/config';
import { ComplexionistError, ConfigError } from '@complexionist/core';
import { radarrClient, sonarrClient } from '@complexionist/runtime';
import type { CommandIo } from '../../shared/context.js';
import { loadCliConfig } from '../../wiring/load.js';
import { formatSendOutcome } from './format.js';
import type { SendCommandOptions } from './options.js';
import { scanForSend } from './scan-gaps.js';

/**
 * `send radarr|sonarr`: checks the service's settings, runs the scan, then sends (or, without `--yes`,
 * says what it would send) and prints one line per item. Items that failed make the exit code 3 after
 * every other item was sent.
 */
export async function sendCommand(options: SendCommandOptions, io: CommandIo): Promise<void> {
  const { config } = await loadCliConfig(options, io);
  const arr = config[options.service];
  const { url, apiKey } = requireService(options.service, arr);
  const report = await scanForSend(options, io);
  const client = { url, apiKey };
  const settings = addSettingsOf(arr);
  const send = { dryRun: !options.yes, signal: io.signal };
  let outcome: SendOutcome;
  if (report.type === 'movies') {
    outcome = await sendToRadarr(
      radarrClient(client),
      filmsToSend(report, options.selection),
      settings,
      send,
    );
  } else {
    const shows = showsToSend(report.shows, options.selection);
    outcome = await sendToSonarr(sonarrClient(client), shows, settings, send);
  }
  io.stdout.write(formatSendOutcome(outcome));
  const failed = outcome.items.filter((i) => i.status === 'failed').length;
  if (failed > 0) {
    // Exit 3 ("a service refused or could not be reached"): the other items were sent all the same.
    throw new ComplexionistError(
      'connection',
      `${failed} of ${outcome.items.length} items could not be sent (see the FAILED lines above).`,
      { service: options.service },
    );
  }
}

function requireService(service: 'radarr' | 'sonarr', arr: ArrConfig): { url: string; apiKey: string } {
  if (arr.url && arr.apiKey) return { url: arr.url, apiKey: arr.apiKey };
  const missing = !arr.url ? `${service}.url` : `${service}.api_key`;
  const hint = `run \`complexionist auth ${service} --url URL --key KEY\``;
  throw new ConfigError(`${missing} is not set; ${hint}.`, { service, hint });
}
