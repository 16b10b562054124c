/** The Watchlist section's behaviour: read `/api/watchlist` when asked, show the lists or why it failed. */
import type { WatchlistReport } from '@complexionist/core';
import type { PageDom } from './page-dom.js';
import { watchlistHtml, watchlistSummary } from './watchlist-render.js';

/** Wires the section's button; does nothing where the page has no section (the demo). */
export function watchlistPanel(dom: PageDom): void {
  const button = document.getElementById('watchlist-open') as HTMLButtonElement | null;
  if (!button) return;
  const status = dom.byId('watchlist-status');
  const body = dom.byId('watchlist-body');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.classList.remove('error');
    status.textContent = 'Reading your watchlist…';
    try {
      const report = await dom.api<WatchlistReport>('/api/watchlist');
      body.innerHTML = watchlistHtml(report);
      status.textContent = watchlistSummary(report);
    } catch (error) {
      // The API's message and hint name the cause (no plex.tv account token, plex.tv unreachable).
      body.innerHTML = '';
      status.textContent = `Could not read the watchlist: ${(error as Error).message}`;
      status.classList.add('error');
    } finally {
      button.disabled = false;
      button.textContent = 'Read again';
    }
  });
}
