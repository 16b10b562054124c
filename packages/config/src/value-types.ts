import { describeScanOption, SCAN_OPTIONS } from '@complexionist/core';
import { normalizeIgnoreValue } from './ignore-values.js';
import { NOTIFICATION_TARGETS_EXPECTED, parseNotificationTargets } from './notification-targets.js';
import { PLEX_SERVERS_EXPECTED, parsePlexServers } from './plex-servers.js';

/** Kinds of setting values; each knows how to read a raw value and how to describe itself in errors. */
export type ValueType =
  | 'text'
  | 'secret'
  | 'url'
  | 'boolean'
  | 'whole'
  | 'hours'
  | 'port'
  | 'episode-source'
  | 'language'
  | 'titles'
  | 'labels'
  | 'tmdb-ids'
  | 'show-ids'
  | 'episode-ids'
  | 'hosts'
  | 'cron'
  | 'notification-targets'
  | 'plex-servers';

/** A value read from YAML, an environment variable or a flag, before checking. */
export type RawValue = unknown;

const INVALID = Symbol('invalid');
/** A number above the setting's `max`: the message then names the upper bound. */
const TOO_BIG = Symbol('too big');
type Parsed = unknown | typeof INVALID | typeof TOO_BIG;

/** Bounds of a number setting (from its {@link KeySpec}). */
export interface ValueBounds {
  min?: number | undefined;
  max?: number | undefined;
}

interface TypeRule {
  /** Completes "… must be …". */
  describe(min?: number): string;
  parse(raw: RawValue, bounds: ValueBounds): Parsed;
}

/** A BCP-47 language tag: a 2–3 letter language, then optional subtags (`en`, `pt-BR`, `zh-Hant-TW`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

const BOOLEANS: Record<string, boolean> = {
  true: true,
  yes: true,
  on: true,
  '1': true,
  false: false,
  no: false,
  off: false,
  '0': false,
};

function scalarText(raw: RawValue): string | null {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return null;
}

function parseNumber(raw: RawValue, bounds: ValueBounds, whole: boolean): Parsed {
  const text = scalarText(raw);
  const pattern = whole ? /^\+?\d+$/ : /^\+?(\d+(\.\d*)?|\.\d+)$/;
  if (text === null || !pattern.test(text)) return INVALID;
  const n = Number(text);
  if (n < (bounds.min ?? 0)) return INVALID;
  return bounds.max !== undefined && n > bounds.max ? TOO_BIG : n;
}

function parseList(raw: RawValue, item: (value: RawValue) => Parsed): Parsed {
  // A single value where a list is expected is read as a list of one (fewer false alarms).
  const items = Array.isArray(raw) ? raw : [raw];
  const out: unknown[] = [];
  for (const value of items) {
    const parsed = item(value);
    if (parsed === INVALID) return INVALID;
    if (!out.includes(parsed)) out.push(parsed);
  }
  return out;
}

/** A host name or IP address as a browser sends it in `Host` (no scheme, path or port), lower-cased. */
function hostName(raw: RawValue): Parsed {
  const text = scalarText(raw)?.toLowerCase().replace(/\.$/, '');
  return text && /^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(text) ? text : INVALID;
}

