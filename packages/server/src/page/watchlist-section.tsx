import type { FC } from 'hono/jsx';

/**
 * The Watchlist section (live mode only: the demo has no watchlist). Its button reads `/api/watchlist` on
 * demand (a read of plex.tv and every server); the page script fills the lists.
 */
export const WatchlistSection: FC = () => (
  <section class="panel report" id="watchlist-section" aria-labelledby="watchlist-title">
    <header>
      <h2 id="watchlist-title">Watchlist</h2>
      <button type="button" id="watchlist-open" aria-controls="watchlist-body">
        Read my watchlist
      </button>
      <nav class="exports" aria-label="Export watchlist">
        <a
          class="button"
          id="watchlist-csv"
          href="/api/watchlist?format=csv"
          download="complexionist-watchlist.csv"
        >
          Export CSV
        </a>
      </nav>
    </header>
    <p class="note" id="watchlist-status" role="status" aria-live="polite" />
    <div id="watchlist-body" />
  </section>
);
