/**
 * @complexionist/notify — tells webhook, Discord, ntfy and Gotify targets what is new since the last complete
 * scan, through the shared HTTP policy, with retries that never fail the scan.
 */
export { DISCORD_LIMITS, type DiscordEmbed, discordEmbeds } from './discord.js';
export { NTFY_MAX_BYTES } from './ntfy.js';
export { describeTarget, type NotifyLogger, notifyAll, type SendOptions, sendToTarget } from './send.js';
export { messageLines, messageTitle } from './summary.js';
export type { MessageContext, NotifyEvent, SendResult, Target } from './types.js';
export {
  type WebhookChanges,
  type WebhookEpisode,
  type WebhookMovie,
  type WebhookPayload,
  webhookPayload,
} from './webhook.js';
