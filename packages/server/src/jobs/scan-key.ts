import type { ScanRequest } from '../validation.js';

/** Sorts object keys recursively so two equal requests serialise the same way. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * Identity of a scan request: the same type, libraries and servers (in any order or case) and options give the same key, so
 * a second equal request joins the running scan instead of starting another.
 */
export function scanKey(request: ScanRequest): string {
  const libraries = [...new Set((request.libraries ?? []).map((name) => name.toLowerCase()))].sort();
  const servers = [...new Set((request.servers ?? []).map((name) => name.toLowerCase()))].sort();
  return JSON.stringify(
    canonical({ type: request.type, libraries, servers, options: request.options ?? {} }),
  );
}
