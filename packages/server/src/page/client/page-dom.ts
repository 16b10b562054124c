/** DOM and HTTP helpers of the page script. */
import type { PageState } from './page-state.js';

/** Creates the helpers over the page state. */
export function pageDom(state: PageState) {
  /** The element with this id (the page always has it). */
  function byId<T extends HTMLElement = HTMLElement>(id: string): T {
    return document.getElementById(id) as T;
  }

  /** The key goes in a header, never in a URL (URLs end up in logs, history and Referer headers). */
  function keyHeaders(): Record<string, string> {
    return state.key ? { 'X-Api-Key': state.key } : {};
  }

  /**
   * Reads a server-sent event stream with fetch (an event source cannot send the key header), calling `onEvent` for
   * each event; resolves when the server ends the stream.
   */
  async function events(path: string, onEvent: (name: string, data: string) => void): Promise<void> {
    const response = await fetch(path, { headers: { Accept: 'text/event-stream', ...keyHeaders() } });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, '\n');
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const lines = buffer.slice(0, end).split('\n');
        buffer = buffer.slice(end + 2);
        const name =
          lines
            .find((line) => line.startsWith('event:'))
            ?.slice(6)
            .trim() ?? 'message';
        const data = lines
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart());
        if (data.length > 0) onEvent(name, data.join('\n'));
      }
    }
  }

  /** Downloads an export with the key in a header, then saves it under the link's file name. */
  async function download(link: HTMLAnchorElement): Promise<void> {
    const response = await fetch(link.href, { headers: keyHeaders() });
    if (!response.ok) throw new Error(`The export failed (HTTP ${response.status}).`);
    const disposition = response.headers.get('content-disposition') ?? '';
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? link.getAttribute('download') ?? 'export';
    const url = URL.createObjectURL(await response.blob());
    const save = document.createElement('a');
    save.href = url;
    save.download = name;
    save.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
    const response = await fetch(path, { ...init, headers: { ...headers, ...keyHeaders() } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const error = body?.error ?? {};
      const message = [error.message ?? `HTTP ${response.status}`, error.hint].filter(Boolean).join(' ');
      // A refused key is said next to the key field, where the next try clears it.
      if (response.status === 401) {
        byId('key-form').hidden = false;
        byId('key-error').textContent = message;
      }
      throw new Error(message);
    }
    return body as T;
  }

  return { byId, events, download, setStatus, api };
}

/** The helpers {@link pageDom} makes. */
export type PageDom = ReturnType<typeof pageDom>;
