import type { DiffEpisode, DiffMovie } from '@complexionist/core';
import { messageTitle } from './summary.js';
import type { MessageContext, Notifier, NotifyEvent } from './types.js';

/** A film in a webhook payload. */
export interface WebhookMovie {
  tmdbId: number;
  title: string;
  year: number | null;
  releaseDate: string | null;
  collectionId: number;
  collectionName: string;
}

/** An episode in a webhook payload. */
export interface WebhookEpisode {
  seriesTitle: string;
  seriesTvdbId: number | null;
  seriesTmdbId: number | null;
  seasonNumber: number;
  episodeNumber: number;
  title: string | null;
  airDate: string | null;
}

/** The changes of one type in a webhook payload. */
export interface WebhookChanges<T> {
  newlyMissing: T[];
  acquired: T[];
  newlyIgnored: T[];
}

/**
 * The JSON body a `webhook` target receives (shaped like the *arr webhooks: `eventType`, `instanceName`,
 * `applicationUrl`). `movies` and `episodes` are present on `NewMissing` for the types that were scanned.
 */
export interface WebhookPayload {
  eventType: NotifyEvent['event'];
  instanceName: 'ComPlexionist';
  /** `server.public_url`, or null. */
  applicationUrl: string | null;
  /** When the event happened (the new report's `generatedAt`). */
  at: string;
  /** The short title the other targets show. */
  title: string;
  /** `ScanFailed` only: why. */
  message?: string;
  /** `NewMissing` only: the `generatedAt` of the previous complete report of each type. */
  since?: { movies?: string; episodes?: string };
  movies?: WebhookChanges<WebhookMovie>;
  episodes?: WebhookChanges<WebhookEpisode>;
}

const movie = (m: DiffMovie): WebhookMovie => ({
  tmdbId: m.tmdbId,
  title: m.title,
  year: m.year,
  releaseDate: m.releaseDate,
  collectionId: m.collection.tmdbId,
  collectionName: m.collection.name,
});

const episode = (e: DiffEpisode): WebhookEpisode => ({
  seriesTitle: e.show.title,
  seriesTvdbId: e.show.tvdbId,
  seriesTmdbId: e.show.tmdbId,
  seasonNumber: e.season,
  episodeNumber: e.episode,
  title: e.title,
  airDate: e.aired,
});

function changes<T, U>(
  diff: { newlyMissing: T[]; acquired: T[]; newlyIgnored: T[] },
  map: (item: T) => U,
): WebhookChanges<U> {
  return {
    newlyMissing: diff.newlyMissing.map(map),
    acquired: diff.acquired.map(map),
    newlyIgnored: diff.newlyIgnored.map(map),
  };
}

/** Builds the {@link WebhookPayload} of an event. Pure. */
export function webhookPayload(event: NotifyEvent, context: MessageContext): WebhookPayload {
  const payload: WebhookPayload = {
    eventType: event.event,
    instanceName: 'ComPlexionist',
    applicationUrl: context.publicUrl ?? null,
    at: event.at,
    title: messageTitle(event),
  };
  if (event.event === 'ScanFailed') payload.message = event.message;
  if (event.event === 'NewMissing') {
    payload.since = {
      ...(event.movies && { movies: event.movies.from }),
      ...(event.episodes && { episodes: event.episodes.from }),
    };
    if (event.movies) payload.movies = changes(event.movies, movie);
    if (event.episodes) payload.episodes = changes(event.episodes, episode);
  }
  return payload;
}

/** `type: webhook`: POSTs the {@link WebhookPayload} as JSON to the URL. */
export const webhookNotifier: Notifier = (target, event, context) => ({
  url: target.url,
  headers: {},
  body: webhookPayload(event, context),
});
