import { ConfigError } from '@complexionist/core';
import { CONFIG_KEYS, isGroup } from './schema.js';

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate nearest to `word` (edit distance) when it is close enough to be a likely typo: at most 2
 * edits, or a quarter of the word for long ones. Used for setting keys and command names.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (!best || d < best.d) best = { candidate, d };
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 4)) ? best.candidate : undefined;
}

/** The known key nearest to `key` when it is close enough to be a likely typo. */
function nearestKey(key: string): string | undefined {
  return closest(
    key.toLowerCase().replace(/-/g, '_'),
    CONFIG_KEYS.map((spec) => spec.key),
  );
}

/** The message for an unknown key, with the nearest known key when one is close (a likely typo). */
export function unknownKeyMessage(key: string): string {
  const nearest = nearestKey(key);
  return `unknown setting ${key}${nearest === undefined ? '' : ` (did you mean ${nearest}?)`}`;
}

/**
 * The settings `key` could have meant: those of its section, else the sections. Listed here because
 * `config --show` cannot run until the unknown key is gone.
 */
function knownNearby(key: string): string {
  const section = key.slice(0, Math.max(0, key.lastIndexOf('.')));
  if (section !== '' && isGroup(section)) {
    const names = CONFIG_KEYS.filter((s) => s.key.startsWith(`${section}.`)).map((s) =>
      s.key.slice(section.length + 1),
    );
    return `Settings under ${section}: ${names.join(', ')}.`;
  }
  const sections = [...new Set(CONFIG_KEYS.map((s) => s.key.split('.')[0]))];
  return `Settings are grouped under ${sections.join(', ')}; \`complexionist config --show\` lists them all.`;
}

/**
 * An unknown key met while loading (`where` is `FILE:LINE`, `command line`…): names the likely key when
 * it looks like a typo, else adds a hint listing the settings it could have meant.
 */
export function unknownKeyError(key: string, where: string): ConfigError {
  const message = `${where}: ${unknownKeyMessage(key)}.`;
  return nearestKey(key) === undefined
    ? new ConfigError(message, { hint: knownNearby(key) })
    : new ConfigError(message);
}
