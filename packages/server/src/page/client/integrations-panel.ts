/** The Integrations panel: list URLs for Radarr and Sonarr with copy buttons, notification and schedule settings. */
import type { IntegrationsView } from '../../routes/integrations.js';
import type { PageDom } from './page-dom.js';
import type { PageState } from './page-state.js';

/** The URL to paste: this page's origin, the list path and, on a server with a key, `apikey=`. */
export function listUrl(origin: string, path: string, key: string | null): string {
  if (key === null) return `${origin}${path}`;
  return `${origin}${path}${path.includes('?') ? '&' : '?'}apikey=${encodeURIComponent(key)}`;
}

/** Puts text on the clipboard; over plain HTTP on another host (no Clipboard API) selects and copies the field. */
async function copy(input: HTMLInputElement, text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const shown = input.value;
  input.value = text;
  input.select();
  const ok = document.execCommand('copy');
  input.value = shown;
  if (!ok) throw new Error('The browser refused to copy: select the URL and copy it by hand.');
}

/** Wires the panel; `fill()` writes the URLs again once the visitor has given the key. */
export function integrationsPanel(state: PageState, dom: PageDom) {
  const needsKey = document.body.dataset.auth === 'key';
  const inputs = () => [...document.querySelectorAll<HTMLInputElement>('#integrations input.url')];

  /** Shows each URL (the key masked) and keeps the real one for the copy button. */
  function fill(): void {
    for (const input of inputs()) {
      const path = input.dataset.path ?? '';
      const key = needsKey ? state.key || '<server.api_key>' : null;
      const full = listUrl(location.origin, path, key);
      input.dataset.full = full;
      input.value = state.key && key !== null ? full.replace(encodeURIComponent(state.key), '••••') : full;
    }
  }

  /** Reads the notification and schedule settings into the panel. */
  async function load(): Promise<void> {
    const view = await dom.api<IntegrationsView>('/api/integrations');
    dom.byId('notify-settings').textContent =
      view.notify.length === 0
        ? 'No notifications (notify.targets in the configuration).'
        : `Notifies ${view.notify.map((t) => `${t.type}${t.onFailure ? ' (also failed scans)' : ''}`).join(', ')} when something new is missing.`;
    const s = view.schedule;
    dom.byId('schedule-settings').textContent = s
      ? `Scans on "${s.cron}"${s.timezone ? ` (${s.timezone})` : ''}; next: ${
          s.nextRun ? new Date(s.nextRun).toLocaleString() : 'none'
        }.`
      : 'No scheduled scans (server.schedule in the configuration).';
  }

  document.getElementById('integrations')?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.copy');
    const input = button && document.getElementById(button.dataset.copy ?? '');
    if (!button || !(input instanceof HTMLInputElement)) return;
    copy(input, input.dataset.full ?? input.value).then(
      () => {
        button.textContent = 'Copied';
        setTimeout(() => (button.textContent = 'Copy'), 2000);
      },
      (error: Error) => dom.setStatus(error.message, true),
    );
  });
  fill();
  return { fill, load };
}
