import { SCAN_OPTIONS, type ScanOptionName } from '@complexionist/core';
import type * as v from 'valibot';

/** Which scan types take a scan option (`movies, episodes and scan`), from core's option table. */
function optionTypes(key: string): string | undefined {
  if (!Object.hasOwn(SCAN_OPTIONS, key)) return undefined;
  const scans: readonly string[] = SCAN_OPTIONS[key as ScanOptionName].scans;
  return [...scans, 'scan'].join(', ').replace(/, (?=[^,]*$)/, ' and ');
}

/** What a required field takes when its issue does not say (a missing key of a plain object). */
const REQUIRED: Record<string, string> = {
  type: 'movies, episodes or scan',
  kind: 'collections, movies, shows or episodes',
  value: 'the id to ignore',
};

/** `"a" | "b" | "c"` (valibot's `expected` of a picklist or variant) → `a, b or c`; null for anything else. */
function choices(expected: string | null): string | null {
  const names = [...(expected ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
  if (names.length < 2) return null;
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** `>=1` → `at least 1`, `<=1000` → `at most 1000`. */
function bound(expected: string | null): string | null {
  const match = /^([<>])=(.+)$/.exec(expected ?? '');
  if (!match) return null;
  return `${match[1] === '>' ? 'at least' : 'at most'} ${match[2]}`;
}

/** The scan type of the request an option issue came from (`options` is the first path item). */
function requestType(issue: v.BaseIssue<unknown>): string | undefined {
  const body = issue.path?.[0]?.input;
  return body && typeof body === 'object' && 'type' in body ? String(body.type) : undefined;
}

/**
 * Turns a valibot issue into a plain sentence naming the field: `type is required: movies, episodes or scan`,
 * `includeSpecials applies to episodes and scan, not movies`, `options.minOwned must be at least 0, not -1`.
 * Messages written in the schemas (they do not start with "Invalid") are kept, after the field.
 */
export function plainIssueMessage(issue: v.BaseIssue<unknown>, field: string): string {
  const { expected, received } = issue;
  const key = field.split('.').at(-1) ?? field;
  if (!issue.message.startsWith('Invalid ')) return `${field}: ${issue.message}`;
  if (expected === 'never') {
    const types = field.startsWith('options.') ? optionTypes(key) : undefined;
    if (types) return `${key} applies to ${types}, not ${requestType(issue) ?? 'this scan type'}.`;
    return `${field} is not a field this request takes.`;
  }
  const allowed = choices(expected);
  if (received === 'undefined') {
    const takes = allowed ?? REQUIRED[key];
    return `${field} is required${takes ? `: ${takes}` : ''}.`;
  }
  if (allowed) return `${field} must be ${allowed}, not ${received}.`;
  const limit = bound(expected);
  if (limit) return `${field} must be ${limit}, not ${received}.`;
  if (issue.type === 'integer') return `${field} must be a whole number, not ${received}.`;
  if (issue.message.startsWith('Invalid type')) return `${field} must be a ${expected}, not ${received}.`;
  return `${field}: ${issue.message}`;
}
