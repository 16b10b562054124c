import { messageLines, messageTitle } from './summary.js';
import type { Notifier } from './types.js';

/** ntfy turns a message over 4096 bytes into an attachment (api-notes §8.7.2); stay under it. */
export const NTFY_MAX_BYTES = 4096;

/** A header value: plain when ASCII, else RFC 2047 encoded (what ntfy reads for non-ASCII titles). */
export function headerText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** Cuts text to at most `max` UTF-8 bytes at a line end (or a character), marking the cut. */
export function fitBytes(text: string, max = NTFY_MAX_BYTES): string {
  if (Buffer.byteLength(text, 'utf8') <= max) return text;
  const lines = text.split('\n');
  while (lines.length > 1 && Buffer.byteLength(`${lines.join('\n')}\n…`, 'utf8') > max) lines.pop();
  const kept = `${lines.join('\n')}\n…`;
  if (Buffer.byteLength(kept, 'utf8') <= max) return kept;
  return `${Buffer.from(text, 'utf8')
    .subarray(0, max - 3)
    .toString('utf8')
    .replace(/\uFFFD$/, '')}…`;
}

/**
 * `type: ntfy`: POSTs the text to the topic URL (`https://ntfy.sh/<topic>` or a self-hosted one) with a
 * `Title`, `Tags` and, when `server.public_url` is set, a `Click` link; `token` is sent as a Bearer token.
 */
export const ntfyNotifier: Notifier = (target, event, context) => ({
  url: target.url,
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
    Title: headerText(messageTitle(event)),
    Tags: event.event === 'ScanFailed' ? 'warning' : 'movie_camera',
    ...(context.publicUrl && { Click: context.publicUrl }),
    ...(target.token && { Authorization: `Bearer ${target.token}` }),
  },
  body: fitBytes(messageLines(event, context.publicUrl).join('\n')),
});
