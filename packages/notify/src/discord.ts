import { episodeLine, messageLines, messageTitle, movieLine } from './summary.js';
import type { Notifier, NotifyEvent } from './types.js';

/** Discord's limits on a webhook message's embeds (api-notes §8.7.1). */
export const DISCORD_LIMITS = {
  embeds: 10,
  title: 256,
  description: 4096,
  /** Across the titles, descriptions, fields, footers and authors of all embeds of one message. */
  total: 6000,
} as const;

/** One embed as sent (only the fields ComPlexionist uses). */
export interface DiscordEmbed {
  title: string;
  description: string;
  url?: string;
  color: number;
}

const COLORS = { NewMissing: 0xe5a00d, ScanFailed: 0xd9534f, Test: 0x5865f2 } as const;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Lines joined into a description of at most `budget` characters: whole lines only, then `…and N more` for
 * the lines left out.
 */
function describe(lines: readonly string[], budget: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i - 1;
    const tail = rest > 0 ? `\n…and ${rest} more`.length : 0;
    if (used + line.length + 1 + tail > budget) {
      kept.push(`…and ${lines.length - i} more`);
      return kept.join('\n');
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join('\n');
}

/**
 * The embeds of an event, within {@link DISCORD_LIMITS}: one for new films, one for new episodes (or one for a
 * test or failure). Long lists are cut at a line with `…and N more`, so the total stays under 6000 characters.
 */
export function discordEmbeds(event: NotifyEvent, publicUrl?: string): DiscordEmbed[] {
  const link = publicUrl ? { url: publicUrl } : {};
  const color = COLORS[event.event];
  if (event.event !== 'NewMissing') {
    const description = describe(messageLines(event, publicUrl), DISCORD_LIMITS.description);
    return [{ title: clip(messageTitle(event), DISCORD_LIMITS.title), description, color, ...link }];
  }
  const groups = [
    { title: 'New missing films', lines: (event.movies?.newlyMissing ?? []).map(movieLine) },
    { title: 'New missing episodes', lines: (event.episodes?.newlyMissing ?? []).map(episodeLine) },
  ].filter((group) => group.lines.length > 0);
  const titleBudget = groups.reduce((n, group) => n + group.title.length, 0);
  const share = Math.floor((DISCORD_LIMITS.total - titleBudget - 100) / Math.max(1, groups.length));
  return groups.map((group) => ({
    title: group.title,
    description: describe(
      group.lines.map((line) => `• ${line}`),
      Math.min(DISCORD_LIMITS.description, share),
    ),
    color,
    ...link,
  }));
}

/** `type: discord`: the Discord webhook URL; `content` carries the title, the embeds the lists. */
export const discordNotifier: Notifier = (target, event, context) => ({
  url: target.url,
  headers: {},
  body: {
    username: 'ComPlexionist',
    content: messageTitle(event).slice(0, 2000),
    embeds: discordEmbeds(event, context.publicUrl).slice(0, DISCORD_LIMITS.embeds),
    allowed_mentions: { parse: [] },
  },
});
