import { type RunningReceiver, startReceiver } from '@complexionist/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, type DiscordEmbed } from './discord.js';
import { fitBytes, headerText, NTFY_MAX_BYTES } from './ntfy.js';
import { sendToTarget } from './send.js';
import { manyEpisodes, newMissing } from './test-events.js';
import type { WebhookPayload } from './webhook.js';

let receiver: RunningReceiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

const noWait = async () => {};
const publicUrl = 'https://gaps.example.org';

describe('webhook', () => {
  it('posts the diff as JSON, with a link to the page', async () => {
    const target = { type: 'webhook' as const, url: `${receiver.origin}/hooks/cx`, onFailure: false };
    const result = await sendToTarget(target, newMissing(), { publicUrl, sleep: noWait });
    expect(result).toMatchObject({ ok: true, attempts: 1, type: 'webhook' });
    const [req] = receiver.requests;
    expect(req).toMatchObject({ method: 'POST', path: '/hooks/cx' });
    expect(req?.headers['content-type']).toContain('application/json');
    const body = receiver.bodies()[0] as WebhookPayload;
    expect(body).toMatchObject({
      eventType: 'NewMissing',
      instanceName: 'ComPlexionist',
      applicationUrl: publicUrl,
      title: 'ComPlexionist: 1 new missing film, 1 new missing episode',
      since: { movies: '2026-01-01T04:00:00.000Z', episodes: '2026-01-01T04:00:00.000Z' },
    });
    expect(body.movies?.newlyMissing).toEqual([
      {
        tmdbId: 945961,
        title: 'Alien: Romulus',
        year: 2024,
        releaseDate: '2024-08-13',
        collectionId: 8091,
        collectionName: 'Alien Collection',
      },
    ]);
    expect(body.episodes?.newlyMissing).toEqual([
      {
        seriesTitle: 'Breaking Bad',
        seriesTvdbId: 81189,
        seriesTmdbId: 1396,
        seasonNumber: 5,
        episodeNumber: 16,
        title: 'Felina',
        airDate: '2013-09-29',
      },
    ]);
  });
});

describe('discord', () => {
  const target = () => ({
    type: 'discord' as const,
    url: `${receiver.origin}/api/webhooks/1/tok`,
    onFailure: false,
  });

  it('sends the title as content and the lists as embeds', async () => {
    await sendToTarget(target(), newMissing(), { publicUrl, sleep: noWait });
    const body = receiver.bodies()[0] as { content: string; embeds: DiscordEmbed[] };
    expect(body.content).toBe('ComPlexionist: 1 new missing film, 1 new missing episode');
    expect(body.embeds.map((e) => [e.title, e.description, e.url])).toEqual([
      ['New missing films', '• Alien: Romulus (2024) · Alien Collection', publicUrl],
      ['New missing episodes', '• Breaking Bad S05E16 "Felina"', publicUrl],
    ]);
  });

  it("keeps a long report within Discord's embed limits, saying how many were left out", async () => {
    await sendToTarget(target(), newMissing(undefined, manyEpisodes(800)), { sleep: noWait });
    const { embeds } = receiver.bodies()[0] as { embeds: DiscordEmbed[] };
    expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    const total = embeds.reduce((n, e) => n + e.title.length + e.description.length, 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.total);
    for (const e of embeds) expect(e.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(embeds[1]?.description).toMatch(/\n…and \d+ more$/);
    const listed = (embeds[1]?.description.match(/^• /gm) ?? []).length;
    const more = Number(/…and (\d+) more$/.exec(embeds[1]?.description ?? '')?.[1]);
    expect(listed + more).toBe(800);
  });
});

describe('ntfy', () => {
  it('posts text to the topic with a title, a click link and the token', async () => {
    const target = {
      type: 'ntfy' as const,
      url: `${receiver.origin}/my-gaps`,
      token: 'tk_secret',
      onFailure: false,
    };
    await sendToTarget(target, newMissing(), { publicUrl, sleep: noWait });
    const [req] = receiver.requests;
    expect(req?.path).toBe('/my-gaps');
    expect(req?.headers).toMatchObject({
      title: 'ComPlexionist: 1 new missing film, 1 new missing episode',
      click: publicUrl,
      authorization: 'Bearer tk_secret',
    });
    expect(req?.body).toBe(
      `• Alien: Romulus (2024) · Alien Collection\n• Breaking Bad S05E16 "Felina"\nOpen ${publicUrl}`,
    );
  });

  it('keeps the message under 4096 bytes', async () => {
    const target = { type: 'ntfy' as const, url: `${receiver.origin}/t`, onFailure: false };
    const long = manyEpisodes(300).map((e) => ({ ...e, title: 'é'.repeat(3000) }));
    await sendToTarget(target, newMissing([], long), { sleep: noWait });
    expect(Buffer.byteLength(receiver.requests[0]?.body ?? '', 'utf8')).toBeLessThanOrEqual(NTFY_MAX_BYTES);
  });
});

describe('gotify', () => {
  it('posts {title, message, priority} to /message with the app token', async () => {
    const target = {
      type: 'gotify' as const,
      url: `${receiver.origin}/gotify/`,
      token: 'AppTok123',
      onFailure: false,
    };
    await sendToTarget(target, newMissing(), { publicUrl, sleep: noWait });
    const [req] = receiver.requests;
    expect(req?.path).toBe('/gotify/message');
    expect(req?.headers['x-gotify-key']).toBe('AppTok123');
    expect(receiver.bodies()[0]).toMatchObject({
      title: 'ComPlexionist: 1 new missing film, 1 new missing episode',
      priority: 5,
      extras: { 'client::notification': { click: { url: publicUrl } } },
    });
  });
});

describe('ntfy text helpers', () => {
  it('encodes a non-ASCII title as RFC 2047 and leaves ASCII alone', () => {
    expect(headerText('ComPlexionist: test')).toBe('ComPlexionist: test');
    expect(headerText('Amélie')).toBe(`=?UTF-8?B?${Buffer.from('Amélie').toString('base64')}?=`);
  });

  it('cuts at a line end and marks the cut', () => {
    expect(fitBytes('one\ntwo\nthree', 11)).toBe('one\ntwo\n…'); // '…' is 3 bytes
    expect(fitBytes('short', 9)).toBe('short');
  });
});
