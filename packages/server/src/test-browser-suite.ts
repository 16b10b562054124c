/* One Chromium per browser test file (vitest hooks; the screenshot script uses test-browser.ts alone). */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './test-browser.js';

/** What {@link browserSuite} gives a test file. */
export interface BrowserSuite {
  /** The browser context; throws why Chromium could not start (e.g. not installed) in the test that needs it. */
  context(): BrowserContext;
  /** Closes `closable` (a server, a fake) after the file's tests, with the browser; returns it. */
  keep<T extends { close(): unknown }>(closable: T): T;
}

/**
 * One headless Chromium for a test file: launched before its tests, closed after them together with
 * everything handed to `keep`. The one way the browser tests start it (docs/testing.md).
 */
export function browserSuite(): BrowserSuite {
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let launchError: unknown;
  const kept: Array<{ close(): unknown }> = [];
  beforeAll(async () => {
    browser = await launchChromium().catch((error: unknown) => {
      launchError = error;
      return undefined;
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    for (const closable of kept) await closable.close();
  });
  return {
    context() {
      if (!browser) throw launchError;
      return browser.context;
    },
    keep(closable) {
      kept.push(closable);
      return closable;
    },
  };
}
