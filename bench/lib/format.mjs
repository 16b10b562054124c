/** Small text-formatting helpers for the benchmark's console output. */

/** `12,345` */
export const int = (n) => (n == null ? '-' : Math.round(n).toLocaleString('en-US'));

/** `63.2 s`, `0.84 s` or `41 ms`. */
export function seconds(s) {
  if (s == null) return '-';
  if (s < 1) return `${Math.round(s * 1000)} ms`;
  return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
}

/** Rows as aligned text columns (the first column left-aligned, the others left-aligned too). */
export function formatTable(header, rows) {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '-')));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]?.length ?? 0)));
  const line = (row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)];
}

/** Counts by route as `movie 1,998 · find 61 · collection 143`. */
export function routes(byRoute) {
  return Object.entries(byRoute)
    .map(([route, n]) => `${route} ${int(n)}`)
    .join(' · ');
}
