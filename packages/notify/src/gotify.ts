import { messageLines, messageTitle } from './summary.js';
import type { Notifier } from './types.js';

/**
 * `type: gotify`: POSTs `{title, message, priority, extras}` to `<url>/message` with the application token in
 * the `X-Gotify-Key` header (api-notes §8.7.3); a click opens the page when `server.public_url` is set.
 */
export const gotifyNotifier: Notifier = (target, event, context) => ({
  url: `${target.url.replace(/\/+$/, '')}/message`,
  headers: target.token ? { 'X-Gotify-Key': target.token } : ({} as Record<string, string>),
  body: {
    title: messageTitle(event),
    message: messageLines(event, context.publicUrl).join('\n'),
    priority: event.event === 'ScanFailed' ? 6 : 5,
    extras: {
      'client::display': { contentType: 'text/plain' },
      ...(context.publicUrl && { 'client::notification': { click: { url: context.publicUrl } } }),
    },
  },
});
