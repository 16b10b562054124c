/**
 * DOM and HTTP helpers of the page script. Runs in the browser (serialised by `client-script.ts`), so the factory
 * uses nothing but its parameters and browser globals.
 */
import type { PageState } from './page-state.js';

/** Creates the helpers over the page state. */
export function pageDom(state: PageState) {
  /** The element with this id (the page always has it). */
  function byId<T extends HTMLElement = HTMLElement>(id: string): T {
    return document.getElementById(id) as T;
  }

  /** Adds the API key to a URL as `apikey` (EventSource and download links cannot send headers). */
  function withKey(url: string): string {
    return state.key ? `${url}${url.includes('?') ? '&' : '?'}apikey=${encodeURIComponent(state.key)}` : url;
  }

  /** Shows a status line; an error stays until the next status. */
  function setStatus(text: string, isError = false): void {
    const status = byId('status');
    status.textContent = text;
    status.classList.toggle('error', isError);
  }

  /** Calls the JSON API; rejects with the server's message (and asks for the key on a 401). */
  async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.body) headers['Content-Type'] = 'application/json';
    if (state.key) headers['X-Api-Key'] = state.key;
    const response = await fetch(path, { ...init, headers });
    const body = await response.json().catch(() => null);
    if (response.status === 401) byId('key-form').hidden = false;
    if (!response.ok) {
      const error = body?.error ?? {};
      throw new Error([error.message ?? `HTTP ${response.status}`, error.hint].filter(Boolean).join(' '));
    }
    return body as T;
  }

  return { byId, withKey, setStatus, api };
}

/** The helpers {@link pageDom} makes. */
export type PageDom = ReturnType<typeof pageDom>;
