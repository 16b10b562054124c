import { expect } from 'vitest';

/** Makes a port (fresh for each test) and the fixtures describing its data. */
export type MakeSource<P, F> = () => Promise<{ source: P; fixtures: F }>;

/** Asserts that a call made with an already aborted signal rejects with that signal's reason. */
export async function expectAbortRejects(call: (signal: AbortSignal) => Promise<unknown>): Promise<void> {
  const controller = new AbortController();
  const reason = new DOMException('The scan was stopped.', 'AbortError');
  controller.abort(reason);
  await expect(call(controller.signal)).rejects.toBe(reason);
}

/** Asserts a `YYYY-MM-DD` date or null. */
export function expectDateOrNull(value: unknown): void {
  if (value !== null) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

/** Asserts a non-empty cache scope string. */
export function expectCacheScope(scope: unknown): void {
  expect(typeof scope).toBe('string');
  expect((scope as string).length).toBeGreaterThan(0);
}

/** Asserts that a source created with `language` scopes its cache by it (so no cached title of another language is served). */
export function expectLanguageScope(scope: string, language: string | undefined): void {
  expect(language, 'the fixtures must name the language the source was created with').toBeTruthy();
  expect(scope).toContain(`:${language}`);
}
