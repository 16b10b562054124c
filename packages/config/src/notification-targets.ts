import * as v from 'valibot';

/** Kinds of notification target (`notifications[].type`). */
export const NOTIFICATION_TYPES = ['webhook', 'discord', 'ntfy', 'gotify'] as const;

/** A kind of notification target. */
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** One entry of `notifications:` in config.yaml, camelCased. */
export interface NotificationTarget {
  type: NotificationType;
  /** Webhook URL, Discord webhook URL, ntfy topic URL, or Gotify server URL. Holds secrets: never shown whole. */
  url: string;
  /** ntfy access token (optional) or Gotify application token (required). */
  token?: string;
  /** Also send a message when a scan fails or is partial. @default false */
  onFailure: boolean;
}

// config.yaml is read with YAML's failsafe schema, so `on_failure: true` arrives as the text "true".
const flag = v.pipe(
  v.union([v.boolean(), v.picklist(['true', 'false', 'yes', 'no', 'on', 'off'])]),
  v.transform((value) => value === true || value === 'true' || value === 'yes' || value === 'on'),
);

const httpUrl = v.pipe(
  v.string(),
  v.trim(),
  v.url(),
  v.check((text) => /^https?:\/\//i.test(text)),
);

const TargetSchema = v.pipe(
  v.strictObject({
    type: v.picklist(NOTIFICATION_TYPES),
    url: httpUrl,
    token: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())),
    on_failure: v.optional(flag, false),
  }),
  v.check((target) => target.type !== 'gotify' || target.token !== undefined),
  v.transform(
    ({ on_failure, token, ...rest }): NotificationTarget => ({
      ...rest,
      ...(token === undefined ? {} : { token }),
      onFailure: on_failure,
    }),
  ),
);

const TargetsSchema = v.array(TargetSchema);

/** What a wrong `notifications:` value is told it must be (completes "notifications must be …"). */
export const NOTIFICATION_TARGETS_EXPECTED =
  'a list of targets such as {type: discord, url: https://…}; type is webhook, discord, ntfy or gotify, ' +
  'url an http(s) URL, gotify needs a token, and the only other keys are token and on_failure';

/** Reads the `notifications:` list; undefined when it is not a valid list of targets. */
export function parseNotificationTargets(raw: unknown): NotificationTarget[] | undefined {
  const result = v.safeParse(TargetsSchema, raw);
  return result.success ? result.output : undefined;
}

/** A target's URL for display: the scheme and host, the rest masked (webhook ids, tokens and topics are secrets). */
export function maskTargetUrl(url: string): string {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}/********`;
  } catch {
    return '********';
  }
}

/** A copy of a target with its URL and token masked, for `config --show` and logs. */
export function maskTarget(target: NotificationTarget): NotificationTarget {
  return {
    ...target,
    url: maskTargetUrl(target.url),
    ...(target.token === undefined ? {} : { token: '********' }),
  };
}

/** The secret parts of targets (whole URLs, paths, queries and tokens), for redaction of logs and errors. */
export function targetSecrets(targets: readonly NotificationTarget[]): string[] {
  const out: string[] = [];
  for (const target of targets) {
    out.push(target.url);
    if (target.token) out.push(target.token);
    try {
      const url = new URL(target.url);
      if (url.pathname.length > 1) out.push(url.pathname.slice(1));
      if (url.search.length > 1) out.push(url.search.slice(1));
    } catch {
      // An unparsable URL was refused when the configuration was loaded.
    }
  }
  return out.filter((secret) => secret.length >= 4);
}
