import { CONFIG_KEYS } from './schema.js';

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

/** The message for an unknown key, with the nearest known key when one is close (a likely typo). */
export function unknownKeyMessage(key: string): string {
  const normalized = key.toLowerCase().replace(/-/g, '_');
  let best: { key: string; d: number } | undefined;
  for (const spec of CONFIG_KEYS) {
    const d = distance(normalized, spec.key);
    if (!best || d < best.d) best = { key: spec.key, d };
  }
  const hint =
    best && best.d <= Math.max(2, Math.floor(key.length / 4)) ? ` (did you mean ${best.key}?)` : '';
  return `unknown setting ${key}${hint}`;
}
