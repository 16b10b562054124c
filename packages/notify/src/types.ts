import type { EpisodeReportDiff, MovieReportDiff } from '@complexionist/core';

/** A notification target as configured (`notifications:` in config.yaml; see `@complexionist/config`). */
export interface Target {
  type: 'webhook' | 'discord' | 'ntfy' | 'gotify';
  url: string;
  token?: string;
  /** Also notify failed and partial scans. */
  onFailure: boolean;
}

/** What happened, to be told to every target. */
export type NotifyEvent =
  | {
      /** A complete scan found films or episodes missing that were not missing in the previous complete scan. */
      event: 'NewMissing';
      /** `generatedAt` of the new report. */
      at: string;
      movies?: MovieReportDiff;
      episodes?: EpisodeReportDiff;
    }
  | {
      /** A scan failed or was partial (sent only to targets with `onFailure`). */
      event: 'ScanFailed';
      at: string;
      /** Why, written for the user and free of secrets. */
      message: string;
    }
  | { event: 'Test'; at: string };

/** Context every message shares. */
export interface MessageContext {
  /** `server.public_url`: messages link to the page when it is set. */
  publicUrl?: string;
}

/** One HTTP request a notifier wants sent. */
export interface OutgoingRequest {
  /** Full URL; it may hold secrets (webhook tokens, topics), so it is never shown. */
  url: string;
  headers: Record<string, string>;
  /** A JSON value (sent as application/json) or text. */
  body: unknown;
}

/** Turns an event into the request for one kind of target. Pure. */
export type Notifier = (target: Target, event: NotifyEvent, context: MessageContext) => OutgoingRequest;

/** The outcome of sending to one target. Never holds a secret. */
export interface SendResult {
  type: Target['type'];
  /** The target as it may be shown: scheme and host only. */
  target: string;
  ok: boolean;
  attempts: number;
  /** Why it failed, when it did. */
  error?: string;
}