const RULES: Record<ValueType, TypeRule> = {
  text: { describe: () => 'text', parse: (raw) => scalarText(raw) || INVALID },
  secret: { describe: () => 'text', parse: (raw) => scalarText(raw) || INVALID },
  url: {
    describe: () => 'an http:// or https:// URL',
    parse(raw) {
      const text = scalarText(raw);
      if (!text || !URL.canParse(text)) return INVALID;
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:' ? text.replace(/\/+$/, '') : INVALID;
    },
  },
  boolean: {
    describe: () => 'true or false',
    parse: (raw) =>
      typeof raw === 'boolean' ? raw : (BOOLEANS[scalarText(raw)?.toLowerCase() ?? ''] ?? INVALID),
  },
  whole: {
    describe: (min = 0) => `a whole number ≥ ${min}`,
    parse: (raw, bounds) => parseNumber(raw, bounds, true),
  },
  hours: {
    describe: () => 'a number of hours ≥ 0',
    parse: (raw, bounds) => parseNumber(raw, { ...bounds, min: 0 }, false),
  },
  port: {
    describe: () => 'a port number from 1 to 65535',
    parse: (raw) => {
      const n = parseNumber(raw, { min: 1 }, true);
      return typeof n === 'number' && n <= 65535 ? n : INVALID;
    },
  },
  'episode-source': {
    describe: () => describeScanOption(SCAN_OPTIONS.episodeSource),
    parse: (raw) => {
      const text = scalarText(raw)?.toLowerCase();
      return SCAN_OPTIONS.episodeSource.choices.find((choice) => choice === text) ?? INVALID;
    },
  },
  language: {
    describe: () => 'a language tag such as en, de or pt-BR',
    parse: (raw) => {
      const text = scalarText(raw);
      return text && LANGUAGE_TAG.test(text) ? text : INVALID;
    },
  },
  titles: {
    describe: () => 'a list of show titles',
    parse: (raw) => parseList(raw, (v) => scalarText(v) || INVALID),
  },
  labels: {
    describe: () => 'a list of tag labels',
    parse: (raw) => parseList(raw, (v) => scalarText(v) || INVALID),
  },
  'tmdb-ids': {
    describe: () => 'a list of TMDB ids (whole numbers)',
    parse: (raw) => parseList(raw, (v) => normalizeIgnoreValue('movies', v) ?? INVALID),
  },
  'show-ids': {
    describe: () => 'a list of show ids such as 81189 (TVDB) or tmdb:1396',
    parse: (raw) => parseList(raw, (v) => normalizeIgnoreValue('shows', v) ?? INVALID),
  },
  'episode-ids': {
    describe: () => 'a list of episodes such as "81189:S01E02" or "tmdb:1396:S01E02"',
    parse: (raw) => parseList(raw, (v) => normalizeIgnoreValue('episodes', v) ?? INVALID),
  },
  // An environment variable holds the list comma-separated.
  hosts: {
    describe: () => 'a list of host names such as complexionist.example.com (no scheme or port)',
    parse: (raw) => parseList(typeof raw === 'string' ? raw.split(',') : raw, hostName),
  },
  cron: {
    describe: () => 'a cron expression of 5 fields (minute hour day month weekday), e.g. "0 4 * * *"',
    // The shape only: the server checks the expression itself with its cron library when it starts.
    parse(raw) {
      const text = scalarText(raw);
      if (!text) return INVALID;
      const fields = text.split(/\s+/);
      return (fields.length === 5 || fields.length === 6) && fields.every((f) => /^[\w*,/#?LW-]+$/i.test(f))
        ? fields.join(' ')
        : INVALID;
    },
  },
  'notification-targets': {
    describe: () => NOTIFICATION_TARGETS_EXPECTED,
    parse: (raw) => parseNotificationTargets(raw) ?? INVALID,
  },
  'plex-servers': {
    describe: () => PLEX_SERVERS_EXPECTED,
    parse: (raw) => parsePlexServers(raw) ?? INVALID,
  },
};

/** Result of {@link parseValue}: the typed value, or the phrase that completes "must be …". */
export type ParseResult = { ok: true; value: unknown } | { ok: false; expected: string };

/** Reads a raw value as the given type (strings such as `"2"` or `"yes"` are accepted for numbers and booleans). */
export function parseValue(type: ValueType, raw: RawValue, bounds: ValueBounds = {}): ParseResult {
  const rule = RULES[type];
  const value = rule.parse(raw, bounds);
  if (value === TOO_BIG) {
    const what = type === 'hours' ? 'a number of hours' : 'a whole number';
    return { ok: false, expected: `${what} ≤ ${bounds.max}` };
  }
  return value === INVALID ? { ok: false, expected: rule.describe(bounds.min ?? 0) } : { ok: true, value };
}

/** True for the list types. */
export function isListType(type: ValueType): boolean {
  return type === 'titles' || type === 'hosts' || type === 'labels' || type.endsWith('-ids');
}
